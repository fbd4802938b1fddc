package pymem.mutability;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import pymem.model.Kind;
import pymem.model.PyClass;
import pymem.model.PyComplex;
import pymem.model.PyException;
import pymem.model.PyFloat;
import pymem.model.PyFrozenSet;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * {@code hash(x)}: the number a dict or set uses to place a key, and the line between hashable and
 * unhashable objects. Equal objects must hash equal, so an object whose value can change cannot be hashed.
 */
public final class Hashing {
    /** The modulus of CPython's numeric hash: the Mersenne prime 2**61 - 1 ({@code sys.hash_info.modulus}). */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code hash(float('inf'))} ({@code sys.hash_info.inf}). */
    public static final long INF = 314159;
    /** The multiplier of a complex's imaginary part ({@code sys.hash_info.imag}). */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    private Hashing() {
    }

    /**
     * {@code hash(obj)} as CPython 3.11 on 64-bit computes it.
     * <ul>
     *   <li>int, bool, float, complex: the numeric hash, so that equal numbers hash equal
     *       ({@code hash(1) == hash(1.0) == hash(True) == 1}): a number p/q hashes to p * q**-1 modulo
     *       {@link #MODULUS}, with the number's sign; {@code hash(2**61) == 1}, {@code hash(0.5) == 2**60};
     *       +-inf hash to +-{@link #INF}; a complex hashes to {@code hash(real) + IMAG * hash(imag)}
     *       (64-bit wrap-around); a float nan hashes like an object's identity (below), and so does a nan
     *       part of a complex: with the identity of the complex itself.</li>
     *   <li>str and bytes: any value that is equal for equal strings and 0 for the empty one (CPython
     *       randomizes the others per process, PYTHONHASHSEED).</li>
     *   <li>tuple: CPython's xxHash-based combination of its items' hashes, in order; frozenset: CPython's
     *       order-independent combination of its elements' hashes.</li>
     *   <li>None, classes, functions, and instances of a class that defines neither {@code __eq__} nor
     *       {@code __hash__}: the identity hash, {@code id(obj)} rotated right by 4 bits.</li>
     *   <li>an instance whose class (or the nearest base defining either) defines {@code __hash__} as a
     *       function: that function called with the instance, which must return an int (a bool is one:
     *       {@code True} gives 1).</li>
     * </ul>
     * A result of -1 becomes -2 ({@code hash(-1) == -2}): -1 signals an error in CPython's C code.
     *
     * @throws PyException TypeError {@code unhashable type: 'list'} (the type name of the object
     *     at fault) for list, dict, set, bytearray and cell, for a tuple or frozenset holding one, and for an
     *     instance whose class defines {@code __eq__} without {@code __hash__} or sets {@code __hash__ = None};
     *     TypeError {@code __hash__ method should return an integer} when a {@code __hash__} returns a non-int
     */
    public static long hash(PyObject obj) {
        switch (obj.kind()) {
            case INT:
            case BOOL:
                return finish(hashInteger(Equality.integerOf(obj)));
            case FLOAT:
                return hashFloat((PyFloat) obj);
            case COMPLEX:
                return hashComplex((PyComplex) obj);
            case STR:
                return finish(((PyStr) obj).value().hashCode());
            case BYTES:
                byte[] data = Equality.bytesOf(obj);
                return data.length == 0 ? 0 : finish(Arrays.hashCode(data));
            case TUPLE:
                return hashTuple((PyTuple) obj);
            case FROZENSET:
                return hashFrozenSet((PyFrozenSet) obj);
            case NONE:
            case CLASS:
            case FUNCTION:
                return identityHash(obj);
            case INSTANCE:
                return hashInstance((PyInstance) obj);
            default:
                throw unhashable(obj);
        }
    }

    /** True when {@link #hash} returns a value for {@code obj} instead of raising TypeError. */
    public static boolean isHashable(PyObject obj) {
        try {
            hash(obj);
            return true;
        } catch (PyException e) {
            return false;
        }
    }

    /** The error CPython raises for an object whose type cannot be hashed. */
    static PyException unhashable(PyObject obj) {
        return new PyException("TypeError", "unhashable type: '" + obj.typeName() + "'");
    }

    /** -1 is CPython's error return, so no hash is ever -1. */
    private static long finish(long hash) {
        return hash == -1 ? -2 : hash;
    }

    /** |n| modulo 2**61 - 1, with n's sign (not yet corrected for -1). */
    private static long hashInteger(BigInteger n) {
        long magnitude = n.abs().mod(BIG_MODULUS).longValueExact();
        return n.signum() < 0 ? -magnitude : magnitude;
    }

    private static long hashFloat(PyFloat obj) {
        return hashDouble(obj, obj.value());
    }

    /** A finite double is exactly mantissa * 2**exponent; 2**61 is 1 modulo 2**61 - 1, so 2**e is 2**(e mod 61). */
    private static long hashFiniteDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long mantissa = bits & ((1L << 52) - 1);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        int exponent;
        if (biased == 0) {
            exponent = -1074; // subnormal: no implicit leading 1
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        BigInteger power = BigInteger.TWO.modPow(BigInteger.valueOf(Math.floorMod(exponent, 61)), BIG_MODULUS);
        long magnitude = BigInteger.valueOf(mantissa).multiply(power).mod(BIG_MODULUS).longValueExact();
        return v < 0 ? -magnitude : magnitude;
    }

    private static long hashComplex(PyComplex obj) {
        long real = hashDouble(obj, obj.real());
        long imag = hashDouble(obj, obj.imag());
        return finish(real + IMAG * imag);
    }

    /** _Py_HashDouble(owner, v): a nan hashes by the identity of the object that holds it. */
    private static long hashDouble(PyObject owner, double v) {
        if (Double.isNaN(v)) {
            return identityHash(owner);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        return finish(hashFiniteDouble(v));
    }

    /** Objects_tupleobject.c tuplehash: xxHash's round over each item's hash, then the length. */
    private static long hashTuple(PyTuple tuple) {
        long acc = XXPRIME_5;
        for (PyObject item : tuple.items()) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += tuple.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** Objects/setobject.c frozenset_hash: XOR of shuffled element hashes (order-free), then mixing. */
    private static long hashFrozenSet(PyFrozenSet set) {
        long hash = 0;
        for (PyObject element : set.elements()) {
            hash ^= shuffleBits(hash(element));
        }
        hash ^= (set.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** _Py_HashPointer: addresses are 16-byte aligned, so the low 4 bits carry no information. */
    private static long identityHash(PyObject obj) {
        return finish(Long.rotateRight(obj.address(), 4));
    }

    private static long hashInstance(PyInstance obj) {
        PyObject hashMethod = nearestHashOrEq(obj.cls());
        if (hashMethod == null) {
            return identityHash(obj);
        }
        if (!(hashMethod instanceof PyFunction)) {
            throw unhashable(obj);
        }
        PyObject result = ((PyFunction) hashMethod).call(List.of(obj));
        if (result.kind() != Kind.INT && result.kind() != Kind.BOOL) {
            throw new PyException("TypeError", "__hash__ method should return an integer");
        }
        // bool is a subclass of int: a __hash__ returning True hashes to 1
        BigInteger value = Equality.integerOf(result);
        return value.bitLength() < 64 ? finish(value.longValue()) : finish(hashInteger(value));
    }

    /**
     * The {@code __hash__} that applies to instances of {@code cls}: null for the identity hash; a function;
     * or another object ({@code __hash__ = None}, or the implicit None of a class that defines {@code __eq__}
     * alone) meaning unhashable.
     */
    private static PyObject nearestHashOrEq(PyClass cls) {
        PyObject own = cls.ownAttribute("__hash__");
        if (own != null) {
            return own;
        }
        if (cls.ownAttribute("__eq__") != null) {
            return new PyNone();
        }
        for (PyClass base : cls.bases()) {
            PyObject inherited = nearestHashOrEq(base);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }
}
