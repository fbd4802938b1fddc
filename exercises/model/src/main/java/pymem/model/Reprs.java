package pymem.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders objects for messages: Python-looking, bounded in length, safe on cycles and on any depth (a
 * container nested deeper than {@link #MAX_DEPTH} prints as {@code [...]}, so printing a 100,000-deep
 * structure in a failure message takes a few frames, not one per level).
 */
final class Reprs {
    private static final int LIMIT = 120;
    /** How many containers deep a repr goes before it prints the rest as an ellipsis. */
    static final int MAX_DEPTH = 12;
    /** Objects being rendered on this thread, so that a cycle prints {@code [...]} as Python does. */
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Reprs() {
    }

    static String shorten(String s) {
        return s.length() <= LIMIT ? s : s.substring(0, LIMIT - 3) + "...";
    }

    /** Renders a container's items between brackets; a container already being rendered prints as {@code ellipsis}. */
    static String join(PyObject owner, String open, Iterable<? extends PyObject> items, String close, String ellipsis) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(owner) || active.size() >= MAX_DEPTH) {
            return ellipsis;
        }
        active.put(owner, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            int n = 0;
            for (PyObject item : items) {
                if (n++ > 0) {
                    sb.append(", ");
                }
                if (sb.length() > LIMIT) {
                    sb.append("...");
                    break;
                }
                sb.append(item.repr());
            }
            return sb.append(close).toString();
        } finally {
            active.remove(owner);
        }
    }

    /** False when {@code owner} is already being rendered (a cycle) or the repr is {@link #MAX_DEPTH} deep. */
    static boolean enter(PyObject owner) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.size() >= MAX_DEPTH) {
            return false;
        }
        return active.put(owner, Boolean.TRUE) == null;
    }

    static void exit(PyObject owner) {
        ACTIVE.get().remove(owner);
    }

    /**
     * Python's {@code repr(x)} of a float: the shortest decimal that reads back as the same double, in fixed
     * notation when its decimal point falls between 10**-4 and 10**16 ({@code 0.0001}, {@code 1000000000000000.0}),
     * otherwise in scientific notation with a signed, two-digit-at-least exponent ({@code 1e-05}, {@code 1e+16}).
     *
     * @param addDotZero whether an integral value in fixed notation ends in {@code .0} (float's repr does, a
     *     complex's parts do not)
     */
    static String pyFloat(double v, boolean addDotZero) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == Math.abs(v)) {
                shortest = rounded;
                break;
            }
        }
        String digits = shortest.unscaledValue().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        // value = 0.d1d2d3... * 10**decpt
        int decpt = shortest.precision() - shortest.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length())).append(addDotZero ? ".0" : "");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits.substring(decpt));
            }
            return out.toString();
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits.substring(1));
        }
        int exponent = decpt - 1;
        return out.append('e').append(exponent < 0 ? '-' : '+').append(String.format(Locale.ROOT, "%02d", Math.abs(exponent))).toString();
    }

    /**
     * Python's {@code repr(s)} of a str: single quotes, or double quotes when the text has a single quote and no
     * double quote; backslash escapes for the backslash, the quote, tab, newline, carriage return, and
     * backslash-x, backslash-u or backslash-U escapes (as short as the code point allows) for every character Python does not print (control
     * and format characters, separators other than the space, surrogates, unassigned code points).
     */
    static String pyStr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's str.isprintable for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, nor Zs other than the space. */
    private static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }
}
