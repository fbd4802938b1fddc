package pymem.sizeof;

import pymem.model.PyAtom;

/** {@code sys.getsizeof} of the objects that hold no references: numbers, None, bytes, bytearray. */
public final class AtomSizes {
    private AtomSizes() {
    }

    /**
     * {@code sys.getsizeof(x)} on 64-bit CPython 3.11: int and bool (24 bytes plus 4 per 30-bit digit of
     * the magnitude, at least one digit), float, complex, None, bytes (one byte per item plus the trailing
     * NUL) and bytearray (as made by {@code bytearray(b'...')}). A str is sized as {@link StrSizes#sizeOf}.
     */
    public static long sizeOf(PyAtom x) {
        throw new UnsupportedOperationException("TODO task 1: AtomSizes.sizeOf");
    }
}
