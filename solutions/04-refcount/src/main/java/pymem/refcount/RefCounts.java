package pymem.refcount;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
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
    /** What {@code _PyObject_IMMORTAL_INIT} gives a static object's {@code ob_refcnt} in 3.11. */
    private static final long STATIC_INITIAL_REFCOUNT = 999_999_999L;

    private final Heap heap;
    /** Every object deallocated so far, in the order its count reached zero. */
    private final List<PyObject> log = new ArrayList<>();
    /** The static objects: their memory is not the heap's to give back, so they must never reach zero. */
    private final Map<PyObject, Boolean> statics = new IdentityHashMap<>();

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
        requireLive(obj, "incref");
        obj.setRefcount(obj.refcount() + 1);
    }

    /**
     * What {@code sys.getrefcount(obj)} returns: the count plus one, because passing {@code obj} as the
     * argument makes a temporary reference that lasts for the call. A fresh object no one owns reports 1.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated")
     */
    public long getrefcount(PyObject obj) {
        requireLive(obj, "getrefcount");
        return obj.refcount() + 1;
    }

    /**
     * Releases one reference to {@code obj} ({@code Py_DECREF}). When its count reaches zero the object is
     * deallocated, which releases every reference it holds in turn; see {@link #deallocationLog()}.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated"), if its count is already zero (no one owns a
     *     reference to release), or if a static object would reach zero; {@code obj}'s count is then left
     *     as it was
     */
    public void decref(PyObject obj) {
        // The trashcan idea: a dying object's references are released from a queue of pending deaths,
        // never by a nested call, so a million-deep chain needs no deeper Java stack than a single object.
        Queue<PyObject> dying = new ArrayDeque<>();
        release(obj, dying);
        while (!dying.isEmpty()) {
            PyObject next = dying.remove();
            next.forEachReferent(referent -> release(referent, dying));
            heap.free(next);
        }
    }

    /**
     * The objects deallocated so far, oldest first, each listed once at the moment its count reached zero.
     * The object whose decref started a cascade comes before the objects it released, and a container's
     * references are released in {@link PyObject#forEachReferent} order.
     *
     * @return a read-only view that grows as objects are deallocated
     */
    public List<PyObject> deallocationLog() {
        return Collections.unmodifiableList(log);
    }

    /**
     * Makes {@code obj} one of 3.11's static objects (the small ints, {@code ()}, {@code ''}, one-character
     * Latin-1 strings): its count is set to 999999999, and it still moves with every incref and decref,
     * but the object is never deallocated.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated
     */
    public void makeStatic(PyObject obj) {
        requireLive(obj, "makeStatic");
        statics.put(obj, Boolean.TRUE);
        obj.setRefcount(STATIC_INITIAL_REFCOUNT);
    }

    /** True when {@code obj} was made static with {@link #makeStatic}. */
    public boolean isStatic(PyObject obj) {
        return statics.containsKey(obj);
    }

    /** Drops one reference; an object that reaches zero is logged and queued to release its own. */
    private void release(PyObject obj, Queue<PyObject> dying) {
        requireLive(obj, "decref");
        long count = obj.refcount();
        if (count <= 0) {
            throw new IllegalStateException("decref of " + describe(obj) + " whose count is " + count
                    + ": releasing a reference no one owns (a debug build of CPython stops with"
                    + " 'object has negative ref count')");
        }
        if (count == 1 && isStatic(obj)) {
            throw new IllegalStateException("decref would deallocate the static object " + describe(obj)
                    + ": static objects live as long as the interpreter");
        }
        obj.setRefcount(count - 1);
        if (count == 1) {
            log.add(obj);
            dying.add(obj);
        }
    }

    private static void requireLive(PyObject obj, String operation) {
        if (obj.isFreed()) {
            throw new IllegalStateException(operation + " of " + describe(obj)
                    + ", which was already deallocated: its memory may belong to another object now");
        }
    }

    /** Type and address only: the repr of a deep chain would be as deep as the chain. */
    private static String describe(PyObject obj) {
        return "a " + obj.typeName() + " object at 0x" + Long.toHexString(obj.address());
    }
}
