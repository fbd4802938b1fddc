package pymem.weakref;

import pymem.model.Kind;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * What a weak reference needs to know about its referent beyond its identity: whether it is hashable,
 * callable, and whether it compares by identity (the only equality this exercise models).
 */
final class Referents {
    private Referents() {
    }

    /** Where {@code hash(obj)} comes from. */
    enum HashSource {
        /** object.__hash__: the address rotated right by 4 bits (CPython's _Py_HashPointer). */
        IDENTITY,
        /** A {@code __hash__} function of the class, or a frozenset's hash of its elements: by value. */
        VALUE,
        /** {@code __hash__ = None}: a set, or a class that sets it or defines {@code __eq__} alone. */
        NONE
    }

    /**
     * hash(obj) for the referents of this exercise: the identity hash.
     *
     * @throws PyException TypeError {@code unhashable type: 'T'} when obj is unhashable
     * @throws pymem.model.OutOfScopeError for a hash computed from the value
     */
    static long hash(PyObject obj) {
        requireHashable(obj);
        if (hashSource(obj) == HashSource.VALUE) {
            throw outOfScope("hash() of a " + obj.typeName() + " computed from its value");
        }
        return Long.rotateRight(obj.address(), 4);
    }

    /** The TypeError {@code hash(obj)} raises, if any: containers hash the ref, hence the referent. */
    static void requireHashable(PyObject obj) {
        if (hashSource(obj) == HashSource.NONE) {
            throw new PyException("TypeError", "unhashable type: '" + obj.typeName() + "'");
        }
    }

    /**
     * Refuses referents whose {@code ==} is not identity (sets, frozensets, instances whose class defines
     * {@code __eq__}): a ref to them compares by their value, which this exercise does not model.
     */
    static void requireIdentityEquality(PyObject obj) {
        if (obj.kind() == Kind.FROZENSET || obj.kind() == Kind.SET
                || obj instanceof PyInstance instance && instance.cls().lookup("__eq__") != null) {
            throw outOfScope("== between weak references to a " + obj.typeName() + ", which compares by value");
        }
    }

    /**
     * What a weak container asks of a key before it hashes the key's ref: hashable (else CPython's
     * TypeError), and hashed and compared by identity (else out of scope: membership would go by value).
     */
    static void requireIdentityKey(PyObject obj) {
        requireHashable(obj);
        if (hashSource(obj) == HashSource.VALUE) {
            throw outOfScope("a weak container key that hashes by value (" + obj.typeName() + ")");
        }
        requireIdentityEquality(obj);
    }

    /** callable(obj): functions, classes, and instances whose class defines {@code __call__}. */
    static boolean isCallable(PyObject obj) {
        return obj.kind() == Kind.FUNCTION || obj.kind() == Kind.CLASS
                || obj instanceof PyInstance instance && instance.cls().lookup("__call__") != null;
    }

    static HashSource hashSource(PyObject obj) {
        switch (obj.kind()) {
            case SET:
                return HashSource.NONE;
            case FROZENSET:
                return HashSource.VALUE;
            case INSTANCE:
                HashSource declared = declaredHash(((PyInstance) obj).cls());
                return declared == null ? HashSource.IDENTITY : declared;
            default:
                return HashSource.IDENTITY;
        }
    }

    /**
     * The hash the nearest class (depth first, as PyClass.lookup) declares: {@code __hash__} itself, or the
     * {@code __hash__ = None} that defining {@code __eq__} alone implies; null when none declares one.
     */
    private static HashSource declaredHash(PyClass cls) {
        PyObject own = cls.ownAttribute("__hash__");
        if (own != null) {
            return own instanceof PyFunction ? HashSource.VALUE : HashSource.NONE;
        }
        if (cls.ownAttribute("__eq__") != null) {
            return HashSource.NONE;
        }
        for (PyClass base : cls.bases()) {
            HashSource inherited = declaredHash(base);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    static OutOfScopeError outOfScope(String what) {
        return new OutOfScopeError(what + " is out of scope in exercise 06");
    }
}
