package pymem.sizeof;

import java.util.List;
import pymem.model.PyAnySet;
import pymem.model.PyAtom;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/** {@code sys.getsizeof(x)} for every kind of model object (64-bit CPython 3.11). */
public final class Sizeof {
    /** PyGC_Head: two pointers in front of every object of a type the cyclic collector can track. */
    private static final int GC_HEADER = 16;
    private static final int VAR_HEAD = 24;
    private static final int POINTER = 8;
    private static final int OBJECT_HEAD = 16;
    /** 3.11's managed dict: the dict and values pointers stored in front of the object. */
    private static final int MANAGED_DICT = 16;

    private Sizeof() {
    }

    /**
     * True when {@code x}'s type can take part in reference cycles, so that every object of it carries the
     * 16-byte GC header, counted by getsizeof whether or not the object is tracked right now: tuple, list,
     * dict, set, frozenset, instances, classes, functions and cells; never numbers, None, str, bytes or
     * bytearray.
     */
    public static boolean hasGcHeader(PyObject x) {
        return !(x instanceof PyAtom);
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
        if (x instanceof PyAtom atom) {
            return AtomSizes.sizeOf(atom);
        }
        if (x instanceof PyList list) {
            return ListSizes.sizeOf(list);
        }
        if (x instanceof PyDict dict) {
            return DictSizes.sizeOf(dict);
        }
        if (x instanceof PyAnySet set) {
            return SetSizes.sizeOf(set);
        }
        return sizeofWithoutGcHeader(x) + GC_HEADER;
    }

    private static long sizeofWithoutGcHeader(PyObject x) {
        if (x instanceof PyTuple tuple) {
            return VAR_HEAD + (long) POINTER * tuple.size();
        }
        if (x instanceof PyInstance instance) {
            // 3.11: ob_refcnt, ob_type, one pointer per named slot of the class and its bases, then
            // __weakref__; a managed __dict__ adds two pointers in front of the object (before the GC header).
            InstanceLayout layout = InstanceLayout.of(instance.cls());
            return OBJECT_HEAD + (long) POINTER * layout.namedSlots + (layout.hasWeakref ? POINTER : 0)
                    + (layout.hasDict ? MANAGED_DICT : 0);
        }
        if (x instanceof PyClass cls) {
            // A class whose instances have a __dict__ also holds the cached shared keys of those dicts.
            return InstanceLayout.of(cls).hasDict ? 1672 : 904;
        }
        if (x instanceof PyFunction) {
            return 136;
        }
        if (x instanceof PyCell) {
            return 24;
        }
        throw new IllegalArgumentException("no size rule for " + x.typeName());
    }
}
