package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("3.11 static objects")
@Tag("task:5")
class StaticObjectsHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();

    /** Every test here builds on incref (4.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        RefcountFixtures.requireCounting();
    }

    @Test
    @Concept("4.10")
    @Points(1)
    @DisplayName("a static object's count starts at 999999999")
    void staticCountStartsHigh() {
        PyInt zero = w.heap.newInt(0);
        w.rc.makeStatic(zero);
        assertThat(zero.refcount()).as("3.11 gives a static object ob_refcnt 999999999 at start-up")
                .isEqualTo(RefCountFacts.STATIC_INITIAL_REFCOUNT);
    }

    @Test
    @Concept("4.10")
    @Points(2)
    @DisplayName("[0] * 1000 adds exactly 1000 to a static zero, and deleting the list takes them back")
    void staticCountStillMoves() {
        PyInt zero = w.heap.newInt(0);
        w.rc.makeStatic(zero);
        long before = w.refs(zero);
        PyObject[] zeros = new PyObject[1000];
        Arrays.fill(zeros, zero);
        w.bind("zeros", w.py.newList(zeros));
        assertThat(w.refs(zero) - before)
                .as("in 3.11 a static object's count still moves (3.12's immortal objects would not)")
                .isEqualTo(RefCountFacts.LIST_OF_1000_ZEROS_ADDS);
        w.py.delete(w.globals, "zeros");
        assertThat(w.refs(zero)).as("del zeros releases all 1000").isEqualTo(before);
    }

    @Test
    @Concept("4.10")
    @Points(2)
    @DisplayName("a static object survives the deallocation of a container that held it")
    void staticObjectSurvivesItsContainer() {
        PyInt one = w.heap.newInt(1);
        w.rc.makeStatic(one);
        PyList list = w.bind("l", w.py.newList(one));
        w.py.delete(w.globals, "l");
        assertThat(w.rc.deallocationLog()).as("the list dies; a static item is never deallocated")
                .containsExactly(list);
        assertThat(w.heap.isLive(one)).as("a static object lives as long as the interpreter").isTrue();
    }

    @Test
    @Concept("4.10")
    @Points(2)
    @DisplayName("a decref that would bring a static object to zero is refused")
    void staticObjectIsNeverDeallocated() {
        PyInt small = w.heap.newInt(7);
        w.rc.makeStatic(small);
        small.setRefcount(1);
        assertThatThrownBy(() -> w.rc.decref(small))
                .as("a static object must never be deallocated (3.11's none_dealloc stops the interpreter)")
                .isInstanceOf(IllegalStateException.class);
        assertThat(w.heap.isLive(small)).as("the static object is still there").isTrue();
        assertThat(small.refcount()).as("the refused decref changed nothing").isEqualTo(1);
        assertThat(w.rc.deallocationLog()).as("no static object appears in the deallocation log").isEmpty();
    }

    @Test
    @Concept("4.10")
    @Points(1)
    @DisplayName("only objects made static are static")
    void isStaticTellsThemApart() {
        PyInt zero = w.heap.newInt(0);
        PyInt big = w.heap.newInt(1000);
        w.rc.makeStatic(zero);
        assertThat(w.rc.isStatic(zero)).as("makeStatic marks the object static").isTrue();
        assertThat(w.rc.isStatic(big)).as("an ordinary int is not static").isFalse();
        w.rc.incref(big);
        w.rc.decref(big);
        assertThat(w.heap.isLive(big)).as("an ordinary object is still deallocated at zero").isFalse();
    }

    @Test
    @Concept("4.10")
    @Points(1)
    @DisplayName("a deallocated object cannot be made static")
    void freedObjectCannotBeMadeStatic() {
        PyInt gone = w.heap.newInt(300);
        w.rc.incref(gone);
        w.rc.decref(gone);
        assertThatThrownBy(() -> w.rc.makeStatic(gone))
                .as("a freed object's memory is no longer an object")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already deallocated");
    }

    @Test
    @Concept("4.10")
    @Points(2)
    @DisplayName("names, attributes and dict entries move a static object's count, and releasing them takes it back")
    void staticCountMovesWithEveryOwner() {
        PyInt zero = w.heap.newInt(0);
        w.rc.makeStatic(zero);
        w.bind("a", zero);
        w.bind("b", zero);
        PyInstance obj = w.bind("obj", w.py.newInstance(w.bind("C", w.heap.newClass("C"))));
        w.py.setAttr(obj, "x", zero);
        PyDict d = w.bind("d", w.heap.newDict());
        w.py.setItem(d, zero, zero);
        assertThat(zero.refcount()).as("two names, an attribute, a key and a value: five references more than at start-up "
                + "(3.11's static objects still count; 3.12's immortal ones would not)")
                .isEqualTo(RefCountFacts.STATIC_INITIAL_REFCOUNT + 5);
        w.py.delete(w.globals, "a");
        w.py.delete(w.globals, "b");
        w.py.delete(w.globals, "obj");
        w.py.delete(w.globals, "d");
        assertThat(zero.refcount()).as("releasing all five owners takes the count back to its start")
                .isEqualTo(RefCountFacts.STATIC_INITIAL_REFCOUNT);
    }
}

