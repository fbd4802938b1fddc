package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyList;
import pymem.model.PyObject;

@Tag("task:4")
@DisplayName("Statements")
class StatementsTest {
    private final Heap heap = new Heap();
    private final RefCounts rc = new RefCounts(heap);
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
        assertThat(heap.isLive(x)).as("the list after x = x (take the new reference first, then release the old)").isTrue();
        assertThat(x.refcount()).as("ob_refcnt of the list after x = x: still one name").isEqualTo(1);
        // GIVEN l = [[]], the inner list owned only by its slot
        PyObject item = heap.newList();
        PyList l = py.newList(item);
        py.assign(globals, "l", l);
        // WHEN l[0] = l[0] THEN the item lives on
        py.setItem(l, 0, item);
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
