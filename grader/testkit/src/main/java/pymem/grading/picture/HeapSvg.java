package pymem.grading.picture;

import java.util.Locale;

/**
 * Draws a {@link HeapLayout.Layout} as a self-contained inline SVG. Every text is escaped (a repr such as
 * {@code </text><script>} is shown, never run); the picture is bounded by the snapshot's bounds (at most
 * {@link HeapSnapshot#MAX_OBJECTS} objects, then "and N more"). Classes on the elements ({@code pm-scope},
 * {@code pm-object}, {@code pm-arrow}, {@code pm-weak}...) let a report style them and a test find them.
 */
public final class HeapSvg {
    private static final String FONT = "font-family=\"ui-monospace,Menlo,Consolas,monospace\" font-size=\"12\"";
    private static final String WRONG = "#c62828";
    private static final String FINE = "#2e7d32";

    private HeapSvg() {
    }

    public static String of(HeapSnapshot snapshot) {
        return of(HeapLayout.of(snapshot));
    }

    public static String of(HeapLayout.Layout layout) {
        HeapSnapshot s = layout.snapshot();
        boolean footer = s.omitted() > 0 || s.boxes().isEmpty();
        double width = Math.max(layout.width(), Math.max(240, legendChars(s) * HeapLayout.CHAR_WIDTH + 2 * HeapLayout.MARGIN));
        double legend = s.compares() ? 2 * HeapLayout.ROW + 4 : 0;
        double height = layout.height() + legend + (footer ? HeapLayout.ROW + 4 : 0);
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pm-heap\" role=\"img\" aria-label=\"the heap when the test failed\"")
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" ").append(FONT).append(">\n");
        out.append("<defs><marker id=\"pm-head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#455a64\"/></marker>")
                .append("<marker id=\"pm-head-weak\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8e24aa\"/></marker></defs>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>\n");
        for (HeapLayout.Placed p : layout.boxes()) {
            box(out, p, s);
        }
        for (HeapLayout.Route r : layout.routes()) {
            arrow(out, r);
        }
        if (s.compares()) {
            double y = layout.height() + HeapLayout.ROW - 4;
            text(out, "pm-expected", HeapLayout.MARGIN, y, "#2e7d32", "expected: " + badges(s, s.expected()));
            text(out, "pm-actual", HeapLayout.MARGIN, y + HeapLayout.ROW, "#c62828", "actual:   " + badges(s, s.actual()));
        }
        if (s.boxes().isEmpty()) {
            text(out, "pm-more", HeapLayout.MARGIN, height - 8, "#555", "the test made no heap or namespace to draw");
        } else if (s.omitted() > 0) {
            text(out, "pm-more", HeapLayout.MARGIN, height - 8, "#555", "\u2026 and " + s.omitted() + " more objects");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    /** The boxes an assertion's value names, by their badges: {@code [#1, #2, #3]}. */
    private static String badges(HeapSnapshot s, java.util.List<String> ids) {
        StringBuilder out = new StringBuilder("[");
        for (String id : ids) {
            out.append(out.length() > 1 ? ", " : "").append(s.badge(id));
        }
        return out.append(']').toString();
    }

    private static int legendChars(HeapSnapshot s) {
        return s.compares() ? 12 + 5 * Math.max(s.expected().size(), s.actual().size()) : 0;
    }

    private static void box(StringBuilder out, HeapLayout.Placed p, HeapSnapshot s) {
        boolean refcounts = s.refcounts();
        HeapSnapshot.Box b = p.box();
        String kind = b.kind() == BoxKind.SCOPE ? "pm-scope" : b.kind() == BoxKind.WEAKREFS ? "pm-weakrefs" : "pm-object";
        Mark mark = b.mark();
        String stroke = mark.wrong() ? WRONG : mark == Mark.FREED ? "#90a4ae" : mark == Mark.NONE ? (b.kind() == BoxKind.SCOPE ? "#1565c0" : "#455a64") : FINE;
        String fill = b.kind() == BoxKind.SCOPE ? "#e3f2fd" : b.kind() == BoxKind.WEAKREFS ? "#f3e5f5" : "#ffffff";
        boolean faded = mark == Mark.DEAD_AS_EXPECTED || mark == Mark.FREED || mark == Mark.FREED_YET_REFERENCED || mark == Mark.EXPECTED_ALIVE_BUT_FREED;
        out.append("<g class=\"").append(kind).append(mark == Mark.NONE ? "" : " pm-mark-" + mark.name().toLowerCase(Locale.ROOT))
                .append("\" data-title=\"").append(escape(b.title())).append("\" transform=\"translate(").append(n(p.x())).append(',')
                .append(n(p.y())).append(")\">");
        out.append("<rect width=\"").append(n(p.width())).append("\" height=\"").append(n(p.height())).append("\" rx=\"4\" fill=\"")
                .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(mark.wrong() ? "2.5" : "1.2").append('"')
                .append(faded ? " stroke-dasharray=\"5 3\" opacity=\"0.8\"" : "").append("/>");
        out.append("<rect width=\"").append(n(p.width())).append("\" height=\"").append(n(HeapLayout.HEADER))
                .append("\" rx=\"4\" fill=\"").append(b.kind() == BoxKind.SCOPE ? "#bbdefb" : "#eceff1").append("\"/>");
        text(out, "pm-title", HeapLayout.PAD, 15, "#102027", b.title());
        String badge = s.badge(b.id());
        if (!badge.isEmpty()) {
            // named by the failed assertion: the legend below lists expected and actual by these badges
            double x = HeapLayout.PAD + (b.title().length() + 1) * HeapLayout.CHAR_WIDTH;
            out.append("<rect x=\"").append(n(x - 3)).append("\" y=\"3\" width=\"").append(n(badge.length() * HeapLayout.CHAR_WIDTH + 6))
                    .append("\" height=\"16\" rx=\"8\" fill=\"#fff3e0\" stroke=\"#ef6c00\"/>");
            text(out, "pm-badge", x, 15, "#e65100", badge);
        }
        if (refcounts && b.refcount() >= 0) {
            out.append("<text class=\"pm-refcount\" x=\"").append(n(p.width() - HeapLayout.PAD)).append("\" y=\"15\" text-anchor=\"end\" fill=\"#6a1b9a\">")
                    .append(escape("rc " + b.refcount())).append("</text>");
        }
        double y = HeapLayout.HEADER;
        if (!b.detail().isEmpty()) {
            text(out, "pm-value", HeapLayout.PAD, y + 13, "#37474f", b.detail());
            y += HeapLayout.ROW;
        }
        for (String slot : b.slots()) {
            out.append("<line x1=\"0\" x2=\"").append(n(p.width())).append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
                    .append("\" stroke=\"#cfd8dc\"/>");
            text(out, b.kind() == BoxKind.SCOPE ? "pm-name" : "pm-slot", HeapLayout.PAD, y + 13, b.kind() == BoxKind.SCOPE ? "#0d47a1" : "#455a64", slot);
            y += HeapLayout.ROW;
        }
        if (mark != Mark.NONE) {
            text(out, "pm-caption", HeapLayout.PAD, y + 13, mark.wrong() ? WRONG : mark == Mark.FREED ? "#607d8b" : FINE, mark.caption());
        }
        out.append("</g>\n");
    }

    private static void arrow(StringBuilder out, HeapLayout.Route r) {
        if (r.points().size() < 2) {
            return;
        }
        ArrowKind kind = r.arrow().kind();
        StringBuilder d = new StringBuilder();
        for (double[] pt : r.points()) {
            d.append(d.length() == 0 ? "M" : " L").append(n(pt[0])).append(',').append(n(pt[1]));
        }
        String colour = kind == ArrowKind.WEAK ? "#8e24aa" : kind == ArrowKind.NAME ? "#1565c0" : "#455a64";
        out.append("<path class=\"pm-arrow pm-").append(kind.name().toLowerCase(Locale.ROOT)).append("\" d=\"").append(d)
                .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.4\"")
                .append(kind.dashed() ? " stroke-dasharray=\"6 4\"" : "")
                .append(" marker-end=\"url(#").append(kind == ArrowKind.WEAK ? "pm-head-weak" : "pm-head").append(")\"/>\n");
    }

    private static void text(StringBuilder out, String cls, double x, double y, String fill, String text) {
        out.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" fill=\"")
                .append(fill).append("\" xml:space=\"preserve\">").append(escape(text)).append("</text>");
    }

    /** XML-escapes a text for an element's content or an attribute's value. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
