package pymem.weakref;

import java.util.Iterator;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakSet()}: a set that holds its members through weak references, so membership never
 * keeps an object alive; a member that dies leaves the set at once. Members are distinct objects
 * ({@code is}), in insertion order.
 */
public final class WeakSet implements Iterable<PyObject> {
    private final WeakRefs weakrefs;

    public WeakSet(WeakRefs weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * {@code s.add(obj)}; adding a member again changes nothing.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} for unsupported types;
     *                     TypeError {@code unhashable type: 'T'} for an unhashable object (a set, an instance
     *                     whose class defines {@code __eq__} without {@code __hash__}); the set is unchanged
     * @throws pymem.model.OutOfScopeError for an object that hashes or compares by value (a
     *                                     frozenset, an instance whose class defines {@code __hash__} or {@code __eq__})
     */
    public void add(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 5: WeakSet.add");
    }

    /**
     * {@code obj in s}; false (not an error) for an object that cannot be weakly referenced.
     *
     * @throws PyException TypeError {@code unhashable type: 'T'} for an unhashable object, as {@link #add}
     */
    public boolean contains(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 5: WeakSet.contains");
    }

    /**
     * {@code s.discard(obj)}: true when obj was a member and is removed.
     *
     * @throws PyException the TypeErrors of {@link #add}: {@code s.discard(7)} raises, unlike {@code 7 in s}
     */
    public boolean discard(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 5: WeakSet.discard");
    }

    /** {@code len(s)}: the living members. */
    public int size() {
        throw new UnsupportedOperationException("TODO task 5: WeakSet.size");
    }

    /**
     * {@code iter(s)}: the living members in insertion order. Members may die while an iteration is under
     * way: the iteration goes on safely and never yields a member that died before being reached.
     */
    @Override
    public Iterator<PyObject> iterator() {
        throw new UnsupportedOperationException("TODO task 5: WeakSet.iterator");
    }
}
