package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

@DisplayName("RefCounts")
class RefCountsTest {
    private final Heap heap = new Heap();
    private final RefCounts rc = new RefCounts(heap);

    @Nested
    @Tag("task:1")
    @DisplayName("incref and getrefcount")
    class Counting {
        @Test
        @Tag("concept:4.2")
        @DisplayName("report 1 for an object no one owns: sys.getrefcount(object())")
        void unownedObjectReportsOne() {
            // GIVEN an object the heap just made
            PyObject obj = heap.newList();
            // WHEN / THEN only the argument's temporary reference counts
            assertThat(rc.getrefcount(obj)).as("getrefcount(obj) of an unowned object").isEqualTo(1);
        }

        @Test
        @Tag("concept:4.1")
        @Tag("concept:4.2")
        @DisplayName("count one more for every incref, plus the argument's temporary reference")
        void increfCountsOneEach() {
            PyObject obj = heap.newList();
            rc.incref(obj);
            rc.incref(obj);
            assertThat(obj.refcount()).as("ob_refcnt after two increfs").isEqualTo(2);
            assertThat(rc.getrefcount(obj)).as("getrefcount(obj) after two increfs").isEqualTo(3);
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("decref")
    class Decref {
        @Test
        @Tag("concept:4.3")
        @DisplayName("deallocates an object when its last reference goes")
        void lastDecrefDeallocates() {
            PyObject obj = heap.newList();
            rc.incref(obj);
            rc.incref(obj);
            rc.decref(obj);
            assertThat(heap.isLive(obj)).as("one owner left").isTrue();
            rc.decref(obj);
            assertThat(heap.isLive(obj)).as("no owner left: freed at once").isFalse();
            assertThat(rc.deallocationLog()).as("the deallocation log").containsExactly(obj);
        }

        @Test
        @Tag("concept:4.3")
        @DisplayName("releases the references a dead container held")
        void deadContainerReleasesItsItems() {
            // GIVEN l = ['a', 'b'] where only the list owns the strings
            PyStr a = heap.newStr("a");
            PyStr b = heap.newStr("b");
            PyList list = heap.newList(a, b);
            rc.incref(a);
            rc.incref(b);
            rc.incref(list);
            // WHEN the list loses its only reference
            rc.decref(list);
            // THEN the list dies first, then what it held, in slot order
            assertThat(rc.deallocationLog()).as("del l").containsExactly(list, a, b);
        }

        @Test
        @Tag("concept:4.5")
        @DisplayName("refuses to release a reference to a deallocated object")
        void doubleDecrefIsRefused() {
            PyObject obj = heap.newList();
            rc.incref(obj);
            rc.decref(obj);
            assertThatThrownBy(() -> rc.decref(obj)).as("decref of a freed object")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already deallocated");
        }

        @Test
        @Tag("concept:4.5")
        @DisplayName("refuses to take a count below zero")
        void decrefBelowZeroIsRefused() {
            PyObject obj = heap.newList();
            assertThatThrownBy(() -> rc.decref(obj)).as("decref of an object no one owns")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(obj.refcount()).as("the count is left as it was").isZero();
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("static objects (3.11)")
    class StaticObjects {
        @Test
        @Tag("concept:4.10")
        @DisplayName("start at 999999999 and still move")
        void staticCountStartsHighAndMoves() {
            PyInt zero = heap.newInt(0);
            rc.makeStatic(zero);
            assertThat(rc.getrefcount(zero)).as("getrefcount(0) at start-up").isEqualTo(1_000_000_000L);
            rc.incref(zero);
            assertThat(rc.getrefcount(zero)).as("getrefcount(0) after one more reference").isEqualTo(1_000_000_001L);
            assertThat(rc.isStatic(zero)).as("isStatic(0)").isTrue();
        }

        @Test
        @Tag("concept:4.10")
        @DisplayName("are never deallocated")
        void staticObjectIsNeverDeallocated() {
            PyInt zero = heap.newInt(0);
            rc.makeStatic(zero);
            zero.setRefcount(1);
            assertThatThrownBy(() -> rc.decref(zero)).as("decref that would free a static object")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(heap.isLive(zero)).as("the static object is still there").isTrue();
        }
    }
}
