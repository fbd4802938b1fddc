package pymem.sizeof;

import pymem.model.PyStr;

/** {@code sys.getsizeof} of a str: PEP 393's compact representations. */
public final class StrSizes {
    /** PyASCIIObject: header, length, hash, state, wstr. */
    private static final int ASCII_HEADER = 48;
    /** PyCompactUnicodeObject: the ASCII header plus utf8_length, utf8 and wstr_length. */
    private static final int COMPACT_HEADER = 72;

    private StrSizes() {
    }

    /** True when every code point is below 128 (CPython's compact ASCII form; the empty string is ASCII). */
    public static boolean isAscii(PyStr s) {
        return s.maxCodePoint() < 0x80;
    }

    /** Bytes per code point CPython stores: 1 up to U+00FF, 2 up to U+FFFF, 4 beyond. */
    public static int kind(PyStr s) {
        int max = s.maxCodePoint();
        return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    }

    /**
     * {@code sys.getsizeof(s)}: an ASCII string is 48 bytes plus one per character plus the NUL; any other
     * string is 72 bytes plus {@link #kind} bytes per character, NUL included.
     */
    public static long sizeOf(PyStr s) {
        long units = s.length() + 1L;
        return isAscii(s) ? ASCII_HEADER + units : COMPACT_HEADER + units * kind(s);
    }
}
