package pymem.refcount;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyInstance;
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
    /** Deallocations the trashcan keeps for later, and how deeply trashcan deallocators are nested now. */
    private final Trashcan trashcan = new Trashcan();
    /** Each class's attribute order, which decides the order a dying instance releases its attributes in. */
    private final SharedKeys sharedKeys = new SharedKeys();

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
     * deallocated, which releases every reference it holds in turn, in CPython's order (see
     * {@link #deallocationLog()}), with constant Java stack whatever the depth.
     *
     * @throws IllegalStateException if {@code obj} was already deallocated (the message names the
     *     object's type and says "already deallocated"), if its count is already zero (no one owns a
     *     reference to release), or if a static object would reach zero; {@code obj}'s count is then left
     *     as it was
     */
    public void decref(PyObject obj) {
        if (!release(obj)) {
            return;
        }
        // CPython's deallocators call each other depth first: each releases its references in its own order
        // (ReleaseOrder), and whatever reaches zero is deallocated before the next reference is released. The
        // frames of that recursion live in this explicit stack, never on the Java stack, so any depth needs
        // constant Java stack; the trashcan (Trashcan) decides, as in CPython, which deallocations wait.
        Deque<Frame> frames = new ArrayDeque<>();
        try {
            cascade(obj, frames);
        } catch (RuntimeException refused) {
            trashcan.reset(); // a refused release (a static object reaching zero) abandons the cascade
            throw refused;
        }
    }

    private void cascade(PyObject obj, Deque<Frame> frames) {
        deallocate(obj, frames);
        while (!frames.isEmpty()) {
            Frame top = frames.peek();
            if (top.hasNext()) {
                PyObject next = top.next();
                if (top.pendingDeaths || release(next)) {
                    deallocate(next, frames);
                }
            } else {
                frames.pop();
                finish(top, frames);
            }
        }
    }

    /** {@code _Py_Dealloc}: the deallocator starts now, or the trashcan keeps the object for later. */
    private void deallocate(PyObject obj, Deque<Frame> frames) {
        boolean trashcan = ReleaseOrder.usesTrashcan(obj);
        if (trashcan && !this.trashcan.enter(obj)) {
            return; // deposited: its deallocator runs when the outermost trashcan deallocator finishes
        }
        log.add(obj);
        frames.push(new Frame(obj, ReleaseOrder.of(obj, sharedKeys), trashcan, false));
    }

    /** The end of a deallocator: the memory goes back, and the outermost trashcan user empties the trashcan. */
    private void finish(Frame frame, Deque<Frame> frames) {
        if (frame.object != null) {
            heap.free(frame.object);
        }
        if (frame.usesTrashcan && trashcan.leave()) {
            // _PyTrash_thread_destroy_chain: the deposited objects, last deposited first, one nesting level in.
            frames.push(new Frame(null, trashcan.deposited(), true, true));
        }
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

    /** Drops one reference; true when the count reached zero (the object must be deallocated now). */
    private boolean release(PyObject obj) {
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
        return count == 1;
    }

    /** {@code obj.name = value} is being stored by {@link Statements#setAttr}: see {@link SharedKeys}. */
    void attributeStored(PyInstance obj, String name) {
        sharedKeys.stored(obj, name);
    }

    /** {@code cls()} is being made by {@link Statements#newInstance}: see {@link SharedKeys}. */
    void instanceCreated(PyClass cls) {
        sharedKeys.instanceCreated(cls);
    }

    /**
     * One deallocator under way: the references it still has to release, in order. The trashcan's own frame
     * ({@code pendingDeaths}) has no object: what it hands out already reached zero and is deallocated as is.
     */
    private static final class Frame {
        final PyObject object;
        final Iterator<PyObject> toRelease;
        final boolean usesTrashcan;
        final boolean pendingDeaths;

        Frame(PyObject object, Iterator<PyObject> toRelease, boolean usesTrashcan, boolean pendingDeaths) {
            this.object = object;
            this.toRelease = toRelease;
            this.usesTrashcan = usesTrashcan;
            this.pendingDeaths = pendingDeaths;
        }

        Frame(PyObject object, List<PyObject> toRelease, boolean usesTrashcan, boolean pendingDeaths) {
            this(object, toRelease.iterator(), usesTrashcan, pendingDeaths);
        }

        boolean hasNext() {
            return toRelease.hasNext();
        }

        PyObject next() {
            return toRelease.next();
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
