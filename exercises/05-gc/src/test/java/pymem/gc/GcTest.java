package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.picture.HeapPicture;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/**
 * The visible tests of exercise 05-gc, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class GcTest {
    final Heap heap = new Heap();
    final GarbageCollector gc = new GarbageCollector(heap, obj -> obj.setRefcount(obj.refcount() - 1));

    <T extends PyObject> T created(T obj) {
        obj.setRefcount(1);
        gc.objectCreated(obj);
        return obj;
    }

    PyList list(PyObject... items) {
        for (PyObject item : items) {
            item.setRefcount(item.refcount() + 1);
        }
        return created(heap.newList(items));
    }

    void append(PyList list, PyObject item) {
        list.append(item);
        item.setRefcount(item.refcount() + 1);
    }

    void setattr(PyInstance obj, String name, PyObject value) {
        obj.setAttribute(name, value);
        value.setRefcount(value.refcount() + 1);
    }

    PyInstance instance(PyClass cls) {
        cls.setRefcount(cls.refcount() + 1);
        return created(heap.newInstance(cls));
    }

    void del(PyObject... names) {
        for (PyObject obj : names) {
            obj.setRefcount(obj.refcount() - 1);
        }
    }

    /** {@code a, b = cls(), cls(); a.other, b.other = b, a; del a, b}: two instances only a collection frees. */
    PyInstance[] garbagePair(PyClass cls) {
        PyInstance a = instance(cls);
        PyInstance b = instance(cls);
        setattr(a, "other", b);
        setattr(b, "other", a);
        del(a, b);
        return new PyInstance[] {a, b};
    }

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Tracking")
    class Task1 {
        @Test
        @Tag("concept:5.1")
        @DisplayName("tracks a new list but never an int")
        void listsAreTrackedIntsAreNot() {
            // GIVEN x = [] and n = 12345
            PyList x = list();
            PyObject n = created(heap.newInt(12345));
            // THEN
            assertThat(gc.isTracked(x)).as("gc.is_tracked([])").isTrue();
            assertThat(gc.isTracked(n)).as("gc.is_tracked(12345)").isFalse();
        }

        @Test
        @Tag("concept:5.1")
        @DisplayName("tracks a dict only once a container is stored in it")
        void dictTrackedOnContainerStore() {
            // GIVEN d = {}; d['a'] = 1
            PyDict d = created(heap.newDict());
            PyObject a = created(heap.newStr("a"));
            PyObject one = created(heap.newInt(1));
            d.put(a, one);
            gc.dictStored(d, a, one);
            boolean ofAtoms = gc.isTracked(d);
            // WHEN d['b'] = []
            PyObject b = created(heap.newStr("b"));
            PyList empty = list();
            d.put(b, empty);
            gc.dictStored(d, b, empty);
            // THEN
            assertThat(ofAtoms).as("a dict of atoms is not tracked").isFalse();
            assertThat(gc.isTracked(d)).as("a dict holding a list is tracked").isTrue();
        }
    
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Collecting cycles")
    class Task2 {
        @Test
        @Tag("concept:5.2")
        @DisplayName("frees a list that contains itself")
        void selfReferencingList() {
            // GIVEN a = []; a.append(a); del a
            PyList a = list();
            append(a, a);
            del(a);
            // WHEN
            int found = gc.collect();
            // THEN
            assertThat(found).as("gc.collect() returns the number of unreachable objects").isEqualTo(1);
            HeapPicture.expect(a).dead();
            assertThat(a.isFreed()).as("the cycle is freed").isTrue();
        }

        @Test
        @Tag("concept:5.2")
        @DisplayName("keeps a cycle that a named list still refers to")
        void reachableCycleSurvives() {
            // GIVEN a = []; b = [a]; a.append(b); keep = [a]; del a, b
            PyList a = list();
            PyList b = list(a);
            append(a, b);
            PyList keep = list(a);
            del(a, b);
            // WHEN
            int found = gc.collect();
            // THEN
            assertThat(found).as("nothing is unreachable").isZero();
            assertThat(a.isFreed() || b.isFreed() || keep.isFreed()).as("reachable objects are never freed").isFalse();
        }

        @Test
        @Tag("concept:5.2")
        @Tag("concept:5.3")
        @DisplayName("frees two instances that refer to each other")
        void instancePair() {
            // GIVEN class A: pass; a, b = A(), A(); a.other, b.other = b, a; del a, b
            PyClass cls = created(heap.newClass("A"));
            PyInstance a = instance(cls);
            PyInstance b = instance(cls);
            setattr(a, "other", b);
            setattr(b, "other", a);
            del(a, b);
            // WHEN / THEN
            assertThat(gc.collect()).as("CPython 3.11 reports 2 for this cycle").isEqualTo(2);
            assertThat(cls.refcount()).as("each freed instance released its reference to the class").isEqualTo(1);
        }

        @Test
        @Tag("concept:5.5")
        @DisplayName("untracks a surviving tuple that holds only atoms: n = int('12345'); t = (n, n); gc.collect()")
        void atomTupleIsUntrackedWhenItSurvives() {
            // GIVEN n = int('12345'); t = (n, n)
            PyObject n = created(heap.newInt(12345));
            PyTuple t = created(heap.newTuple(n, n));
            n.setRefcount(3);
            boolean trackedAtFirst = gc.isTracked(t);
            // WHEN
            gc.collect();
            // THEN
            assertThat(trackedAtFirst).as("gc.is_tracked(t) before any collection: a new tuple is tracked").isTrue();
            assertThat(gc.isTracked(t)).as("gc.is_tracked(t) after gc.collect(): a surviving tuple of atoms is untracked")
                    .isFalse();
            HeapPicture.expect(t).alive();
            assertThat(t.isFreed()).as("the named tuple survives").isFalse();
        }

        @Test
        @Tag("concept:5.4")
        @DisplayName("rejects generation 3")
        void invalidGeneration() {
            assertThatThrownBy(() -> gc.collect(3)).as("gc.collect(3)").isInstanceOf(PyException.class)
                    .hasMessage("invalid generation");
        }

        @Test
        @Tag("concept:5.2")
        @DisplayName("walks a chain of 100,000 lists on a 2 MiB stack, reachable and then garbage: no call per list")
        void longCycleWithoutRecursion() throws InterruptedException {
            gc.disable();
            PyList tail = list();
            PyList head = tail;
            for (int i = 1; i < 100_000; i++) {
                PyList next = list(head); // next = [head]; del head
                del(head);
                head = next;
            }
            PyList named = head;
            int[] found = new int[2];
            Throwable[] failure = new Throwable[1];
            Thread small = new Thread(null, () -> {
                try {
                    found[0] = gc.collect(); // the chain hangs from a name: all of it is reachable
                    append(tail, named); // close the chain into one cycle, then drop the name
                    del(named);
                    found[1] = gc.collect();
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, "small-stack", 2L * 1024 * 1024);
            small.start();
            small.join();
            assertThat(failure[0]).as("gc.collect() of a 100,000-list chain on a 2 MiB stack (a recursive walk overflows it)").isNull();
            assertThat(found[0]).as("a chain reachable from a name: nothing is garbage").isZero();
            assertThat(found[1]).as("once closed and unnamed, the whole cycle is garbage").isEqualTo(100_000);
        }
    
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Generations and automatic collection")
    class Task3 {
        @Test
        @Tag("concept:5.4")
        @DisplayName("promotes a survivor of collect(0) to generation 1")
        void survivorIsPromoted() {
            // GIVEN x = []
            PyList x = list();
            // WHEN gc.collect(0)
            gc.collect(0);
            // THEN
            assertThat(gc.getObjects(1)).as("gc.get_objects(generation=1)").containsExactly(x);
            assertThat(gc.getCount()).as("gc.get_count() after collect(0)").containsExactly(0, 1, 0);
        }

        @Test
        @Tag("concept:5.6")
        @DisplayName("collects automatically when count0 goes over threshold0")
        void automaticCollection() {
            // GIVEN gc.set_threshold(3, 10, 10) and a garbage self-cycle
            gc.setThreshold(3, 10, 10);
            PyList a = list();
            append(a, a);
            del(a);
            list();
            list();
            boolean aliveAtThreshold = !a.isFreed();
            // WHEN a fourth container is allocated
            list();
            // THEN
            assertThat(aliveAtThreshold).as("count0 = 3 is not above threshold0 = 3").isTrue();
            HeapPicture.expect(a).dead();
            assertThat(a.isFreed()).as("count0 = 4 > 3 starts a collection of generation 0").isTrue();
        }

        @Test
        @Tag("concept:5.4")
        @DisplayName("never collects frozen objects")
        void frozenGarbageIsKept() {
            PyList a = list();
            append(a, a);
            del(a);
            gc.freeze();
            assertThat(gc.collect()).as("the permanent generation is never examined").isZero();
            assertThat(gc.getFreezeCount()).as("gc.get_freeze_count()").isEqualTo(1);
        }

        @Test
        @Tag("concept:5.6")
        @DisplayName("starts an automatic collection when count0 goes above threshold0, not when it reaches it")
        void collectsAboveTheThreshold() {
            // GIVEN a garbage pair in generation 1, which is over its threshold
            gc.disable();
            PyInstance[] pair = garbagePair(created(heap.newClass("A")));
            pair[0].setRefcount(2); // a name still holds it while it is promoted
            gc.collect(0);
            gc.collect(0); // count1 = 2
            pair[0].setRefcount(1); // del: now garbage in generation 1
            gc.setThreshold(3, 1, 10);
            gc.enable();
            // WHEN three containers are allocated: count0 = 3, not above threshold0 = 3
            list();
            list();
            list();
            boolean aliveAtThreshold = !pair[0].isFreed();
            list(); // count0 = 4 > 3: an automatic collection, of generation 1 (count1 = 2 > 1)
            // THEN
            assertThat(aliveAtThreshold).as("no automatic collection while count0 = 3 is not above threshold0 = 3").isTrue();
            assertThat(pair[0].isFreed()).as("the 4th allocation starts one, which collects generation 1 and the pair").isTrue();
        }

        @Test
        @Tag("concept:5.6")
        @DisplayName("counts a container freed by reference counting out of count0")
        void deallocationsLowerCount0() {
            PyList a = list();
            list();
            gc.objectDeallocated(a); // a died by reference counting
            assertThat(gc.getCount()).as("gc.get_count() after two allocations and one deallocation").containsExactly(1, 0, 0);
        }

        @Test
        @Tag("concept:5.6")
        @DisplayName("counts only moves into generation 2 as long-lived, and waits for 25% of them before a full collection")
        void fullCollectionWaitsForAQuarter() {
            gc.disable();
            for (int i = 0; i < 40; i++) {
                list();
            }
            gc.collect(); // generation 2 holds 40 objects
            PyInstance[] pair = garbagePair(created(heap.newClass("A")));
            pair[0].setRefcount(2); // kept alive for now by an outside reference
            gc.collect(1); // the class and the pair move into generation 2: 3 long-lived objects pending
            pair[0].setRefcount(1); // now garbage, in generation 2
            for (int i = 0; i < 12; i++) {
                list();
            }
            gc.collect(0); // 12 survivors move into generation 1: not long-lived yet
            gc.setThreshold(1, 5, 0);
            gc.enable();
            list();
            list(); // count0 = 2 > 1 and count2 = 1 > 0, but only 3 pending < 40 / 4
            assertThat(pair[0].isFreed()).as("the full collection waits: 3 pending long-lived objects are under 25% of 40 "
                    + "(moves into generation 1 do not count)").isFalse();
        }
    
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: Finalizers and resurrection")
    class Task4 {
        @Test
        @Tag("concept:5.7")
        @DisplayName("runs __del__ once and keeps a resurrected object alive")
        void resurrection() {
            // GIVEN class R: def __del__(self): saved.append(self)
            PyList saved = list();
            List<PyObject> calls = new ArrayList<>();
            PyClass cls = created(heap.newClass("R"));
            PyFunction del = heap.newFunction("__del__", args -> {
                calls.add(args.get(0));
                append(saved, args.get(0));
                return heap.newNone();
            });
            cls.setAttribute("__del__", del);
            // AND r = R(); r.me = r; del r
            PyInstance r = instance(cls);
            setattr(r, "me", r);
            del(r);
            // WHEN
            int first = gc.collect();
            // THEN
            assertThat(first).as("a resurrected object is not counted").isZero();
            HeapPicture.expect(r).alive();
            assertThat(r.isFreed()).as("a resurrected object is not freed").isFalse();
            assertThat(gc.isFinalized(r)).as("gc.is_finalized(r)").isTrue();
            // WHEN saved.clear(); gc.collect()
            saved.clear();
            del(r);
            int second = gc.collect();
            // THEN
            assertThat(second).as("garbage again: collected this time").isEqualTo(1);
            assertThat(calls).as("__del__ ran once, ever").containsExactly(r);
        }

        @Test
        @Tag("concept:5.7")
        @DisplayName("never calls again a __del__ that raised, even when its object is garbage again")
        void raisingFinalizerRunsOnce() {
            PyList saved = list();
            List<PyObject> calls = new ArrayList<>();
            PyClass cls = created(heap.newClass("R"));
            cls.setAttribute("__del__", heap.newFunction("__del__", args -> {
                calls.add(args.get(0));
                append(saved, args.get(0));
                throw new PyException("RuntimeError", "boom");
            }));
            PyInstance r = instance(cls);
            setattr(r, "me", r);
            del(r);
            gc.collect(); // __del__ saves r, then raises
            saved.clear();
            del(r);
            gc.collect();
            assertThat(calls).as("__del__ ran once: PEP 442 finalizes an object once, even when __del__ raised").hasSize(1);
            HeapPicture.expect(r).dead();
            assertThat(r.isFreed()).as("the second collection frees r without finalizing it again").isTrue();
        }
    
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: Introspection")
    class Task5 {
        @Test
        @Tag("concept:5.8")
        @DisplayName("reports referents and referrers")
        void referentsAndReferrers() {
            // GIVEN x = []; t = (x, x)
            PyList x = list();
            x.setRefcount(3);
            PyTuple t = created(heap.newTuple(x, x));
            // THEN
            assertThat(gc.getReferents(t)).as("gc.get_referents(t)").containsExactly(x, x);
            assertThat(gc.getReferrers(x)).as("gc.get_referrers(x)").containsExactly(t);
            assertThat(gc.getReferents(heap.newInt(1))).as("gc.get_referents(1)").isEmpty();
        }
    
    }
}
