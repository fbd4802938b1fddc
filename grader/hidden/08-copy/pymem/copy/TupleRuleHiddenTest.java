package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;
import pymem.model.copy.Memo;

@DisplayName("deepcopy of tuples (task 4)")
@Tag("task:4")
class TupleRuleHiddenTest {
    private final CopyFixtures.World w = new CopyFixtures.World();

    @Test
    @Concept("8.5")
    @Points(2)
    @DisplayName("returns a tuple of atoms, even nested, as it is and creates nothing")
    void tupleOfAtomsIsItself() {
        PyTuple flat = w.heap.newTuple(w.heap.newInt(1), w.heap.newStr("a"), w.heap.newTuple(w.heap.newInt(2)));
        PyTuple nested = w.heap.newTuple(w.heap.newTuple(w.heap.newInt(1), w.heap.newInt(2)), w.heap.newInt(3));
        PyTuple empty = w.heap.newTuple();
        int before = w.heap.liveCount();
        assertThat(w.copier.deepcopy(flat) == flat).as("deepcopy((1, 'a', (2,))) is the tuple itself")
                .isEqualTo(CopyFacts.DEEPCOPY_TUPLE_OF_ATOMS_IS_ORIGINAL);
        assertThat(w.copier.deepcopy(nested) == nested)
                .as("a tuple returns itself when every item copies to itself: deepcopy(((1, 2), 3)) is x")
                .isEqualTo(CopyFacts.DEEPCOPY_NESTED_TUPLE_OF_ATOMS_IS_ORIGINAL);
        assertThat(w.copier.deepcopy(empty)).as("deepcopy(()) is ()").isSameAs(empty);
        assertThat(w.heap.liveCount()).as("a tuple that copies to itself must not be copied at all").isEqualTo(before);
    }

    @Test
    @Concept("8.5")
    @Points(2)
    @DisplayName("builds a new tuple when an item is mutable, sharing the atomic items")
    void tupleWithListIsNew() {
        PyObject one = w.heap.newInt(1);
        PyList list = w.ints(2);
        PyTuple x = w.heap.newTuple(one, list);
        PyObject y = w.copier.deepcopy(x);
        assertThat(y == x).as("deepcopy((1, [2])) must be a new tuple: its list is copied")
                .isEqualTo(CopyFacts.DEEPCOPY_TUPLE_WITH_LIST_IS_ORIGINAL);
        assertThat(y).as("the copy of a tuple is a tuple").isInstanceOf(PyTuple.class);
        PyTuple copy = (PyTuple) y;
        assertThat(copy.get(0)).as("atomic items of the new tuple are the same objects").isSameAs(one);
        assertThat(copy.get(1)).as("the list inside is a copy").isInstanceOf(PyList.class).isNotSameAs(list);
    }

    @Test
    @Concept("8.6")
    @Points(1)
    @DisplayName("builds a new tuple around a frozenset, which is not atomic")
    void tupleWithFrozensetIsNew() {
        PyTuple x = w.heap.newTuple(w.heap.newInt(1), w.heap.newFrozenSet(w.heap.newInt(2)));
        assertThat(w.copier.deepcopy(x) == x).as("deepcopy((1, frozenset({2}))) is a new tuple")
                .isEqualTo(CopyFacts.DEEPCOPY_TUPLE_WITH_FROZENSET_IS_ORIGINAL);
    }

    @Test
    @Concept("8.5")
    @Points(1)
    @DisplayName("does not memoize a tuple that comes back unchanged")
    void unchangedTupleIsNotMemoized() {
        Memo memo = new Memo();
        PyTuple pair = w.heap.newTuple(w.heap.newInt(1), w.heap.newInt(2));
        w.copier.deepcopy(w.heap.newList(pair), memo);
        assertThat(memo.size()).as("len(memo) after deepcopy([(1, 2)], memo): the tuple is its own copy")
                .isEqualTo(CopyFacts.MEMO_LEN_LIST_OF_ATOMIC_TUPLE);
        assertThat(memo.get(pair)).as("an object that is its own copy never enters the memo").isNull();
    }

    @Test
    @Concept("8.5")
    @Points(2)
    @DisplayName("copies x = ([],); x[0].append(x) into a tuple whose list holds the copy")
    void reflexiveTuple() {
        PyTuple x = w.reflexiveTuple();
        Memo memo = new Memo();
        PyObject[] result = new PyObject[1];
        w.allowOnly(50);
        assertThatCode(() -> result[0] = w.copier.deepcopy(x, memo))
                .as("a cycle through a tuple ends at the list, which is in the memo").doesNotThrowAnyException();
        PyObject y = result[0];
        assertThat(y).as("the copy of the reflexive tuple is a new tuple").isInstanceOf(PyTuple.class).isNotSameAs(x);
        PyObject inner = ((PyTuple) y).get(0);
        assertThat(inner).as("its list is a copy").isInstanceOf(PyList.class).isNotSameAs(x.get(0));
        assertThat(((PyList) inner).get(0))
                .as("after copying its items, a tuple already copied through the cycle returns that copy: y[0][0] is y")
                .isSameAs(y);
        assertThat(memo.keptAlive().size()).as("len(memo[id(memo)]): the tuple is recorded by both of its copies")
                .isEqualTo(CopyFacts.KEEPALIVE_REFLEXIVE_TUPLE_LEN);
        assertThat(memo.keptAlive().get(0) == x && memo.keptAlive().get(1) == x.get(0) && memo.keptAlive().get(2) == x)
                .as("memo[id(memo)] is [x, x[0], x]")
                .isEqualTo(CopyFacts.KEEPALIVE_REFLEXIVE_TUPLE_NAMES_THE_TUPLE_TWICE);
    }

    @Test
    @Concept("8.5")
    @Points(2)
    @DisplayName("copies a tuple in a cycle once, however often it is reached")
    void cyclicTupleReachedTwice() {
        PyList inner = w.heap.newList();
        PyTuple x = w.heap.register(PyTuple.ofSize(2));
        x.initItem(0, inner);
        x.initItem(1, w.heap.newInt(1));
        inner.append(x);
        PyList y = (PyList) w.copier.deepcopy(w.heap.newList(x, x));
        assertThat(y.get(0) == y.get(1)).as("x = ([], 1); x[0].append(x); deepcopy([x, x]): the tuple copied through its "
                + "cycle is the copy every path gets").isEqualTo(CopyFacts.CYCLIC_TUPLE_REACHED_TWICE_COPIED_ONCE);
        PyObject first = y.get(0);
        assertThat(first).as("the tuple holds a list, so it is copied").isInstanceOf(PyTuple.class).isNotSameAs(x);
        PyObject innerCopy = ((PyTuple) first).get(0);
        assertThat(((PyList) innerCopy).get(0) == first).as("the copied list holds the copied tuple, not a second copy")
                .isEqualTo(CopyFacts.CYCLIC_TUPLE_COPY_HOLDS_ITSELF);
    }
}

