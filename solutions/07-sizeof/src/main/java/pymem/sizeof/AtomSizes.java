package pymem.sizeof;

import java.math.BigInteger;
import pymem.model.PyAtom;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyComplex;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyNone;
import pymem.model.PyStr;

/** {@code sys.getsizeof} of the objects that hold no references: numbers, None, bytes, bytearray. */
public final class AtomSizes {
    /** ob_refcnt + ob_type: the header every object starts with. */
    private static final int OBJECT_HEAD = 16;
    /** PyObject_VAR_HEAD: the header plus ob_size. */
    private static final int VAR_HEAD = 24;
    private static final int BITS_PER_DIGIT = 30;
    private static final int BYTES_PER_DIGIT = 4;

    private AtomSizes() {
    }

    /**
     * {@code sys.getsizeof(x)} on 64-bit CPython 3.11: int and bool (24 bytes plus 4 per 30-bit digit of
     * the magnitude, at least one digit), float, complex, None, bytes (one byte per item plus the trailing
     * NUL) and bytearray (as made by {@code bytearray(b'...')}). A str is sized as {@link StrSizes#sizeOf}.
     */
    public static long sizeOf(PyAtom x) {
        if (x instanceof PyInt i) {
            return intSize(i.value());
        }
        if (x instanceof PyBool) {
            // bool is an int subclass: False (0) and True (1) both take the one-digit minimum.
            return intSize(BigInteger.ONE);
        }
        if (x instanceof PyFloat) {
            return OBJECT_HEAD + 8;
        }
        if (x instanceof PyComplex) {
            return OBJECT_HEAD + 16;
        }
        if (x instanceof PyNone) {
            return OBJECT_HEAD;
        }
        if (x instanceof PyBytes b) {
            // PyBytesObject: var head, cached hash (8), then the bytes and a NUL terminator.
            return VAR_HEAD + 8 + b.length() + 1;
        }
        if (x instanceof PyByteArray b) {
            // The struct is 56 bytes; bytearray(b'...') allocates length + 1 (the NUL), nothing when empty.
            return 56 + (b.length() == 0 ? 0 : b.length() + 1);
        }
        if (x instanceof PyStr s) {
            return StrSizes.sizeOf(s);
        }
        throw new IllegalArgumentException("no size rule for " + x.typeName());
    }

    private static long intSize(BigInteger value) {
        int bits = value.abs().bitLength();
        int digits = Math.max(1, (bits + BITS_PER_DIGIT - 1) / BITS_PER_DIGIT);
        return VAR_HEAD + (long) BYTES_PER_DIGIT * digits;
    }
}
