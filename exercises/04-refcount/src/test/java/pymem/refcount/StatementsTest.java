package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.Namespace;
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
    @DisplayName("release the old object when a name is rebound")
    void rebindReleasesOldObject() {
        PyObject first = heap.newList();
        py.assign(globals, "x", first);
        py.assign(globals, "x", heap.newList());
        assertThat(heap.isLive(first)).as("the first list after x = [] twice").isFalse();
    }

    @Test
    @DisplayName("release a replaced list item")
    void setItemReleasesReplacedItem() {
        PyObject old = heap.newList();
        PyList l = py.newList(old);
        py.assign(globals, "l", l);
        py.setItem(l, 0, heap.newStr("new"));
        assertThat(heap.isLive(old)).as("the old item after l[0] = 'new'").isFalse();
    }

    @Test
    @DisplayName("raise NameError for del of an unbound name")
    void delUnboundName() {
        assertThatThrownBy(() -> py.delete(globals, "x")).as("del x")
                .isInstanceOf(PyException.class)
                .hasMessage("name 'x' is not defined");
    }

    @Test
    @DisplayName("never free a cycle: a list that holds itself outlives its name")
    void cycleIsNotFreed() {
        PyList s = heap.newList();
        py.assign(globals, "s", s);
        py.append(s, s);
        py.delete(globals, "s");
        assertThat(heap.isLive(s)).as("s after s.append(s); del s").isTrue();
        assertThat(s.refcount()).as("its own slot's reference").isEqualTo(1);
    }
}
