package pymem.weakref;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakSet()}: a set that holds its members through weak references, so membership never
 * keeps an object alive; a member that dies leaves the set at once. Members are distinct objects
 * ({@code is}), in insertion order.
 */
public final class WeakSet implements Iterable<PyObject> {
    private final WeakRefs weakrefs;
    /** One callback ref per member, insertion order; the callback removes the ref when the member dies. */
    private final List<Ref> members = new ArrayList<>();

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
        WeakRefs.requireWeakrefable(obj);
        Referents.requireIdentityKey(obj);
        if (find(obj) == null) {
            members.add(weakrefs.ref(obj, members::remove));
        }
    }

    /**
     * {@code obj in s}; false (not an error) for an object that cannot be weakly referenced.
     *
     * @throws PyException TypeError {@code unhashable type: 'T'} for an unhashable object, as {@link #add}
     */
    public boolean contains(PyObject obj) {
        if (!WeakRefs.supportsWeakrefs(obj)) {
            return false;
        }
        Referents.requireIdentityKey(obj);
        return find(obj) != null;
    }

    /**
     * {@code s.discard(obj)}: true when obj was a member and is removed.
     *
     * @throws PyException the TypeErrors of {@link #add}: {@code s.discard(7)} raises, unlike {@code 7 in s}
     */
    public boolean discard(PyObject obj) {
        WeakRefs.requireWeakrefable(obj);
        Referents.requireIdentityKey(obj);
        return members.remove(find(obj));
    }

    /** {@code len(s)}: the living members. */
    public int size() {
        return members.size();
    }

    /**
     * {@code iter(s)}: the living members in insertion order. Members may die while an iteration is under
     * way: the iteration goes on safely and never yields a member that died before being reached.
     */
    @Override
    public Iterator<PyObject> iterator() {
        return new LiveReferents(new ArrayList<>(members));
    }

    private Ref find(PyObject obj) {
        for (Ref ref : members) {
            if (ref.get() == obj) {
                return ref;
            }
        }
        return null;
    }

    /**
     * Walks a snapshot of refs, looking at each referent only when the walk reaches it: deaths during the
     * walk remove refs from the live list (not from the snapshot) and are skipped here.
     */
    static final class LiveReferents implements Iterator<PyObject> {
        private final List<Ref> snapshot;
        private int position;
        /** The next living referent, held strongly between hasNext and next (like Python's loop variable). */
        private PyObject upcoming;

        LiveReferents(List<Ref> snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public boolean hasNext() {
            while (upcoming == null && position < snapshot.size()) {
                upcoming = snapshot.get(position++).get();
            }
            return upcoming != null;
        }

        @Override
        public PyObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more living members");
            }
            PyObject result = upcoming;
            upcoming = null;
            return result;
        }
    }
}
