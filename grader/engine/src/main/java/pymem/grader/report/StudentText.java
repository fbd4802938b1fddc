package pymem.grader.report;

/**
 * Text that student code could have influenced (exception messages, compiler output, file names), made safe
 * for a terminal, XML, HTML and JSON: control characters that move a cursor, clear a screen, overwrite a line
 * or reorder text are removed, and the length is bounded keeping both ends (a value the student needs to see
 * is often at the end of a long message). Linear in the input; no regular expressions.
 */
public final class StudentText {
    /** The longest text one feedback item keeps. */
    public static final int MAX_LENGTH = 4_000;

    private StudentText() {
    }

    /** {@link #clean(String, int)} with the default bound. */
    public static String clean(String text) {
        return clean(text, MAX_LENGTH);
    }

    /** Without control characters, at most {@code max} characters, head and tail kept. */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        return bound(stripControls(text), max);
    }

    /** Runs of white space (line ends included) as one space: a linear scan, no backtracking. */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Lines as written, without trailing white space, blank lines at either end or runs of blank lines: a
     * multi-line message stays multi-line, but compact. A linear scan.
     */
    public static String tidyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankPending = false;
        for (String line : text.split("\n", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            blankPending = false;
            out.append(kept);
        }
        return out.toString();
    }

    static String stripControls(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\r') {
                // a lone CR would overwrite the line on a terminal; CRLF is just a line end
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append('\uFFFD'); // a lone surrogate is not valid UTF-8 or XML
                }
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, bidirectional overrides and isolates, and the non-characters XML refuses. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\ufffe' || c == '\uffff';
    }

    /** At most {@code max} characters: the start and the end, with how much was cut said in the middle. */
    public static String bound(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int tail = max / 3;
        int head = max - tail;
        String cut = " [... " + (text.length() - head - tail) + " characters cut ...] ";
        int h = Math.max(0, head - cut.length());
        if (h > 0 && Character.isHighSurrogate(text.charAt(h - 1))) {
            h--;
        }
        int t = text.length() - tail;
        if (t < text.length() && Character.isLowSurrogate(text.charAt(t))) {
            t++;
        }
        return text.substring(0, h) + cut + text.substring(t);
    }
}
