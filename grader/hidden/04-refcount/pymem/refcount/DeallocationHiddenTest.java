package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

@DisplayName("decref and deallocation")
@Tag("task:2")
class DeallocationHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();

    /** Every test here builds on incref and the statements that build objects (4.1, 4.7, 4.8): when one is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        RefcountFixtures.requireCounting();
        RefcountFixtures.requireStatements();
    }

    @Test
    @Concept("4.3")
    @Points(1)
    @DisplayName("a decref that leaves other owners only lowers the count")
    void decrefAboveOneOnlyLowersTheCount() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.incref(obj);
        w.rc.decref(obj);
        assertThat(obj.refcount()).as("decref must take away exactly one reference").isEqualTo(1);
        assertThat(w.heap.isLive(obj)).as("an object with an owner left must stay alive").isTrue();
        assertThat(w.rc.deallocationLog()).as("nothing reached zero, so nothing is deallocated").isEmpty();
    }

    @Test
    @Concept("4.3")
    @Points(2)
    @DisplayName("the last decref deallocates the object at once and logs it")
    void lastDecrefDeallocatesAtOnce() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.decref(obj);
        assertThat(w.heap.isLive(obj)).as("an object whose count reaches zero is freed at once").isFalse();
        assertThat(obj.refcount()).as("a deallocated object's count ended at zero").isZero();
        assertThat(w.rc.deallocationLog()).as("the deallocation log lists the freed object").containsExactly(obj);
    }

    @Test
    @Concept("4.3")
    @Points(2)
    @DisplayName("deallocating a list releases its items, which die after it, the last item first")
    void deallocatingAListReleasesItsItemsInOrder() {
        PyStr a = w.heap.newStr("a");
        PyStr b = w.heap.newStr("b");
        PyList list = w.bind("l", w.py.newList(a, b));
        w.py.delete(w.globals, "l");
        assertThat(w.rc.deallocationLog())
                .as("a decref that does not cascade leaves the items a dead list owned alive; the list dies"
                        + " first, then the items it released, the last item first")
                .containsExactly(list, b, a);
        assertThat(w.heap.liveCount()).as("nothing else owned the items, so nothing is left").isZero();
    }

    @Test
    @Concept("4.3")
    @Points(2)
    @DisplayName("an item someone else still owns survives its container's deallocation")
    void sharedItemSurvivesItsContainer() {
        PyObject x = w.bind("x", w.heap.newList());
        PyList holder = w.bind("l", w.py.newList(x));
        w.py.delete(w.globals, "l");
        assertThat(w.heap.isLive(holder)).as("the container had one owner and lost it").isFalse();
        assertThat(w.heap.isLive(x)).as("an item the name x still owns must survive").isTrue();
        assertThat(w.refs(x)).as("the dead list released its reference to x").isEqualTo(2);
    }

    @Test
    @Concept("4.3")
    @Points(1)
    @DisplayName("a list holding the same object twice releases it twice")
    void duplicateSlotsAreReleasedTwice() {
        PyObject x = w.bind("x", w.heap.newList());
        w.bind("l", w.py.newList(x, x, x));
        assertThat(w.refs(x)).as("[x, x, x] owns three references to x").isEqualTo(5);
        w.py.delete(w.globals, "l");
        assertThat(w.refs(x)).as("each slot is one reference: a dead [x, x, x] releases three").isEqualTo(2);
    }

    @Test
    @Concept("4.5")
    @Points(2)
    @DisplayName("a second decref of a deallocated object is detected and changes nothing")
    void doubleFreeIsDetected() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.decref(obj);
        assertThatThrownBy(() -> w.rc.decref(obj))
                .as("decref of a freed object (a double free) must be detected, naming the object's type")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already deallocated")
                .hasMessageContaining("list");
        assertThat(w.rc.deallocationLog()).as("an object is deallocated once, never twice").containsExactly(obj);
    }

    @Test
    @Concept("4.5")
    @Points(2)
    @DisplayName("a decref below zero is detected and leaves the object as it was")
    void decrefBelowZeroIsDetected() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.incref(obj);
        w.rc.decref(obj);
        w.rc.decref(obj);
        PyObject unowned = w.heap.newList();
        assertThatThrownBy(() -> w.rc.decref(unowned))
                .as("releasing a reference no one owns must be detected (negative ref count)")
                .isInstanceOf(IllegalStateException.class);
        assertThat(unowned.refcount()).as("a refused decref must not change the count").isZero();
        assertThat(w.heap.isLive(unowned)).as("a refused decref must not free the object").isTrue();
        assertThat(w.rc.deallocationLog()).as("only the object whose count went 2, 1, 0 was deallocated")
                .containsExactly(obj);
    }

    @Test
    @Concept("4.3")
    @Points(1)
    @DisplayName("deallocating a dict releases each key and each value")
    void deallocatingADictReleasesKeysAndValues() {
        PyStr key = w.bind("k", w.heap.newStr("k"));
        PyObject value = w.heap.newList();
        PyDict d = w.bind("d", w.heap.newDict());
        w.py.setItem(d, key, value);
        w.py.delete(w.globals, "d");
        assertThat(w.rc.deallocationLog()).as("a dead dict releases its values").containsExactly(d, value);
        assertThat(w.refs(key)).as("a dead dict releases its keys too").isEqualTo(2);
    }

    @Test
    @Concept("4.3")
    @Points(1)
    @DisplayName("deallocating an instance releases its attributes and its class")
    void deallocatingAnInstanceReleasesAttributesAndClass() {
        PyClass cls = w.bind("C", w.heap.newClass("C"));
        PyInstance obj = w.bind("c", w.py.newInstance(cls));
        PyObject payload = w.heap.newList();
        w.py.setAttr(obj, "payload", payload);
        long classCount = w.refs(cls);
        w.py.delete(w.globals, "c");
        assertThat(w.rc.deallocationLog()).as("a dead instance releases its attribute values")
                .containsExactly(obj, payload);
        assertThat(w.refs(cls)).as("a dead instance releases its reference to its class")
                .isEqualTo(classCount - RefCountFacts.INSTANCE_ADDS_TO_CLASS);
    }

    @Test
    @Concept("4.4")
    @Points(2)
    @DisplayName("in a cascade every object is logged once, after the object that released it")
    void cascadeLogsParentsBeforeChildren() {
        PyObject leafA = w.heap.newStr("a");
        PyObject leafB = w.heap.newStr("b");
        PyList left = w.py.newList(leafA);
        PyList right = w.py.newList(leafB);
        PyList root = w.bind("root", w.py.newList(left, right));
        w.py.delete(w.globals, "root");
        List<PyObject> log = w.rc.deallocationLog();
        assertThat(log).as("every object of the dead tree is deallocated exactly once")
                .containsExactlyInAnyOrder(root, left, right, leafA, leafB);
        assertThat(log.get(0)).as("the object whose count reached zero first is logged first").isSameAs(root);
        assertThat(log.indexOf(leafA)).as("an item dies after the container that released it")
                .isGreaterThan(log.indexOf(left));
        assertThat(log.indexOf(leafB)).as("an item dies after the container that released it")
                .isGreaterThan(log.indexOf(right));
    }

    @Test
    @Concept("4.4")
    @Points(2)
    @DisplayName("the deallocation log keeps every death in order and cannot be edited")
    void logIsCumulativeAndReadOnly() {
        PyObject first = w.bind("a", w.heap.newList());
        PyObject second = w.bind("b", w.heap.newList());
        List<PyObject> log = w.rc.deallocationLog();
        w.py.delete(w.globals, "b");
        w.py.delete(w.globals, "a");
        assertThat(w.rc.deallocationLog()).as("the log lists deaths oldest first, across decrefs")
                .containsExactly(second, first);
        assertThatThrownBy(() -> log.add(first))
                .as("callers read the log; they must not be able to rewrite history")
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
