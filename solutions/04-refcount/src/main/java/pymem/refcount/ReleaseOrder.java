package pymem.refcount;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/**
 * The order in which each kind's deallocator releases the references it holds, as CPython 3.11's do. This is
 * what makes deaths in a cascade come in CPython's order: list_dealloc and tupledealloc release their items
 * from the last to the first; dict_dealloc releases key then value of each entry in insertion order;
 * subtype_dealloc releases an instance's attribute values (see {@link SharedKeys}) and its class last;
 * func_dealloc releases the defaults tuple before the closure tuple, each from the last item to the first.
 * Every other kind releases in {@link PyObject#forEachReferent} order.
 */
final class ReleaseOrder {
    private ReleaseOrder() {
    }

    /** What {@code obj}'s deallocator releases, first to last. */
    static List<PyObject> of(PyObject obj, SharedKeys sharedKeys) {
        switch (obj.kind()) {
            case LIST:
                return reversed(((PyList) obj).items());
            case TUPLE:
                return reversed(((PyTuple) obj).referents());
            case INSTANCE: {
                PyInstance instance = (PyInstance) obj;
                List<PyObject> out = sharedKeys.valuesInReleaseOrder(instance);
                out.add(instance.cls()); // the heap type's reference goes after object_dealloc
                return out;
            }
            case FUNCTION: {
                // func_clear drops the defaults tuple before the closure tuple; each tuple's deallocator
                // releases its items last to first (the model keeps the items, not the tuples).
                PyFunction function = (PyFunction) obj;
                List<PyObject> out = reversed(function.defaults());
                out.addAll(reversed(function.closure()));
                return out;
            }
            default:
                return obj.referents();
        }
    }

    /** Whether this kind's deallocator goes through the trashcan (Py_TRASHCAN_BEGIN) in 3.11. */
    static boolean usesTrashcan(PyObject obj) {
        switch (obj.kind()) {
            case LIST: case TUPLE: case DICT: case SET: case FROZENSET: case INSTANCE:
                return true;
            default:
                return false; // cells, functions and classes deallocate without it; atoms hold nothing
        }
    }

    private static List<PyObject> reversed(List<? extends PyObject> items) {
        List<PyObject> out = new ArrayList<>(items);
        Collections.reverse(out);
        return out;
    }
}
