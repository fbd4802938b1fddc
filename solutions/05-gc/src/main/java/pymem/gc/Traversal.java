package pymem.gc;

import java.util.List;
import java.util.function.Consumer;
import pymem.model.OutOfScopeError;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * CPython 3.11's tp_traverse, kind by kind: which references a container reports to the collector, and in which
 * order. The order decides what {@code gc.get_referents} lists and the order in which a collection meets objects.
 * <ul>
 *   <li>a list or a tuple visits its items from the last to the first;</li>
 *   <li>a dict visits each entry's value, in insertion order, and also the entry's key, after the value, when its
 *       key table is a general one: one that has held a key that is not a str (a table of str keys only does not
 *       visit them: a str can never be part of a cycle);</li>
 *   <li>an instance visits its attribute values, then its class;</li>
 *   <li>anything else in {@link PyObject#forEachReferent} order.</li>
 * </ul>
 */
final class Traversal {
    private Traversal() {
    }

    static void visit(PyObject obj, Consumer<PyObject> visit) {
        switch (obj.kind()) {
            case LIST: case TUPLE: {
                List<PyObject> items = obj.referents();
                for (int i = items.size() - 1; i >= 0; i--) {
                    visit.accept(items.get(i));
                }
                return;
            }
            case DICT: {
                PyDict dict = (PyDict) obj;
                boolean general = hasGeneralKeys(dict);
                for (int i = 0; i < dict.size(); i++) {
                    visit.accept(dict.values().get(i));
                    if (general) {
                        visit.accept(dict.keys().get(i));
                    }
                }
                return;
            }
            case INSTANCE: {
                PyInstance instance = (PyInstance) obj;
                instance.attributes().values().forEach(visit);
                visit.accept(instance.cls());
                return;
            }
            default:
                obj.forEachReferent(visit);
        }
    }

    /** gc.get_referents of a class or function lists objects the model does not have: refused. */
    static void requireModelled(PyObject obj) {
        switch (obj.kind()) {
            case CLASS:
                throw new OutOfScopeError("gc.get_referents and gc.get_referrers of a class: CPython reports its"
                        + " __dict__, __mro__ and __bases__, objects the model does not have");
            case FUNCTION:
                throw new OutOfScopeError("gc.get_referents and gc.get_referrers of a function: CPython reports its"
                        + " code, globals and the tuples holding its defaults and closure, objects the model does not"
                        + " have");
            default:
        }
    }

    /** A key table that has held a key other than a str (DICT_KEYS_GENERAL): see {@link GcHead#generalKeys}. */
    static boolean hasGeneralKeys(PyDict dict) {
        GcHead head = GcHead.of(dict);
        if (head != null && head.generalKeys) {
            return true;
        }
        for (PyObject key : dict.keys()) {
            if (!(key instanceof PyStr)) {
                return true;
            }
        }
        return false;
    }
}
