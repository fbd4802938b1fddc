package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
import pymem.model.PyTuple;
import pymem.model.copy.Memo;
import pymem.grading.TestStack;

@DisplayName("deep structures (task 6)")
@Tag("task:6")
class DeepStructureHiddenTest {
    /**
     * Far beyond CPython's default recursion limit, and deep enough that copying once per level surely
     * overflows the test stack: sized from that stack, one container per level.
     */
    private static final int DEPTH = TestStack.RECURSION_PROOF_DEPTH;
    /** The same for a chain of instances, each holding a dict: two containers per level. */
    private static final int INSTANCE_DEPTH = TestStack.depthFor(2);

    private final CopyFixtures.World w = new CopyFixtures.World();

    private PyObject copyWithoutOverflow(PyObject x, Memo memo) {
        PyObject[] result = new PyObject[1];
        assertThatCode(() -> result[0] = w.copier.deepcopy(x, memo))
                .as("deepcopy must not recurse once per level: CPython raises RecursionError past %d levels, "
                        + "the kit copies any depth", CopyFacts.DEFAULT_RECURSION_LIMIT)
                .doesNotThrowAnyException();
        return result[0];
    }

    @Test
    @Concept("8.9")
    @Points(2)
    @DisplayName("copies a list nested deeper than any recursion fits in the stack without overflowing it")
    void deeplyNestedList() {
        PyObject bottom = w.heap.newInt(1);
        PyObject x = bottom;
        for (int i = 0; i < DEPTH; i++) {
            x = w.heap.newList(x);
        }
        Memo memo = new Memo();
        PyObject y = copyWithoutOverflow(x, memo);
        assertThat(y).as("the copy is a new list").isNotSameAs(x);
        assertThat(CopyFixtures.depthOfNestedLists(y)).as("the copy is nested exactly as deep").isEqualTo(DEPTH);
        assertThat(memo.size()).as("each nested list is copied once, plus the keep-alive list").isEqualTo(DEPTH + 1);
        PyObject cursor = y;
        while (cursor instanceof PyList list) {
            cursor = list.get(0);
        }
        assertThat(cursor).as("the atom at the bottom is shared, not copied").isSameAs(bottom);
    }

    @Test
    @Concept("8.9")
    @Points(1)
    @DisplayName("copies a chain of instances and dicts deeper than any recursion fits in the stack without overflowing it")
    void deeplyNestedInstancesAndDicts() {
        PyClass node = w.heap.newClass("Node");
        PyObject key = w.heap.newStr("next");
        PyObject x = w.heap.newNone();
        for (int i = 0; i < INSTANCE_DEPTH; i++) {
            PyDict d = w.heap.newDict();
            d.put(key, x);
            PyInstance n = w.heap.newInstance(node);
            n.setAttribute("d", d);
            x = n;
        }
        PyObject y = copyWithoutOverflow(x, new Memo());
        int links = 0;
        int shared = 0;
        PyObject cursor = y;
        PyObject original = x;
        while (cursor instanceof PyInstance n) {
            shared += n == original ? 1 : 0;
            cursor = ((PyDict) n.getAttribute("d")).get(key);
            original = ((PyDict) ((PyInstance) original).getAttribute("d")).get(key);
            links++;
        }
        assertThat(links).as("the copied chain is as long as the original").isEqualTo(INSTANCE_DEPTH);
        assertThat(shared).as("every node of the chain is copied").isZero();
    }

    @Test
    @Concept("8.9")
    @Points(1)
    @DisplayName("applies the tuple rule at every level of tuples nested deeper than any recursion fits in the stack")
    void deeplyNestedTuples() {
        PyObject atoms = w.heap.newInt(0);
        PyObject withList = w.ints(0);
        for (int i = 0; i < DEPTH; i++) {
            atoms = w.heap.newTuple(atoms);
            withList = w.heap.newTuple(withList);
        }
        int before = w.heap.liveCount();
        assertThat(copyWithoutOverflow(atoms, new Memo())).as("nested tuples of atoms copy to themselves")
                .isSameAs(atoms);
        assertThat(w.heap.liveCount()).as("and create nothing").isEqualTo(before);
        PyObject y = copyWithoutOverflow(withList, new Memo());
        assertThat(y).as("a list at the bottom makes every enclosing tuple new").isNotSameAs(withList);
        assertThat(w.heap.liveCount()).as("one new tuple per level plus the list").isEqualTo(before + DEPTH + 1);
        assertThat(((PyTuple) y).get(0)).as("the inner tuples are new too").isNotSameAs(((PyTuple) withList).get(0));
    }
}
