package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

@DisplayName("Task 1: tracking")
@Tag("task:1")
class TrackingHiddenTest {
    private final GcFixtures w = new GcFixtures();

    @Test
    @Concept("5.1")
    @Points(2)
    @DisplayName("never tracks atoms: int, str, float, None, bytearray")
    void atomsAreNeverTracked() {
        PyObject[] atoms = {w.integer(12345), w.str("ab"), w.heap.newFloat(1.5), w.heap.newNone(),
                w.heap.newByteArray(new byte[] {97})};
        for (PyObject atom : atoms) {
            w.gc.objectCreated(atom);
        }
        assertThat(w.gc.isTracked(atoms[0])).as("an int can refer to nothing, so it is never tracked")
                .isEqualTo(GcFacts.TRACKED_INT);
        assertThat(w.gc.isTracked(atoms[1])).as("a str is never tracked").isEqualTo(GcFacts.TRACKED_STR);
        assertThat(w.gc.isTracked(atoms[2])).as("a float is never tracked").isEqualTo(GcFacts.TRACKED_FLOAT);
        assertThat(w.gc.isTracked(atoms[3])).as("None is never tracked").isEqualTo(GcFacts.TRACKED_NONE);
        assertThat(w.gc.isTracked(atoms[4])).as("a bytearray holds bytes, not references: never tracked")
                .isEqualTo(GcFacts.TRACKED_BYTEARRAY);
        assertThat(w.gc.getObjects()).as("atoms never appear among the tracked objects").doesNotContain(atoms);
    }

    @Test
    @Concept("5.1")
    @Points(2)
    @DisplayName("tracks lists, sets, instances, classes, functions and new tuples from creation")
    void containersAreTrackedFromCreation() {
        PyList list = w.list();
        var set = w.set();
        var cls = w.cls("C");
        var inst = w.instance(cls);
        PyFunction fn = w.heap.newFunction("f", args -> args.get(0));
        w.gc.objectCreated(fn);
        PyTuple tuple = w.tuple(w.integer(1), w.integer(2));
        assertThat(w.gc.isTracked(list)).as("a new list is tracked").isEqualTo(GcFacts.TRACKED_LIST);
        assertThat(w.gc.isTracked(set)).as("a new set is tracked").isEqualTo(GcFacts.TRACKED_SET);
        assertThat(w.gc.isTracked(inst)).as("a new instance is tracked").isEqualTo(GcFacts.TRACKED_INSTANCE);
        assertThat(w.gc.isTracked(cls)).as("a class is tracked").isEqualTo(GcFacts.TRACKED_CLASS);
        assertThat(w.gc.isTracked(fn)).as("a function is tracked").isEqualTo(GcFacts.TRACKED_FUNCTION);
        assertThat(w.gc.isTracked(tuple)).as("a new tuple is tracked, even one holding only atoms")
                .isEqualTo(GcFacts.TRACKED_NEW_TUPLE_OF_ATOMS);
    }

    @Test
    @Concept("5.1")
    @Points(2)
    @DisplayName("keeps a dict untracked while it holds only atoms and tracks it when a container is stored")
    void dictTrackingFollowsStores() {
        PyDict d = w.dict();
        boolean empty = w.gc.isTracked(d);
        w.put(d, w.integer(1), w.integer(2));
        boolean ofAtoms = w.gc.isTracked(d);
        PyObject key = w.integer(2);
        w.put(d, key, w.list());
        boolean withList = w.gc.isTracked(d);
        d.remove(key);
        assertThat(empty).as("d = {}: an empty dict starts untracked").isEqualTo(GcFacts.TRACKED_EMPTY_DICT);
        assertThat(ofAtoms).as("d[1] = 2: storing atoms keeps a dict untracked").isEqualTo(GcFacts.TRACKED_DICT_OF_ATOMS);
        assertThat(withList).as("d[2] = []: storing a container makes the dict tracked")
                .isEqualTo(GcFacts.TRACKED_DICT_WITH_LIST);
        assertThat(w.gc.isTracked(d)).as("del d[2]: removing the container does not untrack the dict")
                .isEqualTo(GcFacts.TRACKED_DICT_AFTER_LIST_REMOVED);
    }

    @Test
    @Concept("5.1")
    @Points(1)
    @DisplayName("tracks a dict whose key is a container")
    void dictWithContainerKeyIsTracked() {
        PyDict d = w.dict();
        w.put(d, w.tuple(w.list()), w.integer(1));
        assertThat(w.gc.isTracked(d)).as("a container stored as a key may be part of a cycle too").isTrue();
    }

    @Test
    @Concept("5.1")
    @Points(2)
    @DisplayName("tracks a dict for a tracked tuple but not for a tuple the collector has untracked")
    void dictTrackingLooksAtTupleTracking() {
        PyDict e = w.dict();
        w.put(e, w.integer(1), w.tuple(w.integer(1), w.integer(2)));
        boolean eTracked = w.gc.isTracked(e);
        PyTuple t = w.tuple(w.integer(1), w.integer(2));
        w.gc.collect();
        PyDict f = w.dict();
        w.put(f, w.integer(1), t);
        assertThat(eTracked).as("a tracked tuple may still be in a cycle: storing it tracks the dict")
                .isEqualTo(GcFacts.TRACKED_DICT_WITH_TRACKED_TUPLE);
        assertThat(w.gc.isTracked(f)).as("an untracked tuple can never be in a cycle: the dict stays untracked")
                .isEqualTo(GcFacts.TRACKED_DICT_WITH_UNTRACKED_TUPLE);
    }

    @Test
    @Concept("5.1")
    @Points(1)
    @DisplayName("tracks a dict created already holding a container")
    void dictCreatedWithContainerIsTracked() {
        PyDict d = w.heap.newDict();
        d.put(w.str("k"), w.list());
        d.setRefcount(1);
        w.gc.objectCreated(d);
        PyDict atoms = w.heap.newDict();
        atoms.put(w.str("k"), w.integer(1));
        atoms.setRefcount(1);
        w.gc.objectCreated(atoms);
        assertThat(w.gc.isTracked(d)).as("dict(k=[]) is tracked from creation").isTrue();
        assertThat(w.gc.isTracked(atoms)).as("dict(k=1) starts untracked").isFalse();
    }

    @Test
    @Concept("5.1")
    @Points(1)
    @DisplayName("stops tracking an object deallocated by reference counting")
    void deallocationUntracks() {
        PyList a = w.list();
        PyList b = w.list();
        w.gc.objectDeallocated(a);
        assertThat(w.gc.isTracked(a)).as("a deallocated object is no longer tracked").isFalse();
        assertThat(w.gc.getObjects()).as("only the deallocated object leaves the generation").containsExactly(b);
    }
}
