package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyException;

@Tag("task:3")
@DisplayName("hash()")
class HashingTest {
    private final Heap heap = new Heap();

    @Test
    @Tag("concept:2.3")
    @DisplayName("refuses to hash a list: unhashable type: 'list'")
    void listIsUnhashable() {
        assertThatThrownBy(() -> Hashing.hash(heap.newList(heap.newInt(1))))
                .as("hash([1])").isInstanceOf(PyException.class).hasMessage("unhashable type: 'list'");
    }

    @Test
    @Tag("concept:2.4")
    @DisplayName("turns hash(-1) into -2 and hashes small ints to themselves")
    void smallInts() {
        assertThat(Hashing.hash(heap.newInt(-1))).as("hash(-1)").isEqualTo(-2);
        assertThat(Hashing.hash(heap.newInt(42))).as("hash(42)").isEqualTo(42);
    }

    @Test
    @Tag("concept:2.4")
    @DisplayName("gives 1, 1.0 and True the same hash because they are equal")
    void equalNumbersHashEqual() {
        assertThat(Hashing.hash(heap.newFloat(1.0))).as("hash(1.0)").isEqualTo(1);
        assertThat(Hashing.hash(heap.newBool(true))).as("hash(True)").isEqualTo(1);
    }

    @Test
    @Tag("concept:2.3")
    @DisplayName("hashes a tuple only when every item is hashable")
    void tupleHashability() {
        assertThat(Hashing.isHashable(heap.newTuple(heap.newInt(1), heap.newStr("a")))).as("hash((1, 'a'))").isTrue();
        assertThatThrownBy(() -> Hashing.hash(heap.newTuple(heap.newInt(1), heap.newList(heap.newInt(2)))))
                .as("hash((1, [2]))").isInstanceOf(PyException.class).hasMessage("unhashable type: 'list'");
    }

    @Test
    @Tag("concept:2.3")
    @DisplayName("makes instances of a class that defines __eq__ but not __hash__ unhashable")
    void eqWithoutHashIsUnhashable() {
        PyClass point = heap.newClass("Point");
        point.setAttribute("__eq__", heap.newFunction("__eq__", args -> heap.newBool(true)));
        assertThat(Hashing.isHashable(heap.newInstance(point)))
                .as("class Point: def __eq__(self, other): ...  -> hash(Point()) raises TypeError: unhashable type: 'Point'").isFalse();
    }
}
