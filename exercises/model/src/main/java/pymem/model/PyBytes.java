package pymem.model;

import java.nio.charset.StandardCharsets;

/** An immutable {@code bytes} value. */
public final class PyBytes extends PyAtom {
    private final byte[] value;

    public PyBytes(byte[] value) {
        super(Kind.BYTES);
        this.value = value.clone();
    }

    /** {@code b'...'} from ASCII text, for tests: {@code PyBytes.of("abc")}. */
    public static PyBytes of(String ascii) {
        return new PyBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A copy of the bytes. */
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    @Override
    public String repr() {
        return "b" + Bytes.quoted(value, value.length, false);
    }
}
