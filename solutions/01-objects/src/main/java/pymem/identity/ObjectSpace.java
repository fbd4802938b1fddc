package pymem.identity;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyBool;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Tasks 2, 3 and 4: makes objects at run time the way CPython 3.11 does.
 *
 * <p>The {@link Heap} underneath makes a brand-new object on every call. This space decides when Python
 * shares one object instead: the small ints, None, True and False, the empty str and tuple, the
 * one-character Latin-1 strings, and the strings in the intern table. Every object the space returns is
 * live on {@link #heap()}; a shared object is made the first time it is asked for, then returned again.
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

    /** The heap this space makes its objects on. */
    public Heap heap() {
        return heap;
    }

    /**
     * Task 2: an int made at run time ({@code int('42')}, {@code 255 + 1}). For a value from -5 to 256
     * inclusive every call returns the same object; for any other value every call returns a new object.
     */
    public PyInt newInt(long value) {
        if (isSmall(value)) {
            int index = (int) value - SMALL_INT_MIN;
            if (smallInts[index] == null) {
                smallInts[index] = heap.newInt(value);
            }
            return smallInts[index];
        }
        return heap.newInt(value);
    }

    /** Task 2: as {@link #newInt(long)}, for a value of any size: 256 is shared whichever overload made it. */
    public PyInt newInt(BigInteger value) {
        // bitLength() < 64 exactly when the value fits a long; only those can be small.
        return value.bitLength() < 64 ? newInt(value.longValue()) : heap.newInt(value);
    }

    /** Task 2: a float made at run time ({@code float('1.0')}): always a new object, whatever the value. */
    public PyFloat newFloat(double value) {
        return heap.newFloat(value);
    }

    /** Task 3: {@code None}: the same object on every call. */
    public PyNone none() {
        if (none == null) {
            none = heap.newNone();
        }
        return none;
    }

    /** Task 3: {@code True} or {@code False}: one object each, returned on every call. */
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

    /**
     * Task 3: a str made at run time the way {@code chr(i)}, indexing {@code s[i]}, slicing and
     * concatenation {@code a + b} make one. The empty string is one shared object, and so is each
     * one-character string whose code point is at most 255 ({@code chr(233) is chr(233)}). Any other value
     * gives a new object on every call, even when an equal string was interned: run-time strings are never
     * interned by themselves. (A few operations build a one-character result as a new object instead, such
     * as {@code ''.join(['', 'a'])} or {@code str(5)}: the model does not follow those.)
     */
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

    /** Task 3: a tuple made at run time: {@code ()} is one shared object, any other tuple a new one. */
    public PyTuple newTuple(PyObject... items) {
        if (items.length == 0) {
            if (emptyTuple == null) {
                emptyTuple = heap.newTuple();
            }
            return emptyTuple;
        }
        return heap.newTuple(items);
    }

    /**
     * Task 4: {@code sys.intern(s)}. Returns the canonical object for {@code s}'s value: the string interned
     * earlier with an equal value if there is one (while it is live), otherwise {@code s} itself, which
     * becomes the canonical object.
     *
     * @throws IllegalArgumentException if {@code s} was freed
     * @throws pymem.model.OutOfScopeError if {@code s} is one ASCII letter, digit or underscore: CPython 3.11
     *     interned some of those while starting up as objects other than the shared one-character strings
     *     ({@code sys.intern(chr(97)) is chr(97)} is False, {@code sys.intern(chr(103)) is chr(103)} True),
     *     which the model does not follow
     */
    public PyStr intern(PyStr s) {
        if (s.isFreed()) {
            throw new IllegalArgumentException("cannot intern " + s.repr() + ": it was freed");
        }
        if (CompileUnit.isOneNameChar(s.value())) {
            throw new OutOfScopeError("sys.intern(" + s.repr() + "): CPython 3.11 interned some one-character names while"
                    + " starting up, as objects other than the shared one-character strings; the model does not follow which");
        }
        PyStr canonical = interned.get(s.value());
        if (canonical == null || canonical.isFreed()) {
            interned.put(s.value(), s); // a canonical string freed behind our back is replaced, never returned
            return s;
        }
        return canonical;
    }

    /** Task 4: true exactly when {@code s} is the canonical object of its value in the intern table. */
    public boolean isInterned(PyStr s) {
        return interned.get(s.value()) == s;
    }

    /**
     * Tasks 2 to 4: the object's last reference went away: it is freed on {@link #heap()}. A freed interned
     * string leaves the intern table, so {@link #intern} never returns a dead object.
     *
     * @throws IllegalArgumentException if {@code obj} is one of the shared objects this space made for a
     *     small int, None, True, False, {@code ''}, {@code ()} or a one-character Latin-1 string: in CPython
     *     those are static and live as long as the interpreter
     * @throws IllegalStateException if {@code obj} is not live on the heap (the heap says so)
     */
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
            BigInteger value = ((PyInt) obj).value();
            // Only the cached object itself is static: a 5 made directly on the heap is an ordinary object.
            return value.bitLength() < 64 && isSmall(value.longValue())
                    && smallInts[(int) value.longValue() - SMALL_INT_MIN] == obj;
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
