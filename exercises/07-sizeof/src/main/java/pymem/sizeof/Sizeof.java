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
     * {@link SetSizes}; a tuple 24 + 8 per item; a function 136; a cell 24 (all before the GC header).
     *
     * <p>An instance: 16, plus 8 per named slot of its class and of every base (each class once; names
     * other than {@code '__dict__'} and {@code '__weakref__'}), plus 8 when instances have a
     * {@code __weakref__}, plus 16 when they have a {@code __dict__} (3.11's managed dict, in front of the
     * object; the attribute values live in a separate array, not counted). A class without {@code __slots__}
     * gives its instances both (once, however many bases have them); {@code '__dict__'} and
     * {@code '__weakref__'} in the slots give one each; a class with {@code __slots__} keeps what its bases
     * give. A class is 1672
     * when its instances have a {@code __dict__}, else 904 (1688 and 920 with the GC header).
     *
     * @throws pymem.model.OutOfScopeError for a class CPython would refuse to create, or an
     *                                     instance of one: bases with conflicting slot layouts, or a
     *                                     {@code '__dict__'} or {@code '__weakref__'} slot a base already gives
     */
    public static long getsizeof(PyObject x) {
        throw new UnsupportedOperationException("TODO task 6: Sizeof.getsizeof");
    }
}
