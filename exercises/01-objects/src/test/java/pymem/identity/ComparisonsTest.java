package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyObject;

@Tag("task:5")
@DisplayName("Task 5: is versus ==")
class ComparisonsTest {
    private final Heap heap = new Heap();

    @Test
    @Tag("concept:1.7")
    @DisplayName("finds 1 == 1.0 == True although they are three objects")
    void oneOneTrue() {
        PyObject one = heap.newInt(1);
        PyObject onePointZero = heap.newFloat(1.0);
        PyObject yes = heap.newBool(true);
        assertThat(Comparisons.equal(one, onePointZero)).as("1 == 1.0").isTrue();
        assertThat(Comparisons.equal(onePointZero, yes)).as("1.0 == True").isTrue();
        assertThat(Comparisons.is(one, yes)).as("1 is True").isFalse();
    }

    @Test
    @Tag("concept:1.7")
    @DisplayName("compares strings by value, not by identity")
    void stringsByValue() {
        PyObject a = heap.newStr("hello world!");
        PyObject b = heap.newStr("hello world!");
        assertThat(Comparisons.equal(a, b)).as("'hello world!' == 'hello world!'").isTrue();
        assertThat(Comparisons.is(a, b)).as("two separately made strings: a is b").isFalse();
    }

    @Test
    @Tag("concept:1.7")
    @DisplayName("compares tuples item by item")
    void tuples() {
        PyObject left = heap.newTuple(heap.newInt(1), heap.newStr("a"));
        PyObject right = heap.newTuple(heap.newFloat(1.0), heap.newStr("a"));
        assertThat(Comparisons.equal(left, right)).as("(1, 'a') == (1.0, 'a')").isTrue();
    }

    @Test
    @Tag("concept:1.7")
    @DisplayName("asks is before == for the items of a sequence: nan = float('nan'); (nan,) == (nan,) though nan != nan")
    void itemsAreComparedByIdentityFirst() {
        PyObject nan = heap.newFloat(Double.NaN);
        assertThat(Comparisons.equal(nan, nan)).as("nan == nan").isFalse();
        assertThat(Comparisons.equal(heap.newTuple(nan), heap.newTuple(nan)))
                .as("(nan,) == (nan,): the same object is equal as an item, before == is asked").isTrue();
    }

    @Test
    @Tag("concept:1.7")
    @DisplayName("compares an int and a float exactly: 2**53 + 1 != 2.0**53")
    void intAndFloatExactly() {
        PyObject big = heap.newInt(9_007_199_254_740_993L);
        PyObject asFloat = heap.newFloat(9_007_199_254_740_992.0);
        assertThat(Comparisons.equal(big, asFloat)).as("2**53 + 1 == 2.0**53 (the int must not be rounded to a double)").isFalse();
    }
}
