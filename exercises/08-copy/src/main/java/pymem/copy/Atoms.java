package pymem.copy;

import pymem.model.PyObject;

/**
 * Which objects the copy module hands back unchanged: the types of CPython's {@code _copy_immutable} and
 * {@code _deepcopy_atomic} dispatch entries (Lib/copy.py).
 */
public final class Atoms {
    private Atoms() {
    }

    /**
     * True when {@code deepcopy(x)} returns {@code x} itself without looking inside it: None, int, bool,
     * float, complex, str, bytes, classes and functions. Tuples and frozensets are not atomic: a tuple may
     * hold a list that must be copied, and a frozenset is always rebuilt.
     */
    public static boolean isAtomic(PyObject x) {
        throw new UnsupportedOperationException("TODO task 1: Atoms.isAtomic");
    }

    /**
     * True when {@code copy(x)} returns {@code x} itself: every atomic object, plus tuples and frozensets.
     * A shallow copy of an immutable container would hold the very same items, so it could never be told
     * apart from the original except by {@code is}.
     */
    public static boolean copiedAsIs(PyObject x) {
        throw new UnsupportedOperationException("TODO task 1: Atoms.copiedAsIs");
    }
}
