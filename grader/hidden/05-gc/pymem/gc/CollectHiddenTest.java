package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

@DisplayName("Task 2: collecting cycles")
@Tag("task:2")
class CollectHiddenTest {
    private final GcFixtures w = new GcFixtures();

    /** Every test here builds on tracking (5.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        GcFixtures.requireTracking();
    }

    @Test
    @Concept("5.2")
    @Points(2)
    @DisplayName("frees a list that contains itself and counts it once")
    void selfReferencingList() {
        PyList a = w.list();
        w.append(a, a);
        w.del(a);
        assertThat(w.gc.collect()).as("a = []; a.append(a); del a: gc.collect() finds one unreachable object")
                .isEqualTo(GcFacts.COLLECT_SELF_REFERENCING_LIST);
        assertThat(a.isFreed()).as("an unreachable cycle must be freed on the heap").isTrue();
        assertThat(w.gc.isTracked(a)).as("a freed object is no longer tracked").isFalse();
    }

    @Test
    @Concept("5.2")
    @Points(2)
    @DisplayName("frees two instances that refer to each other")
    void twoInstanceCycle() {
        PyClass cls = w.cls("A");
        PyInstance[] pair = w.garbagePair(cls);
        assertThat(w.gc.collect()).as("a.other = b; b.other = a; del a, b: collect counts both instances")
                .isEqualTo(GcFacts.COLLECT_TWO_INSTANCE_CYCLE);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("both members of the cycle are freed").isTrue();
        assertThat(cls.isFreed()).as("the class is still named: it must survive").isFalse();
    }

    @Test
    @Concept("5.2")
    @Points(2)
    @DisplayName("frees a dict that contains itself and a list-tuple cycle")
    void dictAndTupleCycles() {
        PyDict d = w.dict();
        w.put(d, w.integer(1), d);
        w.del(d);
        int dictFound = w.gc.collect();
        PyList a = w.list();
        PyTuple t = w.tuple(a);
        w.append(a, t);
        w.del(a, t);
        assertThat(dictFound).as("d = {}; d[1] = d; del d: one unreachable object")
                .isEqualTo(GcFacts.COLLECT_SELF_REFERENCING_DICT);
        assertThat(w.gc.collect()).as("a = []; t = (a,); a.append(t); del a, t: the list and the tuple")
                .isEqualTo(GcFacts.COLLECT_LIST_TUPLE_CYCLE);
        assertThat(d.isFreed() && a.isFreed() && t.isFreed()).as("every unreachable cycle is freed").isTrue();
    }

    @Test
    @Concept("5.2")
    @Points(3)
    @DisplayName("keeps a cycle that a live object still refers to, and frees it once it is dropped")
    void cycleReachableFromOutsideSurvives() {
        PyList x = w.list();
        PyList y = w.list();
        PyList z = w.list();
        w.append(x, y);
        w.append(y, z);
        w.append(z, x);
        PyList keep = w.list(x);
        w.del(x, y, z);
        int whileKept = w.gc.collect();
        boolean survived = !x.isFreed() && !y.isFreed() && !z.isFreed();
        w.del(keep);
        w.gc.objectDeallocated(keep); // refcounting frees keep; the collector must forget it
        w.heap.free(keep);
        w.del(x); // keep's reference to x is gone with it
        assertThat(whileKept).as("a cycle reachable from a live list is not garbage")
                .isEqualTo(GcFacts.COLLECT_CYCLE_REACHABLE_FROM_OUTSIDE);
        assertThat(survived).as("objects reachable from outside the collected set must never be freed").isTrue();
        assertThat(w.gc.collect()).as("once nothing outside refers to it, the three-list cycle is collected")
                .isEqualTo(GcFacts.COLLECT_THREE_LIST_CYCLE);
    }

    @Test
    @Concept("5.2")
    @Points(3)
    @DisplayName("keeps objects reachable only through objects examined later in the generation")
    void reachabilityDoesNotDependOnOrder() {
        // Created before their root, so a single pass in creation order meets them first with no outside reference.
        PyList tail = w.list();
        PyList middle = w.list(tail);
        PyList loop = w.list();
        w.append(loop, loop);
        w.append(tail, loop);
        PyList root = w.list(middle);
        w.del(tail, middle, loop);
        assertThat(w.gc.collect()).as("everything reachable from a root survives, whatever the order").isZero();
        assertThat(List.of(tail, middle, loop, root)).as("no reachable object may be freed")
                .noneMatch(PyObject::isFreed);
        assertThat(w.gc.getObjects(2)).as("all four survivors are tracked in generation 2")
                .containsExactlyInAnyOrder(tail, middle, loop, root);
    }

    @Test
    @Concept("5.3")
    @Points(3)
    @DisplayName("frees garbage but not a named object the garbage refers to")
    void garbageMayReferToLiveObjects() {
        PyList named = w.list();
        PyList inner = w.list();
        PyList a = w.list(named, inner);
        PyList b = w.list(a);
        w.append(a, b);
        w.del(inner, a, b);
        assertThat(w.gc.collect()).as("a, b and the list only they hold are unreachable; the named list is not")
                .isEqualTo(3);
        assertThat(named.isFreed()).as("an object with a reference from outside the garbage must survive").isFalse();
        assertThat(inner.isFreed()).as("a container only garbage refers to is garbage too").isTrue();
        assertThat(w.released).as("freeing garbage releases exactly its references to surviving objects")
                .containsExactly(named);
        assertThat(named.refcount()).as("only the name's reference is left").isEqualTo(1);
    }

    @Test
    @Concept("5.3")
    @Points(2)
    @DisplayName("releases each reference garbage held to a surviving object through the decref hook")
    void garbageReleasesItsOutsideReferences() {
        PyClass cls = w.cls("Node");
        PyInt payload = w.integer(42);
        PyInstance[] pair = w.garbagePair(cls);
        w.setattr(pair[0], "payload", payload);
        w.setattr(pair[1], "payload", payload);
        w.del(payload);
        w.gc.collect();
        assertThat(payload.refcount()).as("the int lost both references the dead instances held").isZero();
        assertThat(cls.refcount()).as("each dead instance held one reference to its class").isEqualTo(1);
        assertThat(w.released).as("one decref per reference, never for references between garbage objects")
                .containsExactlyInAnyOrder(cls, payload, cls, payload);
    }

    @Test
    @Concept("5.3")
    @Points(2)
    @DisplayName("counts a function and the closure cell that refers back to it")
    void functionClosureCycle() {
        PyCell cell = w.heap.newCell(null);
        cell.setRefcount(1);
        w.gc.objectCreated(cell);
        PyFunction f = w.heap.register(new PyFunction("f", args -> args.get(0), List.of(), List.of(cell)));
        f.setRefcount(1);
        w.gc.objectCreated(f);
        cell.setContents(f);
        f.setRefcount(2);
        cell.setRefcount(2); // the name and f's closure
        w.del(f, cell);
        assertThat(w.gc.collect()).as("def f(): return f inside another function: f and its cell form a cycle")
                .isEqualTo(2);
        assertThat(f.isFreed() && cell.isFreed()).as("the function and the cell are freed").isTrue();
    }

    @Test
    @Concept("5.4")
    @Points(2)
    @DisplayName("rejects a generation other than 0, 1 or 2 with ValueError")
    void invalidGeneration() {
        assertThatThrownBy(() -> w.gc.collect(3)).as("gc.collect(3)").isInstanceOf(PyException.class)
                .hasMessage(GcFacts.INVALID_GENERATION)
                .satisfies(e -> assertThat(((PyException) e).pythonType()).as("the exception type").isEqualTo("ValueError"));
        assertThatThrownBy(() -> w.gc.collect(-1)).as("gc.collect(-1)").isInstanceOf(PyException.class)
                .hasMessage(GcFacts.INVALID_GENERATION);
    }

    @Test
    @Concept("5.5")
    @Points(2)
    @DisplayName("untracks surviving tuples that hold nothing trackable")
    void tuplesAreUntrackedLazily() {
        PyTuple atoms = w.tuple(w.integer(1), w.integer(2));
        PyList list = w.list();
        PyTuple withList = w.tuple(list);
        PyTuple nested = w.tuple(atoms);
        w.gc.collect(0);
        assertThat(w.gc.isTracked(atoms)).as("a tuple of atoms is untracked by the first collection that sees it")
                .isEqualTo(GcFacts.TRACKED_TUPLE_OF_ATOMS_AFTER_COLLECT);
        assertThat(w.gc.isTracked(withList)).as("a tuple holding a list stays tracked")
                .isEqualTo(GcFacts.TRACKED_TUPLE_WITH_LIST_AFTER_COLLECT);
        assertThat(w.gc.isTracked(nested)).as("a tuple holding only an untracked tuple is untracked too").isFalse();
        assertThat(w.gc.isTracked(list)).as("lists are never untracked by a collection").isTrue();
    }

    @Test
    @Concept("5.5")
    @Points(2)
    @DisplayName("untracks dicts of atoms in full collections only")
    void dictsAreUntrackedByFullCollections() {
        PyDict d = w.dict();
        w.put(d, w.integer(1), w.integer(2));
        PyObject key = w.integer(2);
        PyList value = w.list();
        w.put(d, key, value);
        d.remove(key); // del d[2]
        value.setRefcount(value.refcount() - 1);
        w.gc.collect(1);
        boolean afterYoung = w.gc.isTracked(d);
        w.gc.collect();
        assertThat(afterYoung).as("collect(1) does not untrack dicts").isEqualTo(GcFacts.TRACKED_DICT_AFTER_YOUNG_COLLECT);
        assertThat(w.gc.isTracked(d)).as("a full collection untracks a dict left holding only atoms")
                .isEqualTo(GcFacts.TRACKED_DICT_AFTER_FULL_COLLECT);
    }

    @Test
    @Concept("5.4")
    @Points(2)
    @DisplayName("examines only the requested generation and the younger ones")
    void collectLeavesOlderGenerationsAlone() {
        PyList a = w.list();
        w.append(a, a);
        w.gc.collect(0); // a is named: it survives into generation 1
        w.del(a);
        int young = w.gc.collect(0);
        boolean survivedYoung = !a.isFreed();
        assertThat(young).as("collect(0) must not examine generation 1").isZero();
        assertThat(survivedYoung).as("garbage in an older generation waits for that generation's collection").isTrue();
        assertThat(w.gc.collect(1)).as("collect(1) examines generations 0 and 1").isEqualTo(1);
        assertThat(a.isFreed()).as("garbage found by collect(1) is freed").isTrue();
    }
}
