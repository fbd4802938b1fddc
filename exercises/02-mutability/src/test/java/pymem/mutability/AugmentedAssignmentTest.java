package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyTuple;

@Tag("task:6")
@DisplayName("Augmented assignment")
class AugmentedAssignmentTest {
    private final Heap heap = new Heap();
    private final AugmentedAssignment aug = new AugmentedAssignment(heap);
    private final Namespace ns = new Namespace("<module>");

    @Test
    @Tag("concept:2.10")
    @DisplayName("x = [1, 2, 3]; y = x; y += [4] is seen through x")
    void mutableAlias() {
        PyList x = heap.newList(heap.newInt(1), heap.newInt(2), heap.newInt(3));
        ns.bind("x", x);
        ns.bind("y", x);
        aug.addToName(ns, "y", heap.newList(heap.newInt(4)));
        assertThat(ns.get("y")).as("y is still x").isSameAs(x);
        assertThat(ns.get("x").repr()).as("x").isEqualTo("[1, 2, 3, 4]");
    }

    @Test
    @Tag("concept:2.10")
    @DisplayName("x = 60; y = x; y += 5 leaves x at 60")
    void immutableAlias() {
        PyInt sixty = heap.newInt(60);
        ns.bind("x", sixty);
        ns.bind("y", sixty);
        aug.addToName(ns, "y", heap.newInt(5));
        assertThat(ns.get("x")).as("x").isSameAs(sixty);
        assertThat(ns.get("y").repr()).as("y").isEqualTo("65");
    }

    @Test
    @Tag("concept:2.10")
    @DisplayName("t = (1, [2]); t[1] += [3] raises, and t is (1, [2, 3]) afterwards")
    void famousTupleCase() {
        PyTuple t = heap.newTuple(heap.newInt(1), heap.newList(heap.newInt(2)));
        assertThatThrownBy(() -> aug.addToItem(t, heap.newInt(1), heap.newList(heap.newInt(3))))
                .as("t[1] += [3]").isInstanceOf(PyException.class)
                .hasMessage("'tuple' object does not support item assignment");
        assertThat(t.repr()).as("t afterwards").isEqualTo("(1, [2, 3])");
    }
}
