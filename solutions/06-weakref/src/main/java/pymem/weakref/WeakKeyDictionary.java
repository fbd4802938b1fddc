package pymem.weakref;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakKeyDictionary()}: a mapping whose keys are held through weak references, so it never
 * keeps a key alive; an entry disappears when its key dies. Keys are distinct objects ({@code is}); values
 * are held normally.
 */
public final class WeakKeyDictionary implements Iterable<PyObject> {
    private final WeakRefs weakrefs;
    /** ref to the key -> value, insertion order (Ref uses Java identity as a map key). */
    private final Map<Ref, PyObject> entries = new LinkedHashMap<>();

    public WeakKeyDictionary(WeakRefs weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * {@code d[key] = value}; a key already present keeps its place and gets the new value.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} for unsupported keys
     */
    public void put(PyObject key, PyObject value) {
        Ref existing = find(key);
        if (existing != null) {
            entries.put(existing, value);
        } else {
            entries.put(weakrefs.ref(key, entries::remove), value);
        }
    }

    /** {@code d.get(key)}: the value stored under this living key, or {@code null}. */
    public PyObject get(PyObject key) {
        Ref ref = find(key);
        return ref == null ? null : entries.get(ref);
    }

    /** {@code key in d}. */
    public boolean containsKey(PyObject key) {
        return find(key) != null;
    }

    /** {@code len(d)}. */
    public int size() {
        return entries.size();
    }

    /**
     * {@code iter(d)}: the living keys, in insertion order. Keys may die during the iteration: it goes on
     * safely and never yields a key that died before being reached.
     */
    @Override
    public Iterator<PyObject> iterator() {
        return new WeakSet.LiveReferents(new ArrayList<>(entries.keySet()));
    }

    private Ref find(PyObject key) {
        for (Ref ref : entries.keySet()) {
            if (ref.get() == key) {
                return ref;
            }
        }
        return null;
    }
}
