package pymem.mutability;

import java.util.ArrayList;
import java.util.List;

import pymem.model.PyDict;
import pymem.model.PyObject;
import pymem.model.PySet;

/**
 * Storing into the model's dict and set with Python's rules. The model finds keys by identity; Python by
 * hash and {@code ==}, so {@code 1}, {@code 1.0} and {@code True} are one key. Callers have already checked
 * hashability (every key or element arriving here is hashable).
 */
final class EqualKeys {
    private EqualKeys() {
    }

    /** {@code d[key] = value}: an equal key already present keeps its key object and takes the new value. */
    static void store(PyDict dict, PyObject key, PyObject value) {
        int at = Equality.indexOfEqual(dict.keys(), key);
        dict.put(at < 0 ? key : dict.keys().get(at), value);
    }

    /** {@code target.update(source)}, entry by entry in the source's order. */
    static void update(PyDict target, PyDict source) {
        // copies first: target and source may be the same dict (d |= d)
        List<PyObject> keys = new ArrayList<>(source.keys());
        List<PyObject> values = new ArrayList<>(source.values());
        for (int i = 0; i < keys.size(); i++) {
            store(target, keys.get(i), values.get(i));
        }
    }

    /** {@code s.add(e)} for each element, skipping one that an element already in the set equals. */
    static void addNewElements(PySet set, List<PyObject> elements) {
        for (PyObject e : new ArrayList<>(elements)) {
            if (Equality.indexOfEqual(set.elements(), e) < 0) {
                set.add(e);
            }
        }
    }
}
