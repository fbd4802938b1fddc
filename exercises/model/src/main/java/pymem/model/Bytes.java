package pymem.model;

import java.util.Locale;

/** Shared rendering of byte strings the way Python's repr shows them. */
final class Bytes {
    private Bytes() {
    }

    /**
     * The quoted part of Python's {@code repr(b)}: single quotes, or double quotes when the bytes hold a single
     * quote and no double quote; {@code \\t}, {@code \\n}, {@code \\r}, an escaped backslash and quote, and
     * {@code \\xNN} for every byte outside printable ASCII. A bytearray's repr escapes a single quote even
     * inside double quotes ({@code bytearray(b"\\'")}), a bytes' does not ({@code b"'"}).
     */
    static String quoted(byte[] data, int length, boolean escapeEverySingleQuote) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < length; i++) {
            single |= data[i] == '\'';
            dbl |= data[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xff;
            if (b == '\\' || b == quote || b == '\'' && escapeEverySingleQuote) {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b >= 32 && b < 127) {
                sb.append((char) b);
            } else {
                sb.append(String.format(Locale.ROOT, "\\x%02x", b));
            }
        }
        return sb.append(quote).toString();
    }
}
