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
     * {@link SetSizes}; a tuple 24 + 8 per item; an instance of an ordinary class 40 (its attributes live
     * in a separate values array, not counted); an instance of a {@code __slots__} class 16 + 8 per slot;
     * a class 1672 (1672 + 16 = 1688), or 904 with {@code __slots__}; a function 136; a cell 24 (all before
     * the GC header).
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
            List<String> slots = instance.cls().slots();
            // 3.11: ob_refcnt, ob_type, then __weakref__; the managed dict/values pointers sit before the
            // GC header (16 more). A __slots__ class has neither, only one pointer per slot.
            return slots == null ? 40 : 16 + (long) POINTER * slots.size();
        }
        if (x instanceof PyClass cls) {
            return cls.slots() == null ? 1672 : 904;
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
