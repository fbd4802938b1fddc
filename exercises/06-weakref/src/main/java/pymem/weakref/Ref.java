package pymem.weakref;

import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * A weak reference, what {@code weakref.ref(obj)} returns: it lets you reach {@code obj} without keeping it
 * alive. Made only by {@link WeakRefs#ref}.
 *
 * <p>Referents compare and hash by identity in this model: that is CPython's default for the instances,
 * classes and functions weak references are mostly used with (value equality is exercise 02's job).
 */
public final class Ref {
    private final PyObject referent;
    private final WeakCallback callback;

    Ref(PyObject referent, WeakCallback callback) {
        this.referent = referent;
        this.callback = callback;
    }

    /** {@code r()}: the referent while it lives, {@code null} (Python's None) once it has died. */
    public PyObject get() {
        throw new UnsupportedOperationException("TODO task 1: Ref.get");
    }

    /** The callback given to {@code ref(obj, callback)}, or {@code null} for a callback-less ref. */
    public WeakCallback callback() {
        throw new UnsupportedOperationException("TODO task 1: Ref.callback");
    }

    /**
     * {@code self == other}: while both referents live, true when they are the same object; once either is
     * dead, true only when {@code other} is this very ref.
     *
     * @throws pymem.model.OutOfScopeError when both live and a referent compares by value: a
     *                                     set, a frozenset, or an instance whose class defines {@code __eq__}
     */
    public boolean pyEquals(Ref other) {
        throw new UnsupportedOperationException("TODO task 4: Ref.pyEquals");
    }

    /**
     * {@code hash(r)}: the referent's hash, computed on first use and then remembered, so it still works
     * after the referent died. The referent's hash is CPython's default object hash, its address rotated
     * right by 4 bits (CPython's _Py_HashPointer).
     *
     * @throws PyException TypeError {@code weak object has gone away} when first hashed after the death;
     *                     TypeError {@code unhashable type: 'T'} for an unhashable referent: a set, or an
     *                     instance whose class sets {@code __hash__ = None} or defines {@code __eq__} alone
     * @throws pymem.model.OutOfScopeError for a referent hashed by value: a frozenset, or an
     *                                     instance whose class defines {@code __hash__}
     */
    public long pyHash() {
        throw new UnsupportedOperationException("TODO task 4: Ref.pyHash");
    }
}
