package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyTuple;

@Tag("task:1")
@DisplayName("The mutable/immutable table")
class MutabilityTest {
    private final Heap heap = new Heap();

    @Test
    @Tag("concept:2.1")
    @DisplayName("puts list, dict, set and bytearray in the mutable column")
    void mutableContainers() {
        // GIVEN one object of each mutable built-in type
        // WHEN / THEN each is classified as mutable
        assertThat(Mutability.isMutable(heap.newList())).as("list").isTrue();
        assertThat(Mutability.isMutable(heap.newDict())).as("dict").isTrue();
        assertThat(Mutability.isMutable(heap.newSet())).as("set").isTrue();
        assertThat(Mutability.isMutable(heap.newByteArray(new byte[] {1}))).as("bytearray").isTrue();
    }

    @Test
    @Tag("concept:2.1")
    @DisplayName("puts int, str, tuple and frozenset in the immutable column")
    void immutableValues() {
        assertThat(Mutability.isMutable(heap.newInt(60))).as("int").isFalse();
        assertThat(Mutability.isMutable(heap.newStr("abc"))).as("str").isFalse();
        assertThat(Mutability.isMutable(heap.newTuple(heap.newInt(1)))).as("tuple").isFalse();
        assertThat(Mutability.isMutable(heap.newFrozenSet())).as("frozenset").isFalse();
    }

    @Test
    @Tag("concept:2.1")
    @DisplayName("counts user classes and their instances as mutable")
    void classesAndInstances() {
        var cls = heap.newClass("C");
        assertThat(Mutability.isMutable(cls)).as("class C: pass").isTrue();
        assertThat(Mutability.isMutable(heap.newInstance(cls))).as("C()").isTrue();
    }

    @Test
    @Tag("concept:2.1")
    @DisplayName("keeps a tuple immutable even when it holds a list: t = (1, [2])")
    void tupleHoldingAList() {
        PyTuple t = heap.newTuple(heap.newInt(1), heap.newList(heap.newInt(2)));
        assertThat(Mutability.isMutable(t))
                .as("(1, [2]) is a tuple: its items are fixed, though the list inside can change").isFalse();
    }
}
