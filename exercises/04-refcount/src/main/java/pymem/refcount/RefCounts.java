package pymem.refcount;

import java.util.List;
import pymem.model.Heap;
import pymem.model.PyObject;

/**
 * Reference counting over the model's {@code refcount} field: CPython's {@code Py_INCREF}, {@code Py_DECREF}
 * and {@code sys.getrefcount}, deallocation at zero with its cascade, and 3.11's static objects.
 *
 * <p>The count of an object is the number of references to it that someone owns: a name bound to it, a
 * container slot holding it, another object's attribute. An object the heap has just made is owned by no
 * one and has a count of 0 until something stores it.
 */
public final class RefCounts {
    private final Heap heap;
    // Add the state you need: the log of deallocations, which objects are static.

    /** @param heap the heap whose objects this counts; a deallocated object is freed there */
    public RefCounts(Heap heap) {
        this.heap = heap;
    }

    /**
     * Takes one more reference to {@code obj} ({@code Py_INCREF}): its count goes up by one.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated")
     */
    public void incref(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: RefCounts.incref");
    }

    /**
     * What {@code sys.getrefcount(obj)} returns: the count plus one, because passing {@code obj} as the
     * argument makes a temporary reference that lasts for the call. A fresh object no one owns reports 1.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated")
     */
    public long getrefcount(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: RefCounts.getrefcount");
    }

    /**
     * Releases one reference to {@code obj} ({@code Py_DECREF}). When its count reaches zero the object is
     * deallocated, which releases every reference it holds in turn, in CPython's order (see
     * {@link #deallocationLog()}), with constant Java stack whatever the depth.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated"), if its count is already zero (no one owns a
     *     reference to release), or if a static object would reach zero; {@code obj}'s count is then left
     *     as it was
     */
    public void decref(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 2: RefCounts.decref");
    }

    /**
     * The objects deallocated so far, oldest first, each listed once when its deallocator starts: the moment
     * CPython calls its {@code __del__} and its weak references' callbacks. That is CPython 3.11's order:
     * <ul>
     *   <li>depth first: a deallocator releases its references one by one, and an object a release brings to
     *       zero is deallocated completely before the next reference is released ({@code o.a.a} dies before
     *       {@code o.b});</li>
     *   <li>a list or tuple releases its items from the last to the first; a dict releases each entry's key,
     *       then its value, in insertion order; an instance releases its attribute values in the order of its
     *       class's key table (see {@link Statements#setAttr}), then its class; a function releases its
     *       defaults, then its closure cells, each from the last to the first; any other object releases in
     *       {@link PyObject#forEachReferent} order;</li>
     *   <li>the trashcan: the deallocators of lists, tuples, dicts, sets, frozensets and instances count how
     *       deeply they are nested; one that would start 50 levels deep waits instead, and the waiting objects
     *       are deallocated, the last to wait first, when the outermost of those deallocators has finished.</li>
     * </ul>
     *
     * @return a read-only view that grows as objects are deallocated
     */
    public List<PyObject> deallocationLog() {
        throw new UnsupportedOperationException("TODO task 2: RefCounts.deallocationLog");
    }

    /**
     * Makes {@code obj} one of 3.11's static objects (the small ints, {@code ()}, {@code ''}, one-character
     * Latin-1 strings): its count is set to 999999999, and it still moves with every incref and decref,
     * but the object is never deallocated.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated
     */
    public void makeStatic(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 5: RefCounts.makeStatic");
    }

    /** True when {@code obj} was made static with {@link #makeStatic}. */
    public boolean isStatic(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 5: RefCounts.isStatic");
    }
}
