package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyList;
import pymem.model.PySet;
import pymem.model.PyTuple;

@Tag("task:5")
@DisplayName("Changing objects in place")
class MutationsTest {
    private final Heap heap = new Heap();

    @Test
    @Tag("concept:2.8")
    @DisplayName("lets l[0] = 9 replace a list item")
    void listItemAssignment() {
        PyList l = heap.newList(heap.newInt(1), heap.newInt(2));
        Mutations.setItem(l, heap.newInt(0), heap.newInt(9));
        assertThat(l.repr()).as("l after l[0] = 9").isEqualTo("[9, 2]");
    }

    @Test
    @Tag("concept:2.9")
    @DisplayName("refuses t[0] = 9 on a tuple with CPython's TypeError")
    void tupleItemAssignment() {
        PyTuple t = heap.newTuple(heap.newInt(1), heap.newInt(2));
        assertThatThrownBy(() -> Mutations.setItem(t, heap.newInt(0), heap.newInt(9)))
                .as("t[0] = 9").isInstanceOf(PyException.class)
                .hasMessage("'tuple' object does not support item assignment");
        assertThat(t.repr()).as("t is unchanged").isEqualTo("(1, 2)");
    }

    @Test
    @Tag("concept:2.9")
    @DisplayName("refuses del t[0] with a slightly different wording")
    void tupleItemDeletion() {
        assertThatThrownBy(() -> Mutations.delItem(heap.newTuple(heap.newInt(1)), heap.newInt(0)))
                .as("del t[0]").isInstanceOf(PyException.class)
                .hasMessage("'tuple' object doesn't support item deletion");
    }

    @Test
    @Tag("concept:2.9")
    @DisplayName("has no add method on a frozenset")
    void frozenSetAdd() {
        assertThatThrownBy(() -> Mutations.add(heap.newFrozenSet(), heap.newInt(1)))
                .as("frozenset().add(1)").isInstanceOf(PyException.class)
                .hasMessage("'frozenset' object has no attribute 'add'");
    }

    @Test
    @Tag("concept:2.7")
    @DisplayName("finds a dict key by ==, not by identity: d[1] = 'a'; d[1.0] = 'b' gives {1: 'b'}")
    void dictKeysByEquality() {
        PyDict d = heap.newDict();
        Mutations.setItem(d, heap.newInt(1), heap.newStr("a"));
        Mutations.setItem(d, heap.newFloat(1.0), heap.newStr("b"));
        assertThat(d.repr()).as("1.0 == 1, so d[1.0] = 'b' replaces the value of the key 1 and keeps the key 1")
                .isEqualTo("{1: 'b'}");
    }

    @Test
    @Tag("concept:2.7")
    @DisplayName("adds nothing to a set that holds an equal element: s = {1}; s.add(1.0) leaves {1}")
    void setAddFindsEqualElements() {
        PySet s = heap.newSet();
        Mutations.add(s, heap.newInt(1));
        Mutations.add(s, heap.newFloat(1.0));
        assertThat(s.repr()).as("{1}.add(1.0): 1.0 == 1, so the set keeps its element 1").isEqualTo("{1}");
    }
}
