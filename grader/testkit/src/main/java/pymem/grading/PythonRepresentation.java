package pymem.grading;

import java.lang.reflect.Method;
import java.util.Locale;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * How failure messages print values: in Python's notation, so that a student reads the values as the lesson
 * writes them. {@code None}, {@code True}/{@code False}, strings as Python's {@code repr} ({@code 'abc'}), an
 * object without a {@code toString} of its own as Python's default repr ({@code <Ref object at 0x3bb4258c>}
 * rather than {@code pymem.weakref.Ref@3bb4258c}), and, with {@link HexAddresses}, {@code long} addresses in hex.
 * The model's objects print through their own {@code toString}, which is bounded in length and depth.
 */
public final class PythonRepresentation extends StandardRepresentation {
    /** Decimal longs: counts, sizes, hashes. */
    public static final PythonRepresentation PLAIN = new PythonRepresentation(false);
    /** Hex longs: addresses. */
    public static final PythonRepresentation ADDRESSES = new PythonRepresentation(true);
    /** A string longer than this prints its start and end with how much was left out between them. */
    static final int MAX_STRING = 600;

    private final boolean hexLongs;

    private PythonRepresentation(boolean hexLongs) {
        this.hexLongs = hexLongs;
    }

    @Override
    public String toStringOf(Object object) {
        if (object == null) {
            return "None";
        }
        if (object instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (object instanceof CharSequence s) {
            String text = s.toString();
            return text.indexOf('\n') >= 0 && text.indexOf('\n') < text.length() - 1 ? block(text) : repr(text);
        }
        if (object instanceof Character c) {
            return repr(String.valueOf(c));
        }
        if (object instanceof Long l) {
            return hexLongs ? "0x" + Long.toHexString(l) : Long.toString(l); // Python has no 5L
        }
        if (object instanceof Float f) {
            return Float.toString(f);
        }
        if (hasDefaultToString(object)) {
            return "<" + object.getClass().getSimpleName() + " object at 0x"
                    + Integer.toHexString(System.identityHashCode(object)) + ">";
        }
        return super.toStringOf(object);
    }

    private static boolean hasDefaultToString(Object object) {
        if (object.getClass().isArray() || object instanceof Iterable<?> || object instanceof java.util.Map<?, ?>) {
            return false;
        }
        try {
            Method m = object.getClass().getMethod("toString");
            return m.getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * A multi-line text (a report) kept multi-line, between triple quotes as Python source would hold it, its
     * middle left out when it is long.
     */
    static String block(String s) {
        String body = s.length() <= 4 * MAX_STRING ? s
                : s.substring(0, 3 * MAX_STRING) + "\n... [" + (s.length() - 4 * MAX_STRING) + " characters] ...\n"
                        + s.substring(s.length() - MAX_STRING);
        return "\"\"\"\n" + body + (body.endsWith("\n") ? "" : "\n") + "\"\"\"";
    }

    /** Python's {@code repr} of a str: single quotes unless the text has one and no double quote; escapes. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_STRING) + 16).append(quote);
        int n = s.length();
        int head = n > MAX_STRING ? MAX_STRING * 2 / 3 : n;
        for (int i = 0; i < n; i++) {
            if (i == head) {
                int tail = n - (MAX_STRING - head);
                out.append("... [").append(tail - head).append(" characters] ...");
                i = tail;
            }
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
