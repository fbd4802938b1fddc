package pymem.gc;

import pymem.model.Kind;
import pymem.model.PyDict;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/**
 * Which objects the collector needs to see. Only objects that can refer to others can be part of a cycle;
 * CPython marks their types Py_TPFLAGS_HAVE_GC and tracks their instances. Two types untrack themselves when
 * they hold nothing that could be part of a cycle: tuples (checked during collections) and dicts.
 */
final class TrackingRules {
    private TrackingRules() {
    }

    /** Containers: objects of a type that can hold references (CPython's PyObject_IS_GC). */
    static boolean isContainer(PyObject obj) {
        switch (obj.kind()) {
            case TUPLE: case LIST: case DICT: case SET: case FROZENSET:
            case CLASS: case INSTANCE: case FUNCTION: case CELL:
                return true;
            default:
                return false; // numbers, strings, bytes, bytearray, None: they refer to nothing
        }
    }

    /** CPython's _PyObject_GC_MAY_BE_TRACKED: could this object be part of a cycle now or later? */
    static boolean mayBeTracked(PyObject obj, GarbageCollector gc) {
        if (!isContainer(obj)) {
            return false;
        }
        // A tuple is immutable: once untracked it can never join a cycle, so only a tracked one counts.
        return obj.kind() != Kind.TUPLE || gc.isTracked(obj);
    }

    /** A tuple may be untracked when none of its items may be tracked (_PyTuple_MaybeUntrack). */
    static boolean tupleCanBeUntracked(PyTuple tuple, GarbageCollector gc) {
        for (int i = 0; i < tuple.size(); i++) {
            PyObject item = tuple.get(i);
            if (item == null || mayBeTracked(item, gc)) {
                return false; // an unfilled slot means the tuple is still being built
            }
        }
        return true;
    }

    /** A dict needs tracking as soon as one key or value may be tracked. */
    static boolean dictNeedsTracking(PyDict dict, GarbageCollector gc) {
        for (int i = 0; i < dict.size(); i++) {
            if (mayBeTracked(dict.keys().get(i), gc) || mayBeTracked(dict.values().get(i), gc)) {
                return true;
            }
        }
        return false;
    }
}
