package pymem.sizeof;

import pymem.model.PyStr;

/** {@code sys.getsizeof} of a str: PEP 393's compact representations. */
public final class StrSizes {
    private StrSizes() {
    }

    /** True when every code point is below 128 (CPython's compact ASCII form; the empty string is ASCII). */
    public static boolean isAscii(PyStr s) {
        throw new UnsupportedOperationException("TODO task 2: StrSizes.isAscii");
    }

    /** Bytes per code point CPython stores: 1 up to U+00FF, 2 up to U+FFFF, 4 beyond. */
    public static int kind(PyStr s) {
        throw new UnsupportedOperationException("TODO task 2: StrSizes.kind");
    }

    /**
     * {@code sys.getsizeof(s)}: an ASCII string is 48 bytes plus one per character plus the NUL; any other
     * string is 72 bytes plus {@link #kind} bytes per character, NUL included.
     */
    public static long sizeOf(PyStr s) {
        throw new UnsupportedOperationException("TODO task 2: StrSizes.sizeOf");
    }
}
