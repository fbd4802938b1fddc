package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyList;
import pymem.model.PyClass;
import pymem.model.PyObject;

@DisplayName("Mutability (task 1)")
@Tag("task:1")
class MutabilityHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.1")
    @Points(2)
    @DisplayName("classifies list, dict, set, bytearray, classes and instances as mutable")
    void mutableColumnOfTheTable() {
        PyClass c = py.cls("C");
        List<PyObject> mutable = List.of(py.list(), py.heap.newDict(), py.heap.newSet(), py.ba("a"), c,
                py.heap.newInstance(c), py.function("f", py.i(0)), py.heap.newCell(py.i(1)));
        for (PyObject obj : mutable) {
            assertThat(Mutability.isMutable(obj)).as("a " + obj.kind().pythonName() + " can change in place, so it is mutable").isTrue();
        }
    }

    @Test
    @Concept("2.1")
    @Points(2)
    @DisplayName("classifies int, float, complex, bool, str, tuple, frozenset, bytes and None as immutable")
    void immutableColumnOfTheTable() {
        List<PyObject> immutable = List.of(py.i(60), py.f(1.5), py.heap.newComplex(1, 2), py.heap.newBool(true),
                py.s("abc"), py.tuple(py.i(1)), py.heap.newFrozenSet(py.i(1)), py.b("x"), py.heap.newNone());
        for (PyObject obj : immutable) {
            assertThat(Mutability.isMutable(obj)).as("a " + obj.kind().pythonName() + " never changes after creation, so it is immutable").isFalse();
        }
    }

    @Test
    @Concept("2.1")
    @Points(3)
    @DisplayName("keeps a tuple immutable even when one of its items is a list")
    void tupleHoldingAListIsImmutable() {
        assertThat(Mutability.isMutable(py.tuple(py.i(1), py.list(py.i(2)))))
                .as("a tuple's references never change, whatever the objects they point to").isFalse();
    }

    @Test
    @Concept("2.1")
    @Points(2)
    @DisplayName("keeps every tuple immutable, whatever mutable objects it holds at any depth, and the list inside mutable")
    void tuplesOfMutablesStayImmutable() {
        PyList inner = py.list(py.i(2));
        assertThat(Mutability.isMutable(py.tuple(inner))).as("([2],) is immutable: its one reference never changes").isFalse();
        assertThat(Mutability.isMutable(py.tuple(py.tuple(py.list()), py.heap.newDict()))).as("(([],), {}) is immutable at the top").isFalse();
        assertThat(Mutability.isMutable(py.tuple(py.heap.newSet(py.i(1))))).as("({1},) is immutable").isFalse();
        assertThat(Mutability.isMutable(inner)).as("the list held by a tuple is still a mutable list").isTrue();
    }
}

