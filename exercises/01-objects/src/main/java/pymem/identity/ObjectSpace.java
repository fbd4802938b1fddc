package pymem.identity;

import java.math.BigInteger;

import pymem.model.Heap;
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
    private final Heap heap;

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
        throw new UnsupportedOperationException("TODO task 2: ObjectSpace.newInt");
    }

    /** Task 2: as {@link #newInt(long)}, for a value of any size: 256 is shared whichever overload made it. */
    public PyInt newInt(BigInteger value) {
        throw new UnsupportedOperationException("TODO task 2: ObjectSpace.newInt");
    }

    /** Task 2: a float made at run time ({@code float('1.0')}): always a new object, whatever the value. */
    public PyFloat newFloat(double value) {
        throw new UnsupportedOperationException("TODO task 2: ObjectSpace.newFloat");
    }

    /** Task 3: {@code None}: the same object on every call. */
    public PyNone none() {
        throw new UnsupportedOperationException("TODO task 3: ObjectSpace.none");
    }

    /** Task 3: {@code True} or {@code False}: one object each, returned on every call. */
    public PyBool bool(boolean value) {
        throw new UnsupportedOperationException("TODO task 3: ObjectSpace.bool");
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
        throw new UnsupportedOperationException("TODO task 3: ObjectSpace.newStr");
    }

    /** Task 3: a tuple made at run time: {@code ()} is one shared object, any other tuple a new one. */
    public PyTuple newTuple(PyObject... items) {
        throw new UnsupportedOperationException("TODO task 3: ObjectSpace.newTuple");
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
        throw new UnsupportedOperationException("TODO task 4: ObjectSpace.intern");
    }

    /** Task 4: true exactly when {@code s} is the canonical object of its value in the intern table. */
    public boolean isInterned(PyStr s) {
        throw new UnsupportedOperationException("TODO task 4: ObjectSpace.isInterned");
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
        throw new UnsupportedOperationException("TODO task 2: ObjectSpace.free");
    }
}
