package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.TestStack;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

@DisplayName("the cascade on deep structures")
@Tag("task:3")
class CascadeHiddenTest {
    /** Deep and wide enough to prove the point: a recursion per level surely overflows the test's stack. */
    private static final int SIZE = TestStack.RECURSION_PROOF_DEPTH;
    private final RefcountFixtures w = new RefcountFixtures();

    /** Every test here builds on incref, the last decref and the statements that build objects (4.1, 4.3, 4.7, 4.8): when one is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        RefcountFixtures.requireCountingAndRelease();
        RefcountFixtures.requireStatements();
    }

    @Test
    @Concept("4.6")
    @Points(3)
    @DisplayName("a chain of nested lists deeper than any recursion fits in the stack is deallocated without overflowing it")
    void deepNestedListsAreFreedWithoutStackOverflow() {
        w.nestedLists("l", SIZE);
        assertThat(w.heap.liveCount()).as("the chain is built").isEqualTo(SIZE + 1);
        assertThatCode(() -> w.py.delete(w.globals, "l"))
                .as("deallocation must not recurse once per level (CPython's trashcan keeps the C stack flat)")
                .doesNotThrowAnyException();
        assertThat(w.heap.liveCount()).as("del l frees every list of the chain").isZero();
        assertThat(w.rc.deallocationLog()).as("each list of the chain is deallocated once").hasSize(SIZE + 1);
    }

    @Test
    @Concept("4.6")
    @Points(2)
    @DisplayName("a deep chain through tuples, dicts and instances is deallocated without overflowing the stack")
    void deepMixedChainIsFreedWithoutStackOverflow() {
        // After test_gc.test_trashcan, which nests lists, dicts and instances; here far deeper, no collector.
        PyStr key = w.bind("key", w.heap.newStr("next"));
        PyClass node = w.bind("Node", w.heap.newClass("Node"));
        w.bind("chain", w.heap.newList());
        int levels = TestStack.RECURSION_PROOF_DEPTH;
        for (int i = 0; i < levels; i++) {
            PyObject previous = w.get("chain");
            PyObject link;
            switch (i % 3) {
                case 0:
                    link = w.py.newTuple(previous);
                    break;
                case 1:
                    PyDict d = w.heap.newDict();
                    w.py.setItem(d, key, previous);
                    link = d;
                    break;
                default:
                    PyInstance obj = w.py.newInstance(node);
                    w.py.setAttr(obj, "next", previous);
                    link = obj;
            }
            w.bind("chain", link);
        }
        assertThatCode(() -> w.py.delete(w.globals, "chain"))
                .as("a deep chain of any container kind must be deallocated without deep recursion")
                .doesNotThrowAnyException();
        assertThat(w.heap.liveCount()).as("only the key and the class remain").isEqualTo(2);
        assertThat(w.refs(key)).as("every dead dict released the shared key").isEqualTo(2);
        assertThat(w.refs(node)).as("every dead instance released its class").isEqualTo(2);
    }

    @Test
    @Concept("4.6")
    @Points(1)
    @DisplayName("a list of tens of thousands of fresh lists is deallocated with all its items")
    void wideListIsFreed() {
        PyObject[] items = new PyObject[SIZE];
        for (int i = 0; i < SIZE; i++) {
            items[i] = w.heap.newList();
        }
        w.bind("wide", w.py.newList(items));
        w.py.delete(w.globals, "wide");
        assertThat(w.heap.liveCount()).as("every item only the dead list owned is freed").isZero();
        assertThat(w.rc.deallocationLog().get(1)).as("a dying list releases its last item first")
                .isSameAs(items[SIZE - 1]);
        assertThat(w.rc.deallocationLog().get(SIZE)).as("a dying list releases its first item last")
                .isSameAs(items[0]);
    }

    @Test
    @Concept("4.6")
    @Points(2)
    @DisplayName("the cascade stops at an object that still has another owner")
    void cascadeStopsAtAnObjectStillOwned() {
        PyList chain = w.nestedLists("l", 10);
        PyList middle = chain;
        for (int i = 0; i < 5; i++) {
            middle = (PyList) middle.get(0);
        }
        w.bind("middle", middle);
        w.py.delete(w.globals, "l");
        assertThat(w.rc.deallocationLog()).as("only the lists above the one still named die").hasSize(5);
        assertThat(w.heap.isLive(middle)).as("a list the name middle owns must survive the cascade").isTrue();
        assertThat(w.refs(middle)).as("the dead list above it released its reference").isEqualTo(2);
        assertThat(w.heap.liveCount()).as("the named list and everything below it survive").isEqualTo(6);
    }

    @Test
    @Concept("4.6")
    @Points(1)
    @DisplayName("a leaf shared by the end of a deep chain survives with the name's reference")
    void sharedLeafAtTheBottomOfADeepChainSurvives() {
        PyObject leaf = w.bind("leaf", w.heap.newStr("leaf"));
        w.bind("l", w.py.newList(leaf));
        for (int i = 0; i < SIZE; i++) {
            w.bind("l", w.py.newList(w.get("l")));
        }
        w.py.delete(w.globals, "l");
        assertThat(w.heap.liveCount()).as("the whole chain dies, the named leaf survives").isEqualTo(1);
        assertThat(w.refs(leaf)).as("the bottom list released the leaf").isEqualTo(2);
    }

    @Test
    @Concept("4.6")
    @Points(2)
    @DisplayName("a dict of tens of thousands of fresh keys and values is deallocated with all of them")
    void wideDictIsFreed() {
        PyDict d = w.bind("d", w.heap.newDict());
        for (int i = 0; i < SIZE; i++) {
            w.py.setItem(d, w.heap.newInt(i), w.heap.newList());
        }
        w.py.delete(w.globals, "d");
        assertThat(w.heap.liveCount()).as("every key and value only the dead dict owned is freed").isZero();
        assertThat(w.rc.deallocationLog()).as("the dict, then each key and value once").hasSize(2 * SIZE + 1);
    }
}

