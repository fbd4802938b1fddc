package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.picture.HeapPicture;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * The visible tests of exercise 04-refcount, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class RefcountTest {
    private final Heap heap = new Heap();
    private final RefCounts rc = new RefCounts(heap);

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Count references: `incref` and `getrefcount`")
    class Task1 {
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
    @DisplayName("Task 2: Release references: `decref`, deallocation and the log")
    class Task2 {
        @Test
        @Tag("concept:4.3")
        @DisplayName("deallocates an object when its last reference goes")
        void lastDecrefDeallocates() {
            PyObject obj = heap.newList();
            rc.incref(obj);
            rc.incref(obj);
            rc.decref(obj);
            HeapPicture.expect(obj).alive();
            assertThat(heap.isLive(obj)).as("one owner left").isTrue();
            rc.decref(obj);
            HeapPicture.expect(obj).dead();
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
            // THEN the list dies first, then what it held, the last item first (as list_dealloc releases them)
            assertThat(rc.deallocationLog()).as("del l").containsExactly(list, b, a);
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
    @Tag("task:3")
    @DisplayName("Task 3: Cascade without deep recursion")
    class Task3 {
        /** l = []; for _ in range(depth): l = [l]. Returns the outermost list, owned by one name. */
        private PyList chain(int depth) {
            PyList inner = heap.newList();
            for (int i = 0; i < depth; i++) {
                rc.incref(inner);
                inner = heap.newList(inner);
            }
            rc.incref(inner);
            return inner;
        }

        @Test
        @Tag("concept:4.4")
        @DisplayName("frees every list of a short chain, outermost first")
        void shortChain() {
            PyList outer = chain(2);
            PyList middle = (PyList) outer.get(0);
            PyList inner = (PyList) middle.get(0);
            rc.decref(outer);
            assertThat(rc.deallocationLog()).as("del l for l = [[[]]]").containsExactly(outer, middle, inner);
        }

        @Test
        @Tag("concept:4.12")
        @DisplayName("a dying list releases its items from the last to the first")
        void listReleasesLastItemFirst() {
            PyList a = heap.newList();
            PyList b = heap.newList();
            PyList c = heap.newList();
            rc.incref(a);
            rc.incref(b);
            rc.incref(c);
            PyList l = heap.newList(a, b, c);
            rc.incref(l);
            rc.decref(l);
            assertThat(rc.deallocationLog()).as("del l for l = [a, b, c], each item owned only by l (CPython: l, c, b, a)")
                    .containsExactly(l, c, b, a);
        }

        @Test
        @Tag("concept:4.13")
        @DisplayName("a cascade is depth first: what one release kills dies before the next release")
        void cascadeIsDepthFirst() {
            PyList aa = heap.newList();
            PyList bb = heap.newList();
            rc.incref(aa);
            rc.incref(bb);
            PyList a = heap.newList(aa);
            PyList b = heap.newList(bb);
            rc.incref(a);
            rc.incref(b);
            PyList l = heap.newList(a, b);
            rc.incref(l);
            rc.decref(l);
            assertThat(rc.deallocationLog()).as("del l for l = [[aa], [bb]]: b and all it held die before a (CPython: l, b, bb, a, aa)")
                    .containsExactly(l, b, bb, a, aa);
        }

        @Test
        @Tag("concept:4.6")
        @DisplayName("frees a chain of 100,000 nested lists without overflowing the stack")
        void deepChain() {
            PyList outer = chain(100_000);
            rc.decref(outer);
            assertThat(heap.liveCount()).as("live objects after del l").isZero();
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: The statements that own references")
    class Task4 {
        private final Statements py = new Statements(heap, rc);
        private final Namespace globals = new Namespace("<module>");

        @Test
        @Tag("concept:4.7")
        @DisplayName("count names and list slots as the notebook shows: 2, 3, 5, 2")
        void notebookExample() {
            // GIVEN x = [6, 5, 8]
            py.assign(globals, "x", py.newList(heap.newInt(6), heap.newInt(5), heap.newInt(8)));
            PyObject x = globals.get("x");
            assertThat(rc.getrefcount(x)).as("getrefcount(x) after x = [6, 5, 8]").isEqualTo(2);
            // WHEN y = x THEN one more
            py.assign(globals, "y", x);
            assertThat(rc.getrefcount(x)).as("getrefcount(x) after y = x").isEqualTo(3);
            // WHEN l = [x, x] THEN two more
            py.assign(globals, "l", py.newList(x, x));
            assertThat(rc.getrefcount(x)).as("getrefcount(x) after l = [x, x]").isEqualTo(5);
            // WHEN del y, l THEN back to one name
            py.delete(globals, "y");
            py.delete(globals, "l");
            assertThat(rc.getrefcount(x)).as("getrefcount(x) after del y, l").isEqualTo(2);
        }

        @Test
        @Tag("concept:4.7")
        @DisplayName("release the old object when a name is rebound")
        void rebindReleasesOldObject() {
            PyObject first = heap.newList();
            py.assign(globals, "x", first);
            py.assign(globals, "x", heap.newList());
            HeapPicture.expect(first).dead();
            assertThat(heap.isLive(first)).as("the first list after x = [] twice").isFalse();
        }

        @Test
        @Tag("concept:4.9")
        @DisplayName("keep alive an object stored over itself: x = x and l[0] = l[0]")
        void storingAnObjectOverItselfKeepsItAlive() {
            // GIVEN x = [] is the list's only owner
            PyObject x = heap.newList();
            py.assign(globals, "x", x);
            // WHEN x = x THEN the list lives on: the new reference is taken before the old one is released
            py.assign(globals, "x", globals.get("x"));
            HeapPicture.expect(x).alive();
            assertThat(heap.isLive(x)).as("the list after x = x (take the new reference first, then release the old)").isTrue();
            assertThat(x.refcount()).as("ob_refcnt of the list after x = x: still one name").isEqualTo(1);
            // GIVEN l = [[]], the inner list owned only by its slot
            PyObject item = heap.newList();
            PyList l = py.newList(item);
            py.assign(globals, "l", l);
            // WHEN l[0] = l[0] THEN the item lives on
            py.setItem(l, 0, item);
            HeapPicture.expect(item).alive();
            assertThat(heap.isLive(item)).as("the item after l[0] = l[0]").isTrue();
            assertThat(item.refcount()).as("ob_refcnt of the item after l[0] = l[0]: still one slot").isEqualTo(1);
        }

        @Test
        @Tag("concept:4.8")
        @DisplayName("release a replaced list item")
        void setItemReleasesReplacedItem() {
            PyObject old = heap.newList();
            PyList l = py.newList(old);
            py.assign(globals, "l", l);
            py.setItem(l, 0, heap.newStr("new"));
            HeapPicture.expect(old).dead();
            assertThat(heap.isLive(old)).as("the old item after l[0] = 'new'").isFalse();
        }

        @Test
        @Tag("concept:4.7")
        @DisplayName("raise NameError for del of an unbound name")
        void delUnboundName() {
            assertThatThrownBy(() -> py.delete(globals, "x")).as("del x")
                    .isInstanceOf(PyException.class)
                    .hasMessage("name 'x' is not defined");
        }

        @Test
        @Tag("concept:4.11")
        @DisplayName("never free a cycle: a list that holds itself outlives its name")
        void cycleIsNotFreed() {
            PyList s = heap.newList();
            py.assign(globals, "s", s);
            py.append(s, s);
            py.delete(globals, "s");
            HeapPicture.expect(s).alive();
            assertThat(heap.isLive(s)).as("s after s.append(s); del s").isTrue();
            assertThat(s.refcount()).as("its own slot's reference").isEqualTo(1);
        }

        @Test
        @Tag("concept:4.8")
        @DisplayName("give a dict entry one reference to its key and one to its value, also when d[k] = v only replaces the value")
        void dictEntryOwnsKeyAndValue() {
            PyDict d = heap.newDict();
            py.assign(globals, "d", d);
            PyObject k = heap.newStr("k");
            py.assign(globals, "k", k);
            PyObject v = heap.newList();
            py.assign(globals, "v", v);
            py.setItem(d, k, v);
            assertThat(k.refcount()).as("ob_refcnt of k after d[k] = v: the name k and the entry").isEqualTo(2);
            assertThat(v.refcount()).as("ob_refcnt of v after d[k] = v: the name v and the entry").isEqualTo(2);
            py.setItem(d, k, heap.newList());
            assertThat(k.refcount()).as("ob_refcnt of k after d[k] = [] replaced the value: the entry keeps its one reference").isEqualTo(2);
            assertThat(v.refcount()).as("ob_refcnt of v after its entry got a new value: the name only").isEqualTo(1);
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: 3.11's static objects")
    class Task5 {
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
            HeapPicture.expect(zero).alive();
            assertThat(heap.isLive(zero)).as("the static object is still there").isTrue();
        }
    
    }
}
