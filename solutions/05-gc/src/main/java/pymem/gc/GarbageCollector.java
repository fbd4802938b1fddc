package pymem.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

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
    private static final int GENERATIONS = 3;
    private static final int OLDEST = GENERATIONS - 1;

    private final Heap heap;
    private final Consumer<PyObject> decref;
    private final GcList[] generations = {new GcList(), new GcList(), new GcList()};
    /** gc.freeze() moves objects here; no collection ever looks at them. */
    private final GcList permanent = new GcList();
    private final int[] thresholds = {700, 10, 10};
    /** count[0]: allocations minus deallocations since the last collection; count[i]: collections of gen i-1 since. */
    private final int[] counts = new int[GENERATIONS];
    private boolean enabled = true;
    /** True while a collection runs: no collection starts inside another (from a finalizer, say). */
    private boolean collecting;
    /** Objects that moved to the oldest generation since the last full collection, and its size then. */
    private long longLivedPending;
    private long longLivedTotal;

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
        if (!TrackingRules.isContainer(obj)) {
            return; // atoms are not allocated by the collector's allocator at all
        }
        counts[0]++;
        if (enabled && thresholds[0] != 0 && counts[0] > thresholds[0] && !collecting) {
            collecting = true;
            try {
                collectGenerations();
            } finally {
                collecting = false;
            }
        }
        // The new object was not tracked during that collection: nothing could see it yet.
        if (obj instanceof PyDict && !TrackingRules.dictNeedsTracking((PyDict) obj, this)) {
            return;
        }
        track(obj);
    }

    /**
     * {@code gc.is_tracked(obj)}: true while the collector watches {@code obj} (frozen objects included).
     * Atoms never are; lists, sets, instances, classes, functions and cells are from creation to death; tuples
     * and dicts may come and go (see {@link #dictStored} and {@link #collect(int)}).
     */
    public boolean isTracked(PyObject obj) {
        GcHead head = GcHead.of(obj);
        return head != null && head.isLinked();
    }

    /**
     * {@code dict[key] = value} was just done (CPython's MAINTAIN_TRACKING). An untracked dict becomes tracked
     * when the key or the value may be tracked: a container, except a tuple that is itself untracked. Storing
     * atoms changes nothing, and removing items never untracks a dict (only a full collection does).
     */
    public void dictStored(PyDict dict, PyObject key, PyObject value) {
        if (!(key instanceof PyStr)) {
            GcHead.attach(dict).generalKeys = true; // a str-only key table becomes a general one, for good
        }
        if (!isTracked(dict) && (TrackingRules.mayBeTracked(key, this) || TrackingRules.mayBeTracked(value, this))) {
            track(dict);
        }
    }

    /**
     * {@code obj} is being deallocated by reference counting (CPython's {@code PyObject_GC_Del}): it is no longer
     * tracked, and for a container generation 0's count goes down by one (it never goes below zero).
     * Atoms are ignored.
     */
    public void objectDeallocated(PyObject obj) {
        if (!TrackingRules.isContainer(obj)) {
            return;
        }
        untrack(obj);
        if (counts[0] > 0) {
            counts[0]--;
        }
    }

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
        GcHead head = GcHead.of(obj);
        return head != null && head.finalized;
    }

    private void track(PyObject obj) {
        GcHead head = GcHead.attach(obj);
        if (!head.isLinked()) {
            generations[0].append(head);
        }
    }

    private void untrack(PyObject obj) {
        GcHead head = GcHead.of(obj);
        if (head != null && head.isLinked()) {
            GcList.unlink(head);
            head.collecting = false;
            head.unreachable = false;
        }
    }

    // ---- tasks 2 and 4: collecting ---------------------------------------------------------------------

    /** {@code gc.collect()}: a full collection, {@code collect(2)}. */
    public int collect() {
        return collect(OLDEST);
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
        if (generation < 0 || generation > OLDEST) {
            throw new PyException("ValueError", "invalid generation");
        }
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectMain(generation);
        } finally {
            collecting = false;
        }
    }

    /** The oldest generation over its threshold is collected, except a full one that would be premature. */
    private void collectGenerations() {
        for (int i = OLDEST; i >= 0; i--) {
            if (counts[i] > thresholds[i]) {
                if (i == OLDEST && longLivedPending < longLivedTotal / 4) {
                    continue; // fewer than 25% new long-lived objects: a full collection would be mostly wasted
                }
                collectMain(i);
                return;
            }
        }
    }

    private int collectMain(int generation) {
        if (generation + 1 < GENERATIONS) {
            counts[generation + 1]++;
        }
        for (int i = 0; i <= generation; i++) {
            counts[i] = 0;
        }
        for (int i = 0; i < generation; i++) {
            generations[i].mergeInto(generations[generation]);
        }
        GcList young = generations[generation];
        GcList old = generation < OLDEST ? generations[generation + 1] : young;

        GcList unreachable = new GcList();
        Reachability.deduceUnreachable(young, unreachable);
        untrackTuples(young);
        if (young != old) {
            if (generation == OLDEST - 1) {
                longLivedPending += young.size();
            }
            young.mergeInto(old); // survivors are promoted
        } else {
            untrackDicts(young); // only full collections untrack dicts: doing it more often costs too much
            longLivedPending = 0;
            longLivedTotal = young.size();
        }

        GcList garbage = unreachable;
        // Without a finalizer call nothing can have changed a refcount, so the second look is only needed then.
        if (Finalizers.finalizeGarbage(unreachable)) {
            garbage = new GcList();
            Finalizers.handleResurrected(unreachable, garbage, old);
        }
        return deleteGarbage(garbage);
    }

    private void untrackTuples(GcList young) {
        for (GcHead h = young.first(); !young.isEnd(h); ) {
            GcHead next = h.next;
            if (h.object instanceof PyTuple && TrackingRules.tupleCanBeUntracked((PyTuple) h.object, this)) {
                untrack(h.object);
            }
            h = next;
        }
    }

    private void untrackDicts(GcList young) {
        for (GcHead h = young.first(); !young.isEnd(h); ) {
            GcHead next = h.next;
            if (h.object instanceof PyDict && !TrackingRules.dictNeedsTracking((PyDict) h.object, this)) {
                untrack(h.object);
            }
            h = next;
        }
    }

    /**
     * Frees every object of {@code garbage}. The references they hold to objects that live on are released
     * through the decref hook, as tp_clear's Py_DECREF does; references between garbage objects just vanish.
     * One pass: a freed head keeps its unreachable mark, so garbage freed later still knows it was garbage.
     * The decref hook must not untrack garbage: it is only ever given objects outside it.
     */
    private int deleteGarbage(GcList garbage) {
        Consumer<PyObject> releaseOutside = referent -> {
            GcHead rh = GcHead.of(referent);
            if (rh == null || !rh.unreachable) {
                decref.accept(referent);
            }
        };
        int found = 0;
        for (GcHead head = garbage.first(); !garbage.isEnd(head); head = head.next) {
            head.collecting = false;
            head.object.forEachReferent(releaseOutside);
            if (counts[0] > 0) {
                counts[0]--; // a GC object's deallocation, as in objectDeallocated
            }
            heap.free(head.object);
            found++;
        }
        garbage.clear(); // the freed objects are no longer tracked
        return found;
    }

    // ---- task 3: generations and thresholds --------------------------------------------------------------

    /** {@code gc.enable()}: automatic collection on (the initial state). */
    public void enable() {
        enabled = true;
    }

    /** {@code gc.disable()}: no automatic collection; {@link #collect(int)} still works. */
    public void disable() {
        enabled = false;
    }

    /** {@code gc.isenabled()}. */
    public boolean isEnabled() {
        return enabled;
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
        thresholds[0] = threshold0;
        thresholds[1] = threshold1;
        thresholds[2] = threshold2;
    }

    /** {@code gc.get_threshold()}: the three thresholds, {@code [700, 10, 10]} at first. */
    public List<Integer> getThreshold() {
        return List.of(thresholds[0], thresholds[1], thresholds[2]);
    }

    /**
     * {@code gc.get_count()}: {@code [count0, count1, count2]}. count0 is containers allocated
     * ({@link #objectCreated}) minus containers deallocated ({@link #objectDeallocated}, and the collector's own
     * frees) since generation 0 was last collected, never below 0; count1 and count2 are the collections of the next younger
     * generation since generation 1 (resp. 2) was last collected.
     */
    public List<Integer> getCount() {
        return List.of(counts[0], counts[1], counts[2]);
    }

    /**
     * {@code gc.get_objects(generation)}: the tracked objects in that generation, in the order they entered it.
     * {@code -1} means all generations, like {@link #getObjects()}.
     *
     * @throws pymem.model.PyException ValueError {@code generation parameter must be less than the number of
     *         available generations (3)} above 2, {@code generation parameter cannot be negative} below -1
     */
    public List<PyObject> getObjects(int generation) {
        if (generation > OLDEST) {
            throw new PyException("ValueError",
                    "generation parameter must be less than the number of available generations (" + GENERATIONS + ")");
        }
        if (generation == -1) {
            return getObjects(); // Python's default, generation=None
        }
        if (generation < 0) {
            throw new PyException("ValueError", "generation parameter cannot be negative");
        }
        return generations[generation].objects();
    }

    /** {@code gc.get_objects()}: every tracked object of generations 0, 1 and 2 (not frozen ones), youngest first. */
    public List<PyObject> getObjects() {
        List<PyObject> all = new ArrayList<>();
        for (GcList generation : generations) {
            all.addAll(generation.objects());
        }
        return all;
    }

    /**
     * {@code gc.freeze()}: every tracked object moves to the permanent generation, which no collection examines
     * and {@link #getObjects()} and {@link #getReferrers} do not list. The objects stay tracked. Every
     * generation's count is reset to 0.
     */
    public void freeze() {
        for (int i = 0; i < GENERATIONS; i++) {
            generations[i].mergeInto(permanent);
            counts[i] = 0; // gc_freeze_impl resets every generation's count
        }
    }

    /** {@code gc.unfreeze()}: the permanent generation's objects go back to generation 2. */
    public void unfreeze() {
        permanent.mergeInto(generations[OLDEST]);
    }

    /** {@code gc.get_freeze_count()}: how many objects are in the permanent generation. */
    public int getFreezeCount() {
        return permanent.size();
    }

    // ---- task 5: introspection ---------------------------------------------------------------------------

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
        return Introspection.referents(objs);
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
        return Introspection.referrers(getObjects(), objs);
    }
}
