package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyFrozenSet;
import pymem.model.PyObject;
import pymem.model.PyTuple;

@DisplayName("Atoms (task 1)")
@Tag("task:1")
class AtomsHiddenTest {
    private final Heap heap = new Heap();
    private final PyClass cls = heap.newClass("C");

    /** One object of every kind the copy module distinguishes. */
    private List<PyObject> samples() {
        return List.of(heap.newNone(), heap.newInt(42), heap.newBool(true), heap.newFloat(3.14),
                heap.newComplex(0, 1), heap.newStr("hello"), heap.newBytes(new byte[] {1}), cls,
                heap.newFunction("f", args -> args.get(0)), heap.newTuple(heap.newInt(1), heap.newList()),
                heap.newFrozenSet(heap.newInt(1)), heap.newList(heap.newInt(1)), heap.newDict(),
                heap.newSet(heap.newInt(1)), heap.newByteArray(new byte[] {1}), heap.newInstance(cls));
    }

    private static boolean listed(String names, PyObject x) {
        return Arrays.asList(names.split(" ")).contains(x.typeName());
    }

    @Test
    @Concept("8.1")
    @Points(2)
    @DisplayName("treats exactly None, numbers, str, bytes, classes and functions as atomic for deepcopy")
    void atomicTypesAreCPythons() {
        for (PyObject x : samples()) {
            if (x instanceof PyFrozenSet || x instanceof PyTuple) {
                continue; // concepts 8.6 and 8.5 (frozensetIsNotAtomic, the tuple rule): not a mistake about 8.1
            }
            assertThat(Atoms.isAtomic(x))
                    .as("deepcopy returns a %s unchanged only if it is one of CPython's atomic types", x.typeName())
                    .isEqualTo(listed(CopyFacts.ATOMIC_TYPES, x));
        }
    }

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("lets copy.copy return atoms, tuples and frozensets themselves, and nothing else")
    void copiedAsIsTypesAreCPythons() {
        for (PyObject x : samples()) {
            assertThat(Atoms.copiedAsIs(x))
                    .as("copy.copy returns a %s itself only if it is immutable", x.typeName())
                    .isEqualTo(listed(CopyFacts.COPIED_AS_IS_TYPES, x));
        }
    }

    @Test
    @Concept("8.6")
    @Points(1)
    @DisplayName("does not treat a frozenset as atomic, though copy.copy returns it as is")
    void frozensetIsNotAtomic() {
        PyObject fs = heap.newFrozenSet(heap.newInt(1), heap.newInt(2));
        assertThat(Atoms.copiedAsIs(fs)).as("copy.copy(frozenset) returns the frozenset itself").isTrue();
        assertThat(Atoms.isAtomic(fs)).as("frozenset is NOT atomic: deepcopy(fs) is fs is False")
                .isEqualTo(CopyFacts.DEEPCOPY_FROZENSET_IS_ORIGINAL);
    }
}
