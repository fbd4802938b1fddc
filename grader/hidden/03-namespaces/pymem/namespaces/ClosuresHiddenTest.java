package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameKind;

@DisplayName("Task 4: frames, cells and closures")
@Tag("task:4")
class ClosuresHiddenTest {
    /** Every closure here captures the cells the symbol table names (3.4): when that is broken, say so. */
    @BeforeEach
    void prerequisites() {
        RunFixtures.requireFreeNames();
    }


    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("lets a nested function read its enclosing function's variable (the notebook's second example)")
    void enclosing() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NOTEBOOK_ENCLOSING))
                .as("a nested function reads the enclosing variable through its closure cell")
                .isEqualTo(NamespacesFacts.NOTEBOOK_ENCLOSING);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("shows a closure the variable's value at call time, not at definition time")
    void lateBinding() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CLOSURE_SEES_LATER_ASSIGNMENT))
                .as("a closure captures the cell, so it sees assignments made after it was defined")
                .isEqualTo(NamespacesFacts.CLOSURE_SEES_LATER_ASSIGNMENT);
    }

    @Test
    @Concept("3.7")
    @Points(3)
    @DisplayName("gives lambdas made in one comprehension the same loop variable")
    void lambdasShareTheLoopVariable() {
        assertThat(RunFixtures.transcript(SnippetFixtures.LATE_BINDING_LAMBDAS))
                .as("all lambdas made in one comprehension share one cell: each sees its last value")
                .isEqualTo(NamespacesFacts.LATE_BINDING_LAMBDAS);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("freezes a value in a default argument, evaluated when the def or lambda runs")
    void defaultsCaptureValues() {
        assertThat(RunFixtures.transcript(SnippetFixtures.DEFAULT_CAPTURES_VALUE))
                .as("a default is a value stored in the function, not a cell")
                .isEqualTo(NamespacesFacts.DEFAULT_CAPTURES_VALUE);
        assertThat(RunFixtures.transcript(SnippetFixtures.DEFAULT_EVALUATED_AT_DEF))
                .as("a default is evaluated once, when the def statement runs")
                .isEqualTo(NamespacesFacts.DEFAULT_EVALUATED_AT_DEF);
    }

    @Test
    @Concept("3.7")
    @Points(3)
    @DisplayName("lets two closures of one call share one cell")
    void sharedCell() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CLOSURES_SHARE_ONE_CELL))
                .as("two functions made in one call capture the same cell: a nonlocal write is seen by both")
                .isEqualTo(NamespacesFacts.CLOSURES_SHARE_ONE_CELL);
    }

    @Test
    @Concept("3.7")
    @Points(3)
    @DisplayName("gives every call of a function fresh cells")
    void freshCellsPerCall() {
        assertThat(RunFixtures.transcript(SnippetFixtures.FRESH_CELLS_PER_CALL))
                .as("each call makes new empty cells: two counters from two calls are independent")
                .isEqualTo(NamespacesFacts.FRESH_CELLS_PER_CALL);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("raises the free-variable NameError when the enclosing variable is not bound yet, or deleted")
    void unboundFreeVariable() {
        assertThat(RunFixtures.transcript(SnippetFixtures.FREE_VARIABLE_NOT_YET_BOUND))
                .as("an empty cell read through a closure is CPython's free-variable NameError")
                .isEqualTo(NamespacesFacts.FREE_VARIABLE_NOT_YET_BOUND);
        assertThat(RunFixtures.transcript(SnippetFixtures.FREE_VARIABLE_DELETED))
                .as("del of a cell variable empties the cell every closure shares")
                .isEqualTo(NamespacesFacts.FREE_VARIABLE_DELETED);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("raises UnboundLocalError when a function reads its own cell variable before assigning it")
    void unboundCellVariable() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CELL_VARIABLE_READ_BEFORE_ASSIGNMENT))
                .as("an empty cell read in its own function is UnboundLocalError, not the free-variable error")
                .isEqualTo(NamespacesFacts.CELL_VARIABLE_READ_BEFORE_ASSIGNMENT);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("empties a cell on del, and reports deleting an empty cell as its own function or a closure sees it")
    void deleteCells() {
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_EMPTY_CELL))
                .as("del of an empty cell in its own function is UnboundLocalError")
                .isEqualTo(NamespacesFacts.DEL_EMPTY_CELL);
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_EMPTY_FREE_CELL))
                .as("del through nonlocal empties the shared cell; a second del is the free-variable NameError")
                .isEqualTo(NamespacesFacts.DEL_EMPTY_FREE_CELL);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("rebinds the enclosing variable through nonlocal, across two levels")
    void nestedNonlocal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NESTED_NONLOCAL))
                .as("nonlocal stores write the one cell that every level shares")
                .isEqualTo(NamespacesFacts.NESTED_NONLOCAL);
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_IN_CLASS_BODY))
                .as("nonlocal in a class body writes the enclosing function's cell")
                .isEqualTo(NamespacesFacts.NONLOCAL_IN_CLASS_BODY);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("reads the nearest enclosing binding, through intermediate functions and class bodies")
    void throughIntermediates() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NEAREST_ENCLOSING_SCOPE))
                .as("the innermost enclosing function's variable wins")
                .isEqualTo(NamespacesFacts.NEAREST_ENCLOSING_SCOPE);
        assertThat(RunFixtures.transcript(SnippetFixtures.FREE_NAME_PASSES_THROUGH))
                .as("an intermediate function hands the cell on to the function nested in it")
                .isEqualTo(NamespacesFacts.FREE_NAME_PASSES_THROUGH);
        assertThat(RunFixtures.transcript(SnippetFixtures.NESTING_THROUGH_CLASS))
                .as("a class body hands the cell on to its methods")
                .isEqualTo(NamespacesFacts.NESTING_THROUGH_CLASS);
    }

    @Test
    @Concept("3.4")
    @Points(1)
    @DisplayName("reads the module's value below a global declaration, not the enclosing function's")
    void globalHidesEnclosingAtRunTime() {
        assertThat(RunFixtures.transcript(SnippetFixtures.GLOBAL_HIDES_ENCLOSING_BINDING))
                .as("below 'global x' a nested read of x is a global read")
                .isEqualTo(NamespacesFacts.GLOBAL_HIDES_ENCLOSING_BINDING);
    }

    @Test
    @Concept("3.7")
    @Points(2)
    @DisplayName("captures the defining frame's very cells, and makes new empty ones for each frame")
    void capturesCellsNotValues() {
        // Hand-classified blocks (what the symbol table gives for make/inc/get), so task 4 is graded alone.
        Block module = new Block(BlockKind.MODULE, "top", null);
        Block make = new Block(BlockKind.FUNCTION, "make", module);
        Block inc = new Block(BlockKind.FUNCTION, "inc", make);
        Block get = new Block(BlockKind.FUNCTION, "get", make);
        make.classify("inc", NameKind.LOCAL);
        make.classify("n", NameKind.CELL);
        make.classify("get", NameKind.LOCAL);
        make.classify("a", NameKind.CELL);
        inc.classify("n", NameKind.FREE);
        get.classify("n", NameKind.FREE);
        get.classify("a", NameKind.FREE);
        Closures closures = new Closures();
        Namespace globals = new Namespace("__main__");
        Namespace builtins = new Namespace("builtins");

        Frame call = closures.enter(make, globals, builtins, List.of());
        PyCell cell = call.cell("n");
        assertThat(cell).as("a CELL name gets a cell when its frame is entered").isNotNull();
        assertThat(cell.contents()).as("a new frame's cell starts empty").isNull();
        assertThat(call.locals()).as("a function frame has a namespace of its own, not the module's")
                .isNotSameAs(globals);
        List<PyCell> forInc = closures.closureFor(call, inc);
        List<PyCell> forGet = closures.closureFor(call, get);
        assertThat(forInc).as("a closure holds the defining frame's cell itself, not a copy").containsExactly(cell);
        assertThat(forGet).as("a closure lists its FREE names' cells in namesOf(FREE) order")
                .containsExactly(call.cell("a"), cell);
        assertThat(forGet.get(1)).as("two closures made in one frame share one cell").isSameAs(forInc.get(0));
        assertThat(call.cell("a")).as("each CELL name has a cell of its own").isNotSameAs(cell);
        Frame incFrame = closures.enter(inc, globals, builtins, forInc);
        assertThat(incFrame.cell("n")).as("a FREE name's cell in the callee is the closure's cell").isSameAs(cell);
        Frame getFrame = closures.enter(get, globals, builtins, forGet);
        assertThat(getFrame.cell("a")).as("closure cells are matched to FREE names by position").isSameAs(call.cell("a"));
        assertThat(getFrame.cell("n")).as("closure cells are matched to FREE names by position").isSameAs(cell);
        assertThat(closures.enter(make, globals, builtins, List.of()).cell("n"))
                .as("a second call of the same function gets a fresh cell").isNotSameAs(cell);
        Frame moduleFrame = closures.enter(module, globals, builtins, List.of());
        assertThat(moduleFrame.locals()).as("module code runs with its globals as its locals").isSameAs(globals);
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("runs whole programs to CPython's errors for returns, sums, sequences, calls and class names")
    void wholeProgramsEndAsInCPython() {
        String[][] cases = {
            {SnippetFixtures.RETURN_OUTSIDE_FUNCTION, NamespacesFacts.RETURN_OUTSIDE_FUNCTION},
            {SnippetFixtures.SUM_OF_BOOLS_THEN_STRS, NamespacesFacts.SUM_OF_BOOLS_THEN_STRS},
            {SnippetFixtures.SEQUENCE_REPETITION_BY_NON_INT, NamespacesFacts.SEQUENCE_REPETITION_BY_NON_INT},
            {SnippetFixtures.SEQUENCE_CONCATENATION_OF_MIXED_TYPES, NamespacesFacts.SEQUENCE_CONCATENATION_OF_MIXED_TYPES},
            {SnippetFixtures.CALL_ARITY_WITH_DEFAULTS, NamespacesFacts.CALL_ARITY_WITH_DEFAULTS},
            {SnippetFixtures.METHOD_ARITY_NAMES_ITS_CLASS, NamespacesFacts.METHOD_ARITY_NAMES_ITS_CLASS},
            {SnippetFixtures.QUALIFIED_CLASS_REPRS, NamespacesFacts.QUALIFIED_CLASS_REPRS},
        };
        for (String[] c : cases) {
            assertThat(RunFixtures.transcript(c[0]))
                    .as("a whole program prints what CPython prints and ends with CPython's exception")
                    .isEqualTo(c[1]);
        }
    }
}
