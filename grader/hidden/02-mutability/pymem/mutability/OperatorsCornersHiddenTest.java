package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.mutability.MutabilityFacts.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.OutOfScopeError;
import pymem.model.PyList;

/** The corners where a first implementation usually parts from CPython 3.11 (found by differential testing). */
@DisplayName("CPython's corners of the operators (task 4)")
@Tag("task:4")
class OperatorsCornersHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.6")
    @Points(1)
    @DisplayName("extends a list in place with a one-element set, and declares a longer set's order out of scope")
    void listPlusEqualsASet() {
        Operators ops = new Operators(py.heap);
        PyList l = py.list();
        assertThat(ops.inplaceAdd(l, py.heap.newFrozenSet(py.i(3)))).as("l += s extends l itself").isSameAs(l);
        assertThat(l.repr()).as("a one-element set has one order").isEqualTo("[3]");
        assertThatThrownBy(() -> ops.inplaceAdd(py.list(), py.heap.newSet(py.i(3), py.i(1), py.i(2))))
                .as("a set's iteration order is CPython's hash table's: out of scope").isInstanceOf(OutOfScopeError.class);
    }
}
