package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grading.Points;
import pymem.model.PyObject;

@DisplayName("incref and getrefcount")
class CountingHiddenTest {
    private final HiddenFixture w = new HiddenFixture();

    @Test
    @Points(1)
    @DisplayName("getrefcount of an object no one owns is 1: only the argument's temporary reference")
    void getrefcountOfUnownedObjectIsOne() {
        PyObject obj = w.heap.newInstance(w.heap.newClass("object"));
        assertThat(w.rc.getrefcount(obj))
                .as("sys.getrefcount(object()): getrefcount adds the argument's own temporary reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_UNOWNED);
    }

    @Test
    @Points(2)
    @DisplayName("each incref adds exactly one, and getrefcount reports the count plus one")
    void increfAddsOneAndGetrefcountAddsTheTemporary() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        w.rc.incref(obj);
        w.rc.incref(obj);
        assertThat(obj.refcount()).as("incref must add exactly one to ob_refcnt each time").isEqualTo(3);
        assertThat(w.rc.getrefcount(obj))
                .as("getrefcount must report ob_refcnt + 1 (the argument's temporary reference)")
                .isEqualTo(4);
    }

    @Test
    @Points(1)
    @DisplayName("asking for the count does not change the count")
    void getrefcountLeavesTheCountAlone() {
        PyObject obj = w.heap.newList();
        w.rc.incref(obj);
        long first = w.rc.getrefcount(obj);
        long second = w.rc.getrefcount(obj);
        assertThat(second).as("the temporary reference of getrefcount lasts only for the call").isEqualTo(first);
        assertThat(obj.refcount()).as("getrefcount must not keep a reference").isEqualTo(1);
    }

    @Test
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
