package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyCallable;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("Task 4: finalizers and resurrection")
@Tag("task:4")
class FinalizerHiddenTest {
    private final GcFixtures w = new GcFixtures();

    /** Every test here builds on tracking and finding garbage (5.1, 5.2): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        GcFixtures.requireTracking();
        GcFixtures.requireFindingGarbage();
    }
    private final PyObject none = w.heap.newNone();
    /** A module-level list {@code saved}, where resurrecting finalizers store their object. */
    private final PyList saved = w.list();
    private final List<PyObject> delCalls = new ArrayList<>();

    /** {@code def __del__(self): calls += 1}. */
    private final PyCallable counting = args -> {
        delCalls.add(args.get(0));
        return none;
    };

    /** {@code def __del__(self): calls += 1; saved.append(self)}. */
    private final PyCallable resurrecting = args -> {
        delCalls.add(args.get(0));
        w.append(saved, args.get(0));
        return none;
    };

    /** {@code saved.clear()}. */
    private void clearSaved() {
        w.del(saved.items().toArray(new PyObject[0]));
        saved.clear();
    }

    @Test
    @Concept("5.7")
    @Points(3)
    @DisplayName("resurrects a cycle whose finalizers save it and frees it later without calling __del__ again")
    void resurrectionHappensOncePerObject() {
        PyInstance[] pair = w.garbagePair(w.clsWithDel("Resurrecting", resurrecting));
        boolean finalizedBefore = w.gc.isFinalized(pair[0]);
        int first = w.gc.collect();
        int callsAfterFirst = delCalls.size();
        boolean finalizedAfter = w.gc.isFinalized(pair[0]);
        boolean survived = !pair[0].isFreed() && !pair[1].isFreed();
        clearSaved();
        int second = w.gc.collect();
        assertThat(finalizedBefore).as("gc.is_finalized before any collection").isEqualTo(GcFacts.FINALIZED_BEFORE_COLLECT);
        assertThat(first).as("resurrected objects are not counted as unreachable")
                .isEqualTo(GcFacts.COLLECT_RESURRECTED_PAIR_FIRST);
        assertThat(callsAfterFirst).as("every unreachable object's __del__ runs").isEqualTo(GcFacts.DEL_CALLS_AFTER_FIRST);
        assertThat(finalizedAfter).as("gc.is_finalized after __del__ ran").isEqualTo(GcFacts.FINALIZED_AFTER_RESURRECTION);
        assertThat(survived).as("an object a finalizer resurrected must not be freed").isTrue();
        assertThat(second).as("once garbage again, the pair is collected")
                .isEqualTo(GcFacts.COLLECT_RESURRECTED_PAIR_SECOND);
        assertThat(delCalls.size()).as("a finalizer runs once per object, ever (PEP 442)")
                .isEqualTo(GcFacts.DEL_CALLS_AFTER_SECOND);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("the second collection frees the pair").isTrue();
    }

    @Test
    @Concept("5.7")
    @Points(3)
    @DisplayName("keeps everything a resurrected object reaches, for that collection only")
    void resurrectionIsTransitive() {
        PyInstance p = w.instance(w.clsWithDel("Saver", resurrecting));
        PyInstance q = w.instance(w.clsWithDel("Quiet", counting));
        PyList r = w.list();
        w.setattr(p, "q", q);
        w.setattr(q, "p", p);
        w.setattr(q, "r", r);
        w.append(r, r);
        w.del(p, q, r);
        int first = w.gc.collect();
        boolean allKept = !p.isFreed() && !q.isFreed() && !r.isFreed();
        clearSaved();
        int second = w.gc.collect();
        assertThat(first).as("only p saves itself, but q and r are reachable from p: nothing is garbage")
                .isEqualTo(GcFacts.COLLECT_TRANSITIVE_RESURRECTION_FIRST);
        assertThat(allKept).as("objects reachable from a resurrected object survive too").isTrue();
        assertThat(second).as("the next collection finds all three").isEqualTo(GcFacts.COLLECT_TRANSITIVE_RESURRECTION_SECOND);
        assertThat(delCalls).as("each finalizer ran exactly once over both collections").containsExactlyInAnyOrder(p, q);
    }

    @Test
    @Concept("5.7")
    @Points(2)
    @DisplayName("calls __del__ of a self-referencing instance once and frees it")
    void selfCycleWithFinalizer() {
        PyInstance s = w.instance(w.clsWithDel("Quiet", counting));
        w.setattr(s, "me", s);
        w.del(s);
        assertThat(w.gc.collect()).as("s.me = s; del s: one unreachable object")
                .isEqualTo(GcFacts.COLLECT_SELF_CYCLE_WITH_DEL);
        assertThat(delCalls).as("__del__ is called once, with the object as self").hasSize(GcFacts.DEL_CALLS_SELF_CYCLE)
                .containsExactly(s);
        assertThat(s.isFreed()).as("a finalizer that does not resurrect lets the object be freed").isTrue();
    }

    @Test
    @Concept("5.7")
    @Points(2)
    @DisplayName("goes on collecting when a __del__ raises")
    void raisingFinalizerDoesNotStopCollection() {
        PyClass cls = w.clsWithDel("Raising", args -> {
            delCalls.add(args.get(0));
            throw new PyException("RuntimeError", "boom");
        });
        PyInstance[] pair = w.garbagePair(cls);
        assertThat(w.gc.collect()).as("an exception in __del__ is ignored, as CPython reports and ignores it")
                .isEqualTo(GcFacts.COLLECT_PAIR_WITH_RAISING_DEL);
        assertThat(delCalls).as("the other finalizer still runs").hasSize(2);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("the pair is freed anyway").isTrue();
    }

    @Test
    @Concept("5.7")
    @Points(2)
    @DisplayName("runs every finalizer before freeing anything, and none for reachable objects")
    void finalizersSeeTheirCycleAlive() {
        List<Boolean> otherAliveDuringDel = new ArrayList<>();
        PyClass cls = w.clsWithDel("Chain", args -> {
            PyInstance self = (PyInstance) args.get(0);
            otherAliveDuringDel.add(!self.getAttribute("other").isFreed());
            return none;
        });
        w.garbagePair(cls);
        PyInstance live = w.instance(cls);
        w.gc.collect();
        assertThat(otherAliveDuringDel).as("finalizers run while all the garbage still exists").containsExactly(true, true);
        assertThat(w.gc.isFinalized(live)).as("a reachable object's __del__ is never called").isFalse();
    }

    @Test
    @Concept("5.7")
    @Points(2)
    @DisplayName("uses an inherited __del__ and moves resurrected objects to the next generation")
    void inheritedFinalizerAndPromotion() {
        PyClass base = w.clsWithDel("Base", resurrecting);
        PyClass derived = w.heap.register(new PyClass("Derived", List.of(base), null));
        derived.setRefcount(1);
        w.gc.objectCreated(derived);
        base.setRefcount(base.refcount() + 1);
        PyInstance[] pair = w.garbagePair(derived);
        int found = w.gc.collect(0);
        assertThat(delCalls).as("__del__ is looked up through the class's bases").containsExactlyInAnyOrder(pair[0], pair[1]);
        assertThat(found).as("both were resurrected").isZero();
        assertThat(w.gc.getObjects(1)).as("resurrected objects move to the next older generation, like survivors")
                .contains(pair[0], pair[1]);
    }

    @Test
    @Concept("5.7")
    @Points(1)
    @DisplayName("returns 0 from a collection started inside a finalizer")
    void collectInsideFinalizer() {
        List<Integer> nested = new ArrayList<>();
        PyClass cls = w.clsWithDel("Nested", args -> {
            nested.add(w.gc.collect());
            return none;
        });
        w.garbagePair(cls);
        int outer = w.gc.collect();
        assertThat(nested).as("a collection already runs: a nested gc.collect() does nothing").containsExactly(0, 0);
        assertThat(outer).as("the outer collection still frees the pair").isEqualTo(2);
    }

    @Test
    @Concept("5.6")
    @Points(1)
    @DisplayName("counts containers a finalizer creates, minus the garbage freed after it, in count0")
    void finalizerAllocationsAndFreedGarbageMoveCount0() {
        PyClass cls = w.clsWithDel("Maker", args -> {
            w.list();
            w.list(); // def __del__(self): keep.extend([[], []])
            return none;
        });
        PyInstance s = w.instance(cls);
        w.setattr(s, "me", s);
        w.del(s);
        w.gc.collect();
        assertThat(w.gc.getCount().get(0)).as("count0 = 2 made by __del__ - 1 freed by the collection after it")
                .isEqualTo(1);
    }

    @Test
    @Concept("5.7")
    @Points(3)
    @DisplayName("never calls again a __del__ that raised after resurrecting its object, in any later collection")
    void raisingFinalizerRunsOnce() {
        PyClass cls = w.clsWithDel("SavingThenRaising", args -> {
            delCalls.add(args.get(0));
            w.append(saved, args.get(0));
            throw new PyException("RuntimeError", "boom");
        });
        PyInstance[] pair = w.garbagePair(cls);
        int first = w.gc.collect();
        boolean finalized = w.gc.isFinalized(pair[0]);
        clearSaved();
        int second = w.gc.collect();
        assertThat(first).as("__del__ saved both objects before raising: they are resurrected")
                .isEqualTo(GcFacts.COLLECT_RAISING_RESURRECTED_FIRST);
        assertThat(finalized).as("gc.is_finalized is True once __del__ was called, even though it raised")
                .isEqualTo(GcFacts.FINALIZED_AFTER_RAISING_DEL);
        assertThat(delCalls).as("a finalizer that raised is not called again when its object is garbage again (PEP 442)")
                .hasSize(GcFacts.DEL_CALLS_RAISING_AFTER_SECOND);
        assertThat(second).as("the second collection frees the pair without finalizing it again")
                .isEqualTo(GcFacts.COLLECT_RAISING_RESURRECTED_SECOND);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("the pair is freed by the second collection").isTrue();
    }
}

