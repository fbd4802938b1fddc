package pymem.model;

/** Shared rendering of byte strings the way Python's repr shows them. */
final class Bytes {
    private Bytes() {
    }

    static String escape(byte[] data, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xff;
            if (b == '\\' || b == '\'') {
                sb.append('\\').append((char) b);
            } else if (b >= 32 && b < 127) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02x", b));
            }
        }
        return sb.toString();
    }
}
