package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyObject;

@Tag("task:2")
@DisplayName("Python's ==")
class EqualityTest {
    private final Heap heap = new Heap();

    @Test
    @Tag("concept:2.2")
    @DisplayName("finds 1, 1.0 and True equal")
    void equalNumbers() {
        assertThat(Equality.equal(heap.newInt(1), heap.newFloat(1.0))).as("1 == 1.0").isTrue();
        assertThat(Equality.equal(heap.newBool(true), heap.newInt(1))).as("True == 1").isTrue();
        assertThat(Equality.equal(heap.newInt(1), heap.newInt(2))).as("1 == 2").isFalse();
    }

    @Test
    @Tag("concept:2.2")
    @DisplayName("compares two distinct strings by their characters")
    void equalStrings() {
        assertThat(Equality.equal(heap.newStr("abc"), heap.newStr("abc"))).as("'abc' == 'abc' (two objects)").isTrue();
        assertThat(Equality.equal(heap.newStr("a"), heap.newBytes(new byte[] {'a'}))).as("'a' == b'a'").isFalse();
    }

    @Test
    @Tag("concept:2.2")
    @DisplayName("compares tuples item by item and never a list with a tuple")
    void sequences() {
        assertThat(Equality.equal(heap.newTuple(heap.newInt(1), heap.newInt(2)), heap.newTuple(heap.newFloat(1.0), heap.newInt(2))))
                .as("(1, 2) == (1.0, 2)").isTrue();
        assertThat(Equality.equal(heap.newList(heap.newInt(1)), heap.newTuple(heap.newInt(1)))).as("[1] == (1,)").isFalse();
    }

    @Test
    @Tag("concept:2.2")
    @DisplayName("finds dicts equal whatever order their keys were inserted in: {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}")
    void dictsIgnoreInsertionOrder() {
        PyDict ab = heap.newDict();
        ab.put(heap.newInt(1), heap.newStr("a"));
        ab.put(heap.newInt(2), heap.newStr("b"));
        PyDict ba = heap.newDict();
        ba.put(heap.newInt(2), heap.newStr("b"));
        ba.put(heap.newInt(1), heap.newStr("a"));
        assertThat(Equality.equal(ab, ba)).as("{1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}: each key is looked up, positions never matter").isTrue();
    }

    @Test
    @Tag("concept:2.2")
    @DisplayName("compares the items of a list by identity first: nan = float('nan'); [nan] == [nan]")
    void itemsAreComparedByIdentityFirst() {
        PyObject nan = heap.newFloat(Double.NaN);
        assertThat(Equality.equal(nan, nan)).as("nan == nan").isFalse();
        assertThat(Equality.equal(heap.newList(nan), heap.newList(nan))).as("[nan] == [nan]: the same object is an equal item").isTrue();
    }
}
