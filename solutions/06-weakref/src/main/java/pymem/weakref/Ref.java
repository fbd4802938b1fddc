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
    private PyObject referent;
    private final WeakCallback callback;
    /** hash(r) once computed; CPython caches it so a ref stays usable as a dict key after its referent dies. */
    private long cachedHash;
    private boolean hashed;

    Ref(PyObject referent, WeakCallback callback) {
        this.referent = referent;
        this.callback = callback;
    }

    /** {@code r()}: the referent while it lives, {@code null} (Python's None) once it has died. */
    public PyObject get() {
        return referent;
    }

    /** The callback given to {@code ref(obj, callback)}, or {@code null} for a callback-less ref. */
    public WeakCallback callback() {
        return callback;
    }

    /**
     * {@code self == other}: while both referents live, true when they are the same object; once either is
     * dead, true only when {@code other} is this very ref.
     *
     * @throws pymem.model.OutOfScopeError when both live and a referent compares by value: a
     *                                     set, a frozenset, or an instance whose class defines {@code __eq__}
     */
    public boolean pyEquals(Ref other) {
        if (referent != null && other.referent != null) {
            Referents.requireIdentityEquality(referent);
            Referents.requireIdentityEquality(other.referent);
            return referent == other.referent;
        }
        return this == other;
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
        if (!hashed) {
            if (referent == null) {
                throw new PyException("TypeError", "weak object has gone away");
            }
            cachedHash = Referents.hash(referent);
            hashed = true;
        }
        return cachedHash;
    }

    /** The runtime's half of the death: after this the ref answers None. The callback is run separately. */
    void clear() {
        referent = null;
    }
}
