package pymem.grading.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text form of a {@link HeapSnapshot}, in which a test JVM sends it to its grader. The grader treats it as
 * hostile input: {@link #decode} accepts only a well-formed, bounded snapshot and says in one line what is
 * wrong with any other.
 *
 * <pre>
 *   pymem-heap 1
 *   refcounts true
 *   omitted 3
 *   expected o0 o1                           (the boxes the failed assertion expected, in order)
 *   actual o0                                (and those it got)
 *   box o0 OBJECT 2 NONE list len 1          (tab-separated: id kind refcount mark title detail)
 *   slot [0]                                 (the slots of the box above, in order)
 *   arrow o0 0 o1 SLOT                       (from slot to kind)
 * </pre>
 * Texts escape backslash, tab and line breaks, so no text can break a line or a field.
 */
public final class SnapshotText {
    /** The most a snapshot's text may weigh, in characters. */
    public static final int MAX_CHARS = 64 * 1024;
    private static final String HEADER = "pymem-heap 1";
    private static final int MAX_BOXES = 2 * HeapSnapshot.MAX_OBJECTS + 2 * HeapRecorder.MAX_NAMESPACES;
    private static final int MAX_ARROWS = MAX_BOXES * (HeapSnapshot.MAX_SLOTS + 1);
    private static final Pattern ID = Pattern.compile("[nwo][0-9]{1,4}");

    private SnapshotText() {
    }

    public static String encode(HeapSnapshot s) {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append("refcounts ").append(s.refcounts()).append('\n');
        out.append("omitted ").append(s.omitted()).append('\n');
        out.append("expected").append(ids(s.expected())).append('\n');
        out.append("actual").append(ids(s.actual())).append('\n');
        for (HeapSnapshot.Box b : s.boxes()) {
            out.append("box\t").append(b.id()).append('\t').append(b.kind()).append('\t').append(b.refcount()).append('\t')
                    .append(b.mark()).append('\t').append(escape(b.title())).append('\t').append(escape(b.detail())).append('\n');
            for (String slot : b.slots()) {
                out.append("slot\t").append(escape(slot)).append('\n');
            }
        }
        for (HeapSnapshot.Arrow a : s.arrows()) {
            out.append("arrow\t").append(a.from()).append('\t').append(a.slot()).append('\t').append(a.to()).append('\t')
                    .append(a.kind()).append('\n');
        }
        return out.toString();
    }

    private static String ids(List<String> ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            out.append(' ').append(id);
        }
        return out.toString();
    }

    private static List<String> parseIds(String line, String key, Set<String> boxes) throws MalformedSnapshot {
        if (!line.equals(key) && !line.startsWith(key + " ")) {
            throw new MalformedSnapshot("a line '" + key + " ids...' is missing");
        }
        List<String> out = new ArrayList<>();
        for (String id : line.substring(key.length()).trim().split(" ")) {
            if (id.isEmpty()) {
                continue;
            }
            if (!boxes.contains(id) || out.size() == HeapSnapshot.MAX_COMPARED) {
                throw new MalformedSnapshot("'" + key + "' names a box that is not there, or too many");
            }
            out.add(id);
        }
        return out;
    }

    /** Thrown for a text that is not a well-formed, bounded snapshot; the message is one line. */
    public static final class MalformedSnapshot extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedSnapshot(String why) {
            super("not a heap snapshot: " + why);
        }
    }

    public static HeapSnapshot decode(String text) throws MalformedSnapshot {
        if (text == null || text.length() > MAX_CHARS) {
            throw new MalformedSnapshot(text == null ? "no text" : "longer than " + MAX_CHARS + " characters");
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 5 || !lines[0].equals(HEADER)) {
            throw new MalformedSnapshot("the first line is not '" + HEADER + "'");
        }
        boolean refcounts = parseFlag(lines[1]);
        int omitted = parseOmitted(lines[2]);
        List<HeapSnapshot.Box> boxes = new ArrayList<>();
        List<HeapSnapshot.Arrow> arrows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] box = null;
        List<String> slots = new ArrayList<>();
        for (int i = 5; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("box") && f.length == 7) {
                if (box != null) {
                    boxes.add(box(box, slots, i));
                }
                if (!ID.matcher(f[1]).matches() || !ids.add(f[1])) {
                    throw new MalformedSnapshot("line " + (i + 1) + ": a bad or repeated box id");
                }
                if (ids.size() > MAX_BOXES) {
                    throw new MalformedSnapshot("more than " + MAX_BOXES + " boxes");
                }
                box = f;
                slots = new ArrayList<>();
            } else if (f[0].equals("slot") && f.length == 2 && box != null && arrows.isEmpty()) {
                if (slots.size() > HeapSnapshot.MAX_SLOTS) {
                    throw new MalformedSnapshot("line " + (i + 1) + ": more than " + (HeapSnapshot.MAX_SLOTS + 1) + " slots in a box");
                }
                slots.add(HeapSnapshot.bounded(unescape(f[1], i)));
            } else if (f[0].equals("arrow") && f.length == 5) {
                if (box != null) {
                    boxes.add(box(box, slots, i));
                    box = null;
                }
                arrows.add(arrow(f, i));
                if (arrows.size() > MAX_ARROWS) {
                    throw new MalformedSnapshot("more than " + MAX_ARROWS + " arrows");
                }
            } else {
                throw new MalformedSnapshot("line " + (i + 1) + " is not a box, slot or arrow in its place");
            }
        }
        if (box != null) {
            boxes.add(box(box, slots, lines.length));
        }
        HeapSnapshot s = new HeapSnapshot(boxes, arrows, omitted, refcounts, parseIds(lines[3], "expected", ids),
                parseIds(lines[4], "actual", ids));
        for (HeapSnapshot.Arrow a : arrows) {
            HeapSnapshot.Box from = s.box(a.from());
            if (from == null || s.box(a.to()) == null) {
                throw new MalformedSnapshot("an arrow between boxes that are not there");
            }
            if (a.slot() < -1 || a.slot() >= from.slots().size()) {
                throw new MalformedSnapshot("an arrow from a slot its box does not have");
            }
        }
        return s;
    }

    private static boolean parseFlag(String line) throws MalformedSnapshot {
        if (line.equals("refcounts true") || line.equals("refcounts false")) {
            return line.endsWith("true");
        }
        throw new MalformedSnapshot("line 2 is not 'refcounts true|false'");
    }

    private static int parseOmitted(String line) throws MalformedSnapshot {
        if (line.matches("omitted [0-9]{1,9}")) {
            return Integer.parseInt(line.substring("omitted ".length()));
        }
        throw new MalformedSnapshot("line 3 is not 'omitted N'");
    }

    private static HeapSnapshot.Box box(String[] f, List<String> slots, int line) throws MalformedSnapshot {
        try {
            long refcount = Long.parseLong(f[3]);
            return new HeapSnapshot.Box(f[1], BoxKind.valueOf(f[2]), HeapSnapshot.bounded(unescape(f[5], line)),
                    HeapSnapshot.bounded(unescape(f[6], line)), Math.max(-1, refcount), slots, Mark.valueOf(f[4]));
        } catch (IllegalArgumentException e) {
            throw new MalformedSnapshot("line " + line + ": a box with a bad kind, refcount or mark");
        }
    }

    private static HeapSnapshot.Arrow arrow(String[] f, int line) throws MalformedSnapshot {
        try {
            if (!f[2].matches("-?[0-9]{1,3}")) {
                throw new IllegalArgumentException();
            }
            return new HeapSnapshot.Arrow(f[1], Integer.parseInt(f[2]), f[3], ArrowKind.valueOf(f[4]));
        } catch (IllegalArgumentException e) {
            throw new MalformedSnapshot("line " + (line + 1) + ": an arrow with a bad slot or kind");
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s, int line) throws MalformedSnapshot {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = ++i < s.length() ? s.charAt(i) : '?';
            switch (next) {
                case '\\':
                    out.append('\\');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                default:
                    throw new MalformedSnapshot("line " + (line + 1) + ": a bad escape");
            }
        }
        return out.toString();
    }
}
