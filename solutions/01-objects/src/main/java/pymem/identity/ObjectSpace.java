package pymem.identity;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.PyBool;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Tasks 2, 3 and 4: makes objects at run time the way CPython 3.11 does, on top of a {@link Heap} whose
 * factories always make new objects. Some values get one shared object (the small ints, None, True,
 * False, the empty str and tuple, one-character Latin-1 strings, interned strings); every other request
 * makes a new object.
 */
public final class ObjectSpace {
    /** The small-int cache's range, inclusive: CPython's _PY_NSMALLNEGINTS and _PY_NSMALLPOSINTS - 1. */
    private static final int SMALL_INT_MIN = -5;
    private static final int SMALL_INT_MAX = 256;
    /** One-character strings up to this code point are singletons (CPython's Latin-1 character cache). */
    private static final int LATIN1_MAX = 255;

    private final Heap heap;
    /** Index = value - SMALL_INT_MIN; filled on first use, then shared forever. */
    private final PyInt[] smallInts = new PyInt[SMALL_INT_MAX - SMALL_INT_MIN + 1];
    private final PyStr[] latin1Chars = new PyStr[LATIN1_MAX + 1];
    /** sys.intern's table: the canonical str object for each interned value. */
    private final Map<String, PyStr> interned = new HashMap<>();
    private PyNone none;
    private PyBool trueObject;
    private PyBool falseObject;
    private PyStr emptyStr;
    private PyTuple emptyTuple;

    public ObjectSpace(Heap heap) {
        this.heap = heap;
    }

    /** The heap this space allocates on. */
    public Heap heap() {
        return heap;
    }

    public PyInt newInt(long value) {
        if (value >= SMALL_INT_MIN && value <= SMALL_INT_MAX) {
            int index = (int) value - SMALL_INT_MIN;
            if (smallInts[index] == null) {
                smallInts[index] = heap.newInt(value);
            }
            return smallInts[index];
        }
        return heap.newInt(value);
    }

    public PyInt newInt(BigInteger value) {
        // bitLength() < 64 exactly when the value fits a long; only those can be small.
        return value.bitLength() < 64 ? newInt(value.longValue()) : heap.newInt(value);
    }

    public PyFloat newFloat(double value) {
        return heap.newFloat(value);
    }

    public PyNone none() {
        if (none == null) {
            none = heap.newNone();
        }
        return none;
    }

    public PyBool bool(boolean value) {
        if (value) {
            if (trueObject == null) {
                trueObject = heap.newBool(true);
            }
            return trueObject;
        }
        if (falseObject == null) {
            falseObject = heap.newBool(false);
        }
        return falseObject;
    }

    public PyStr newStr(String value) {
        if (value.isEmpty()) {
            if (emptyStr == null) {
                emptyStr = heap.newStr("");
            }
            return emptyStr;
        }
        if (value.length() == 1 && value.charAt(0) <= LATIN1_MAX) {
            char c = value.charAt(0);
            if (latin1Chars[c] == null) {
                latin1Chars[c] = heap.newStr(value);
            }
            return latin1Chars[c];
        }
        return heap.newStr(value);
    }

    public PyTuple newTuple(PyObject... items) {
        if (items.length == 0) {
            if (emptyTuple == null) {
                emptyTuple = heap.newTuple();
            }
            return emptyTuple;
        }
        return heap.newTuple(items);
    }

    public PyStr intern(PyStr s) {
        if (s.isFreed()) {
            throw new IllegalArgumentException("cannot intern " + s.repr() + ": it was freed");
        }
        PyStr canonical = interned.get(s.value());
        if (canonical == null || canonical.isFreed()) {
            interned.put(s.value(), s); // a canonical string freed behind our back is replaced, never returned
            return s;
        }
        return canonical;
    }

    public boolean isInterned(PyStr s) {
        return interned.get(s.value()) == s;
    }

    public void free(PyObject obj) {
        if (isStatic(obj)) {
            throw new IllegalArgumentException("cannot free " + obj.repr() + ": it is a static object that lives"
                    + " as long as the interpreter");
        }
        if (obj instanceof PyStr && isInterned((PyStr) obj)) {
            // An interned string that dies leaves the table, so intern() never returns a dead object.
            interned.remove(((PyStr) obj).value());
        }
        heap.free(obj);
    }

    private boolean isStatic(PyObject obj) {
        if (obj == none || obj == trueObject || obj == falseObject || obj == emptyStr || obj == emptyTuple) {
            return true;
        }
        if (obj instanceof PyInt) {
            PyInt i = (PyInt) obj;
            return i.value().bitLength() < 64 && isSmall(i.longValue()) && smallInts[(int) i.longValue() - SMALL_INT_MIN] == obj;
        }
        if (obj instanceof PyStr) {
            String v = ((PyStr) obj).value();
            return v.length() == 1 && v.charAt(0) <= LATIN1_MAX && latin1Chars[v.charAt(0)] == obj;
        }
        return false;
    }

    private static boolean isSmall(long value) {
        return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX;
    }
}
