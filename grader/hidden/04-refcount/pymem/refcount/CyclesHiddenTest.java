package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("reference cycles")
@Tag("task:4")
class CyclesHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();

    /** Every test here builds on incref, the last decref and the statements that build objects (4.1, 4.3, 4.7, 4.8): when one is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        RefcountFixtures.requireCountingAndRelease();
        RefcountFixtures.requireStatements();
    }

    @Test
    @Concept("4.11")
    @Points(3)
    @DisplayName("a list that holds itself is never freed by reference counting")
    void selfReferencingListIsNeverFreed() {
        PyList s = w.bind("s", w.heap.newList());
        w.py.append(s, s);
        assertThat(w.refs(s)).as("s.append(s): the name, its own slot, and the temporary")
                .isEqualTo(RefCountFacts.GETREFCOUNT_SELF_LIST);
        w.py.delete(w.globals, "s");
        assertThat(w.heap.isLive(s)).as("a cycle is never freed by reference counting: that is the collector's job")
                .isTrue();
        assertThat(s.refcount()).as("after del s, its own slot keeps the count at 1")
                .isEqualTo(RefCountFacts.CYCLE_REFCOUNT_AFTER_DEL);
        assertThat(w.rc.deallocationLog()).as("nothing in a cycle reaches zero").isEmpty();
    }

    @Test
    @Concept("4.11")
    @Points(2)
    @DisplayName("two instances that refer to each other outlive both their names")
    void twoObjectCycleOutlivesItsNames() {
        PyClass cls = w.bind("Node", w.heap.newClass("Node"));
        PyInstance a = w.bind("a", w.py.newInstance(cls));
        PyInstance b = w.bind("b", w.py.newInstance(cls));
        w.py.setAttr(a, "partner", b);
        w.py.setAttr(b, "partner", a);
        w.py.delete(w.globals, "a");
        w.py.delete(w.globals, "b");
        assertThat(w.heap.isLive(a) && w.heap.isLive(b)).as("a cycle must not be freed by reference counting")
                .isTrue();
        assertThat(a.refcount()).as("a keeps the reference b's attribute owns").isEqualTo(1);
        assertThat(b.refcount()).as("b keeps the reference a's attribute owns").isEqualTo(1);
    }

    @Test
    @Concept("4.11")
    @Points(2)
    @DisplayName("a dead owner of a cycle is freed, the cycle and what it holds stay")
    void ownerOfACycleIsFreedButNotTheCycle() {
        PyObject payload = w.heap.newList();
        PyList cycle = w.py.newList(payload);
        w.py.append(cycle, cycle);
        PyList owner = w.bind("owner", w.py.newList(cycle));
        w.py.delete(w.globals, "owner");
        assertThat(w.rc.deallocationLog()).as("only the acyclic owner reaches zero").containsExactly(owner);
        assertThat(w.heap.isLive(cycle)).as("the cycle keeps itself alive after its owner died").isTrue();
        assertThat(w.heap.isLive(payload)).as("what a leaked cycle holds leaks with it").isTrue();
        assertThat(cycle.refcount()).as("the dead owner released its reference to the cycle").isEqualTo(1);
    }
}
