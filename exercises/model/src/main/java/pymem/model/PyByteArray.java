package pymem.model;

import java.util.Arrays;

/** A mutable {@code bytearray}. */
public final class PyByteArray extends PyAtom {
    private byte[] data;
    private int length;

    public PyByteArray(byte[] initial) {
        super(Kind.BYTEARRAY);
        this.data = initial.clone();
        this.length = initial.length;
    }

    /** A copy of the current contents. */
    public byte[] value() {
        return Arrays.copyOf(data, length);
    }

    public int length() {
        return length;
    }

    public int get(int index) {
        return data[checked(index)] & 0xff;
    }

    public void set(int index, int value) {
        data[checked(index)] = (byte) value;
    }

    /** Appends bytes at the end (the same object grows: bytearray is mutable). */
    public void extend(byte[] more) {
        if (length + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(length + more.length, data.length * 2));
        }
        System.arraycopy(more, 0, data, length, more.length);
        length += more.length;
    }

    public void delete(int index) {
        checked(index);
        System.arraycopy(data, index + 1, data, index, length - index - 1);
        length--;
    }

    private int checked(int index) {
        if (index < 0 || index >= length) {
            throw new PyException("IndexError", "bytearray index out of range");
        }
        return index;
    }

    @Override
    public String repr() {
        return "bytearray(b" + Bytes.quoted(data, length, true) + ")";
    }
}
