package pymem.weakref;

import java.util.Iterator;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakKeyDictionary()}: a mapping whose keys are held through weak references, so it never
 * keeps a key alive; an entry disappears when its key dies. Keys are distinct objects ({@code is}); values
 * are held normally.
 */
public final class WeakKeyDictionary implements Iterable<PyObject> {
    private final WeakRefs weakrefs;

    public WeakKeyDictionary(WeakRefs weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * {@code d[key] = value}; a key already present keeps its place and gets the new value.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} for unsupported keys;
     *                     TypeError {@code unhashable type: 'T'} for an unhashable key (a set, an instance
     *                     whose class defines {@code __eq__} without {@code __hash__}); d is unchanged
     * @throws pymem.model.OutOfScopeError for a key that hashes or compares by value (a
     *                                     frozenset, an instance whose class defines {@code __hash__} or {@code __eq__})
     */
    public void put(PyObject key, PyObject value) {
        throw new UnsupportedOperationException("TODO task 5: WeakKeyDictionary.put");
    }

    /**
     * {@code d.get(key)}: the value stored under this living key, or {@code null}.
     *
     * @throws PyException the TypeErrors of {@link #put}: {@code d.get(7)} raises, unlike {@code 7 in d}
     */
    public PyObject get(PyObject key) {
        throw new UnsupportedOperationException("TODO task 5: WeakKeyDictionary.get");
    }

    /**
     * {@code key in d}; false (not an error) for an object that cannot be weakly referenced.
     *
     * @throws PyException TypeError {@code unhashable type: 'T'} for an unhashable key, as {@link #put}
     */
    public boolean containsKey(PyObject key) {
        throw new UnsupportedOperationException("TODO task 5: WeakKeyDictionary.containsKey");
    }

    /** {@code len(d)}. */
    public int size() {
        throw new UnsupportedOperationException("TODO task 5: WeakKeyDictionary.size");
    }

    /**
     * {@code iter(d)}: the living keys, in insertion order. Keys may die during the iteration: it goes on
     * safely and never yields a key that died before being reached.
     */
    @Override
    public Iterator<PyObject> iterator() {
        throw new UnsupportedOperationException("TODO task 5: WeakKeyDictionary.iterator");
    }
}
