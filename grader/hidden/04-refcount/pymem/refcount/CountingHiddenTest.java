package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyObject;

@DisplayName("incref and getrefcount")
@Tag("task:1")
class CountingHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();

    @Test
    @Concept("4.2")
    @Points(2)
    @DisplayName("getrefcount of an object no one owns is 1: only the argument's temporary reference")
    void getrefcountOfUnownedObjectIsOne() {
        PyObject obj = w.heap.newInstance(w.heap.newClass("object"));
        assertThat(w.rc.getrefcount(obj))
                .as("sys.getrefcount(object()): getrefcount adds the argument's own temporary reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_UNOWNED);
    }

    @Test
    @Concept("4.1")
    @Points(2)
    @DisplayName("each incref adds exactly one to the object's count")
    void increfAddsExactlyOne() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        assertThat(obj.refcount()).as("one incref on a new object: ob_refcnt must be 1").isEqualTo(1);
        w.rc.incref(obj);
        w.rc.incref(obj);
        assertThat(obj.refcount()).as("three increfs: ob_refcnt must be 3, one per owned reference").isEqualTo(3);
    }

    @Test
    @Concept("4.1")
    @Points(2)
    @DisplayName("incref counts every owner of a much-shared object, one by one")
    void increfCountsEveryOwner() {
        PyObject obj = w.heap.newTuple();
        long start = obj.refcount();
        for (int i = 0; i < 1000; i++) {
            w.rc.incref(obj);
        }
        assertThat(obj.refcount() - start).as("1000 increfs (as [t] * 1000 does): the count must grow by exactly 1000").isEqualTo(1000);
    }

    @Test
    @Concept("4.2")
    @Points(2)
    @DisplayName("getrefcount reports the count plus one, for the argument's temporary reference")
    void getrefcountIsTheCountPlusOne() {
        PyObject obj = w.heap.newList();
        obj.setRefcount(3);
        assertThat(w.rc.getrefcount(obj))
                .as("an object with ob_refcnt 3: sys.getrefcount must report 4 (the count plus the argument's temporary)")
                .isEqualTo(4);
        assertThat(obj.refcount()).as("getrefcount must leave ob_refcnt as it was").isEqualTo(3);
    }

    @Test
    @Concept("4.2")
    @Points(1)
    @DisplayName("getrefcount adds the temporary to a static object's count too")
    void getrefcountOfAStaticObject() {
        PyObject zero = w.heap.newInt(0);
        zero.setRefcount(RefCountFacts.STATIC_INITIAL_REFCOUNT);
        assertThat(w.rc.getrefcount(zero)).as("a static 0 with ob_refcnt 999999999: getrefcount must report 1000000000")
                .isEqualTo(RefCountFacts.STATIC_INITIAL_REFCOUNT + 1);
    }

    @Test
    @Concept("4.2")
    @Points(1)
    @DisplayName("asking for the count does not change the count")
    void getrefcountLeavesTheCountAlone() {
        PyObject obj = w.heap.newList();
        obj.setRefcount(1);
        long first = w.rc.getrefcount(obj);
        long second = w.rc.getrefcount(obj);
        assertThat(second).as("the temporary reference of getrefcount lasts only for the call").isEqualTo(first);
        assertThat(obj.refcount()).as("getrefcount must not keep a reference").isEqualTo(1);
    }

    @Test
    @Concept("4.5")
    @Points(1)
    @DisplayName("incref of a deallocated object is refused")
    void increfOfFreedObjectIsRefused() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.decref(obj);
        assertThatThrownBy(() -> w.rc.incref(obj))
                .as("taking a reference to freed memory must be detected")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already deallocated");
    }

    @Test
    @Concept("4.5")
    @Points(1)
    @DisplayName("getrefcount of a deallocated object is refused")
    void getrefcountOfFreedObjectIsRefused() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.decref(obj);
        assertThatThrownBy(() -> w.rc.getrefcount(obj))
                .as("reading the count of freed memory must be detected")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already deallocated");
    }
}
