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

/** CPython 3.11's cyclic garbage collector (Modules/gcmodule.c) over the model: see the stub for the contracts. */
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

    public GarbageCollector(Heap heap, Consumer<PyObject> decref) {
        this.heap = heap;
        this.decref = decref;
    }

    // ---- task 1: tracking ------------------------------------------------------------------------------

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

    public boolean isTracked(PyObject obj) {
        GcHead head = GcHead.of(obj);
        return head != null && head.isLinked();
    }

    public void dictStored(PyDict dict, PyObject key, PyObject value) {
        if (!(key instanceof PyStr)) {
            GcHead.attach(dict).generalKeys = true; // a str-only key table becomes a general one, for good
        }
        if (!isTracked(dict) && (TrackingRules.mayBeTracked(key, this) || TrackingRules.mayBeTracked(value, this))) {
            track(dict);
        }
    }

    public void objectDeallocated(PyObject obj) {
        if (!TrackingRules.isContainer(obj)) {
            return;
        }
        untrack(obj);
        if (counts[0] > 0) {
            counts[0]--;
        }
    }

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

    public int collect() {
        return collect(OLDEST);
    }

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

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setThreshold(int threshold0, int threshold1, int threshold2) {
        thresholds[0] = threshold0;
        thresholds[1] = threshold1;
        thresholds[2] = threshold2;
    }

    public List<Integer> getThreshold() {
        return List.of(thresholds[0], thresholds[1], thresholds[2]);
    }

    public List<Integer> getCount() {
        return List.of(counts[0], counts[1], counts[2]);
    }

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

    public List<PyObject> getObjects() {
        List<PyObject> all = new ArrayList<>();
        for (GcList generation : generations) {
            all.addAll(generation.objects());
        }
        return all;
    }

    public void freeze() {
        for (int i = 0; i < GENERATIONS; i++) {
            generations[i].mergeInto(permanent);
            counts[i] = 0; // gc_freeze_impl resets every generation's count
        }
    }

    public void unfreeze() {
        permanent.mergeInto(generations[OLDEST]);
    }

    public int getFreezeCount() {
        return permanent.size();
    }

    // ---- task 5: introspection ---------------------------------------------------------------------------

    public List<PyObject> getReferents(PyObject... objs) {
        return Introspection.referents(objs);
    }

    public List<PyObject> getReferrers(PyObject... objs) {
        return Introspection.referrers(getObjects(), objs);
    }
}
