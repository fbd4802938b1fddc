package pymem.mutability;

import pymem.model.PyException;
import pymem.model.PyObject;

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
        throw new UnsupportedOperationException("TODO task 3: Hashing.hash");
    }

    /** True when {@link #hash} returns a value for {@code obj} instead of raising TypeError. */
    public static boolean isHashable(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 3: Hashing.isHashable");
    }
}
