package pymem.gc;

import java.util.List;
import java.util.function.Consumer;
import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyObject;

/**
 * CPython 3.11's cyclic garbage collector ({@code Modules/gcmodule.c}, the {@code gc} module) over the model.
 *
 * <p>Reference counting frees an object as soon as nothing refers to it, but a group of objects that refer to
 * each other (a cycle) keeps every count above zero forever. This collector finds such groups: among the
 * objects it tracks, those that nothing outside the group can reach.
 *
 * <p>The collector reads each object's {@link PyObject#refcount()} (kept by exercise 04, or set directly by
 * tests) and its references ({@link PyObject#forEachReferent}). It may keep per-object state in
 * {@link PyObject#gcHead()}. It never changes a refcount itself: when it frees garbage, each reference a freed
 * object held to an object that stays alive is given to the {@code decref} hook (CPython's {@code Py_DECREF}
 * in {@code tp_clear}).
 *
 * <pre>
 *   Heap heap = new Heap();
 *   GarbageCollector gc = new GarbageCollector(heap, obj -&gt; obj.setRefcount(obj.refcount() - 1));
 *   PyList a = heap.newList();  a.setRefcount(1);  gc.objectCreated(a);   // a = []
 *   a.append(a);                a.setRefcount(2);                         // a.append(a)
 *   a.setRefcount(1);                                                     // del a: only the cycle holds it
 *   gc.collect();                                                         // returns 1, and a.isFreed()
 * </pre>
 */
public final class GarbageCollector {
    private final Heap heap;
    private final Consumer<PyObject> decref;

    /**
     * A collector for the objects of {@code heap}, enabled, with thresholds (700, 10, 10) and counts (0, 0, 0).
     *
     * @param heap   where garbage is freed ({@link Heap#free})
     * @param decref called once for every reference a freed object held to an object that was not freed with it
     */
    public GarbageCollector(Heap heap, Consumer<PyObject> decref) {
        this.heap = heap;
        this.decref = decref;
    }

    // ---- task 1: tracking ------------------------------------------------------------------------------

    /**
     * A new object was made (CPython's GC allocation followed by {@code PyObject_GC_Track}). Atoms (int, bool,
     * float, complex, str, bytes, bytearray, None) are ignored: they are never tracked and do not count as
     * allocations. A container counts as one allocation in generation 0's count, which may start an automatic
     * collection (task 3) before the new object is tracked. Then the object is tracked in generation 0, except a
     * dict that holds nothing which may be tracked (see {@link #dictStored}): it stays untracked for now.
     *
     * <p>A call stands for a real allocation (CPython's {@code _PyObject_GC_Link}). CPython 3.11 also reuses
     * recently freed lists, dicts and tuples from free lists: such a reuse is no allocation and adds nothing to
     * count0, as putting one back takes nothing off. The model has no free lists: a caller modelling a reuse
     * does not call this method (nor {@link #objectDeallocated} for the object put back).
     */
    public void objectCreated(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: GarbageCollector.objectCreated");
    }

    /**
     * {@code gc.is_tracked(obj)}: true while the collector watches {@code obj} (frozen objects included).
     * Atoms never are; lists, sets, instances, classes, functions and cells are from creation to death; tuples
     * and dicts may come and go (see {@link #dictStored} and {@link #collect(int)}).
     */
    public boolean isTracked(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: GarbageCollector.isTracked");
    }

    /**
     * {@code dict[key] = value} was just done (CPython's MAINTAIN_TRACKING). An untracked dict becomes tracked
     * when the key or the value may be tracked: a container, except a tuple that is itself untracked. Storing
     * atoms changes nothing, and removing items never untracks a dict (only a full collection does).
     */
    public void dictStored(PyDict dict, PyObject key, PyObject value) {
        throw new UnsupportedOperationException("TODO task 1: GarbageCollector.dictStored");
    }

    /**
     * {@code obj} is being deallocated by reference counting (CPython's {@code PyObject_GC_Del}): it is no longer
     * tracked, and for a container generation 0's count goes down by one (it never goes below zero).
     * Atoms are ignored.
     */
    public void objectDeallocated(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: GarbageCollector.objectDeallocated");
    }

    // ---- task 2: collecting -------------------------------------------------------------------------------

    /** {@code gc.collect()}: a full collection, {@code collect(2)}. */
    public int collect() {
        throw new UnsupportedOperationException("TODO task 2: GarbageCollector.collect");
    }

    /**
     * {@code gc.collect(generation)}: collects generation {@code generation} together with every younger one, even
     * when automatic collection is disabled. Frozen objects are never examined.
     *
     * <p>An examined object is <em>reachable</em> when something outside the examined set refers to it (its
     * refcount is larger than the number of references to it from examined objects) or when a reachable object
     * refers to it. Every other examined object is garbage: it is freed on the heap and stops being tracked, and
     * each reference it held to an object that stays alive is released through the {@code decref} hook. Objects
     * are never visited recursively: a chain of a million objects must not overflow the stack.
     *
     * <p>Reachable objects of generation {@code g} move to generation {@code g + 1} (generation 2 keeps its own).
     * Survivors that are tuples holding nothing that may be tracked stop being tracked; in a full collection, so do
     * survivor dicts holding nothing that may be tracked.
     *
     * <p>Counts: the count of generation {@code generation + 1} goes up by one, those of {@code 0..generation} are
     * reset to 0. Finalizers are task 4.
     *
     * @return the number of unreachable objects found and freed (a two-instance cycle: 2; a list containing
     *         itself: 1); 0 when called while a collection is already running (from a finalizer, say)
     * @throws pymem.model.PyException ValueError {@code invalid generation} unless 0 &lt;= generation &lt;= 2
     */
    public int collect(int generation) {
        throw new UnsupportedOperationException("TODO task 2: GarbageCollector.collect");
    }

    // ---- task 3: generations, thresholds, automatic collection ---------------------------------------------

    /** {@code gc.enable()}: automatic collection on (the initial state). */
    public void enable() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.enable");
    }

    /** {@code gc.disable()}: no automatic collection; {@link #collect(int)} still works. */
    public void disable() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.disable");
    }

    /** {@code gc.isenabled()}. */
    public boolean isEnabled() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.isEnabled");
    }

    /**
     * {@code gc.set_threshold(threshold0, threshold1, threshold2)}. When a container is created and generation 0's
     * count becomes greater than {@code threshold0} (and threshold0 is not 0, collection is enabled and no
     * collection is running), the oldest generation whose count is greater than its threshold is collected, as
     * by {@link #collect(int)}. Generation 2 is skipped unless the objects promoted into it by collections of
     * generation 1 since the last full collection number at least a quarter of the objects that full collection
     * left in generation 2.
     */
    public void setThreshold(int threshold0, int threshold1, int threshold2) {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.setThreshold");
    }

    /** {@code gc.get_threshold()}: the three thresholds, {@code [700, 10, 10]} at first. */
    public List<Integer> getThreshold() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.getThreshold");
    }

    /**
     * {@code gc.get_count()}: {@code [count0, count1, count2]}. count0 is containers allocated
     * ({@link #objectCreated}) minus containers deallocated ({@link #objectDeallocated}, and the collector's own
     * frees) since generation 0 was last collected, never below 0; count1 and count2 are the collections of the next younger
     * generation since generation 1 (resp. 2) was last collected.
     */
    public List<Integer> getCount() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.getCount");
    }

    /** {@code gc.get_objects()}: every tracked object of generations 0, 1 and 2 (not frozen ones), youngest first. */
    public List<PyObject> getObjects() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.getObjects");
    }

    /**
     * {@code gc.get_objects(generation)}: the tracked objects in that generation, in the order they entered it.
     * {@code -1} means all generations, like {@link #getObjects()}.
     *
     * @throws pymem.model.PyException ValueError {@code generation parameter must be less than the number of
     *         available generations (3)} above 2, {@code generation parameter cannot be negative} below -1
     */
    public List<PyObject> getObjects(int generation) {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.getObjects");
    }

    /**
     * {@code gc.freeze()}: every tracked object moves to the permanent generation, which no collection examines
     * and {@link #getObjects()} and {@link #getReferrers} do not list. The objects stay tracked. Every
     * generation's count is reset to 0.
     */
    public void freeze() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.freeze");
    }

    /** {@code gc.unfreeze()}: the permanent generation's objects go back to generation 2. */
    public void unfreeze() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.unfreeze");
    }

    /** {@code gc.get_freeze_count()}: how many objects are in the permanent generation. */
    public int getFreezeCount() {
        throw new UnsupportedOperationException("TODO task 3: GarbageCollector.getFreezeCount");
    }

    // ---- task 4: finalizers ---------------------------------------------------------------------------------

    /**
     * {@code gc.is_finalized(obj)}: true once a collection has called {@code obj}'s {@code __del__}.
     *
     * <p>In a collection, the {@code __del__} of every unreachable instance whose class defines or inherits a
     * {@code "__del__"} {@link pymem.model.PyFunction} is called with the instance as its only argument, once per
     * object, ever (PEP 442), before anything is freed. A {@code __del__} that raises a
     * {@link pymem.model.PyException} does not stop the collection. A finalizer may resurrect garbage by making a
     * live object refer to it (and raising its refcount): then the resurrected objects and everything they reach
     * are not freed in this collection and do not count in its result; they move to the next older generation.
     * When they become garbage again, they are freed without their {@code __del__} being called a second time.
     */
    public boolean isFinalized(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 4: GarbageCollector.isFinalized");
    }

    // ---- task 5: introspection -------------------------------------------------------------------------------

    /**
     * {@code gc.get_referents(*objs)}: what each of {@code objs}'s traversal (CPython's tp_traverse) visits, one
     * argument after the other. Atoms contribute nothing; a container contributes its referents whether it is
     * tracked or not, in CPython 3.11's order: a list or tuple its items from the last to the first; a dict each
     * entry's value, in insertion order, followed by the entry's key only when the dict's key table is a general
     * one (a key that is not a str was once stored in it: a table of str keys never visits them); an instance its
     * attribute values, then its class; a set or cell in {@link PyObject#forEachReferent} order.
     *
     * @throws pymem.model.OutOfScopeError for a class or a function: CPython lists objects the model does not
     *     have (a class's {@code __dict__} and {@code __mro__}, a function's code, globals, defaults tuple)
     */
    public List<PyObject> getReferents(PyObject... objs) {
        throw new UnsupportedOperationException("TODO task 5: GarbageCollector.getReferents");
    }

    /**
     * {@code gc.get_referrers(*objs)}: the tracked objects of generations 0 to 2 whose traversal (as in
     * {@link #getReferents}) visits any of {@code objs}, each listed once, in generation order. Untracked and frozen
     * objects are not searched, so they are never reported; nor is a dict for a str key it holds.
     *
     * @throws pymem.model.OutOfScopeError when one of {@code objs} is a class or a function, or when a class or a
     *     function refers to one of them: CPython's referrer would be an object the model does not have
     */
    public List<PyObject> getReferrers(PyObject... objs) {
        throw new UnsupportedOperationException("TODO task 5: GarbageCollector.getReferrers");
    }
}
