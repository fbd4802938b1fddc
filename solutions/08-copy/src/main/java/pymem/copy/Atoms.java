package pymem.copy;

import pymem.model.PyBool;
import pymem.model.PyBytes;
import pymem.model.PyClass;
import pymem.model.PyComplex;
import pymem.model.PyFloat;
import pymem.model.PyFrozenSet;
import pymem.model.PyFunction;
import pymem.model.PyInt;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

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
        // Leaves that can hold no reference to anything mutable, plus classes and functions, which
        // CPython treats as atoms although they are mutable (copying a class would break isinstance).
        return x instanceof PyNone || x instanceof PyInt || x instanceof PyBool || x instanceof PyFloat
                || x instanceof PyComplex || x instanceof PyStr || x instanceof PyBytes
                || x instanceof PyClass || x instanceof PyFunction;
    }

    /**
     * True when {@code copy(x)} returns {@code x} itself: every atomic object, plus tuples and frozensets.
     * A shallow copy of an immutable container would hold the very same items, so it could never be told
     * apart from the original except by {@code is}.
     */
    public static boolean copiedAsIs(PyObject x) {
        return isAtomic(x) || x instanceof PyTuple || x instanceof PyFrozenSet;
    }
}
