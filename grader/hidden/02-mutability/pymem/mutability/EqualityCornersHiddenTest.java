package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyObject;

/** The corners where a first implementation usually parts from CPython 3.11 (found by differential testing). */
@DisplayName("CPython's corners of equality (task 2)")
@Tag("task:2")
class EqualityCornersHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.2")
    @Points(2)
    @DisplayName("compares cells by their contents, two empty cells equal, with no identity shortcut")
    void cellsCompareContents() {
        assertThat(Equality.equal(py.heap.newCell(py.i(1)), py.heap.newCell(py.f(1.0)))).as("cells compare their contents with ==")
                .isEqualTo(CELLS_OF_1_AND_1_POINT_0_EQ);
        assertThat(Equality.equal(py.heap.newCell(null), py.heap.newCell(null))).as("two empty cells are equal")
                .isEqualTo(EMPTY_CELLS_EQ);
        assertThat(Equality.equal(py.heap.newCell(null), py.heap.newCell(py.heap.newNone()))).as("an empty cell equals no full one")
                .isEqualTo(EMPTY_CELL_EQ_CELL_OF_NONE);
        PyObject nanCell = py.heap.newCell(py.f(Double.NaN));
        assertThat(Equality.equal(nanCell, nanCell)).as("a cell asks == of its contents, not identity first")
                .isEqualTo(CELL_OF_NAN_EQ_ITSELF);
        assertThat(Equality.equal(py.heap.newCell(py.list(py.i(1))), py.heap.newCell(py.list(py.i(2)))))
                .as("cells with unequal contents differ").isEqualTo(CELLS_OF_DIFFERENT_LISTS_EQ);
    }
}
