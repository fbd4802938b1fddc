package pymem.sizeof;

import pymem.model.PyObject;

/** {@code sys.getsizeof(x)} for every kind of model object (64-bit CPython 3.11). */
public final class Sizeof {
    private Sizeof() {
    }

    /**
     * True when {@code x}'s type can take part in reference cycles, so that every object of it carries the
     * 16-byte GC header, counted by getsizeof whether or not the object is tracked right now: tuple, list,
     * dict, set, frozenset, instances, classes, functions and cells; never numbers, None, str, bytes or
     * bytearray.
     */
    public static boolean hasGcHeader(PyObject x) {
        throw new UnsupportedOperationException("TODO task 6: Sizeof.hasGcHeader");
    }

    /**
     * {@code sys.getsizeof(x)}: {@code x.__sizeof__()} plus the GC header when {@link #hasGcHeader}.
     * Atoms as {@link AtomSizes#sizeOf}; lists, dicts and sets as {@link ListSizes}, {@link DictSizes} and
     * {@link SetSizes}; a tuple 24 + 8 per item; an instance of an ordinary class 40 (its attributes live
     * in a separate values array, not counted); an instance of a {@code __slots__} class 16 + 8 per slot;
     * a class 1672 (1672 + 16 = 1688), or 904 with {@code __slots__}; a function 136; a cell 24 (all before
     * the GC header).
     */
    public static long getsizeof(PyObject x) {
        throw new UnsupportedOperationException("TODO task 6: Sizeof.getsizeof");
    }
}
