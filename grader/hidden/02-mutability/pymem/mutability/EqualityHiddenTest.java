package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFloat;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("Python equality (task 2)")
@Tag("task:2")
class EqualityHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.2")
    @Points(2)
    @DisplayName("compares int, bool, float and complex by exact numeric value")
    void numbersCompareByValue() {
        assertThat(Equality.equal(py.i(1), py.f(1.0))).as("1 == 1.0").isEqualTo(EQ_INT_FLOAT);
        assertThat(Equality.equal(py.heap.newBool(true), py.i(1))).as("True == 1").isEqualTo(EQ_TRUE_INT);
        assertThat(Equality.equal(py.heap.newBool(false), py.f(0.0))).as("False == 0.0").isEqualTo(EQ_FALSE_FLOAT_ZERO);
        assertThat(Equality.equal(py.heap.newComplex(1, 0), py.i(1))).as("(1+0j) == 1").isEqualTo(EQ_COMPLEX_ZERO_IMAG_INT);
        assertThat(Equality.equal(py.f(2.5), py.heap.newComplex(2.5, 0))).as("2.5 == (2.5+0j)").isEqualTo(EQ_FLOAT_COMPLEX);
        assertThat(Equality.equal(py.heap.newComplex(1, 2), py.i(1))).as("(1+2j) != 1: the imaginary part counts").isEqualTo(EQ_COMPLEX_WITH_IMAG_INT);
        assertThat(Equality.equal(py.heap.newComplex(1, 2), py.heap.newComplex(1, 2))).as("(1+2j) == (1+2j)").isTrue();
        assertThat(Equality.equal(py.heap.newComplex(1, 2), py.heap.newComplex(2, 2))).as("(1+2j) != (2+2j)").isFalse();
        assertThat(Equality.equal(py.i(1), py.i(2))).as("1 != 2").isFalse();
        assertThat(Equality.equal(py.f(0.5), py.i(0))).as("0.5 != 0").isFalse();
        assertThat(Equality.equal(py.pow2(53, 1), py.f(Math.pow(2, 53)))).as("2**53 + 1 != float(2**53): int and float compare exactly, not after rounding").isEqualTo(EQ_2_POW_53_PLUS_1_FLOAT);
        assertThat(Equality.equal(py.f(Math.pow(2, 53)), py.pow2(53, 0))).as("float(2**53) == 2**53").isEqualTo(EQ_FLOAT_2_POW_53_INT);
        assertThat(Equality.equal(py.big("1000000000000000000000"), py.big("1000000000000000000000"))).as("equal big ints are equal").isTrue();
        assertThat(Equality.equal(py.f(Double.POSITIVE_INFINITY), py.pow2(1024, 0))).as("inf equals no int").isEqualTo(EQ_INF_2_POW_1024);
    }

    @Test
    @Concept("2.2")
    @Points(1)
    @DisplayName("makes nan unequal to itself, while a container compares its items by identity first")
    void nanAndIdentityFirst() {
        PyFloat nan = py.f(Double.NaN);
        assertThat(Equality.equal(nan, nan)).as("nan == nan is False").isEqualTo(EQ_NAN_ITSELF);
        assertThat(Equality.equal(py.list(nan), py.list(nan))).as("[nan] == [nan] with the same nan object: items are compared with 'is' first").isEqualTo(EQ_LISTS_OF_SAME_NAN);
        assertThat(Equality.equal(py.list(nan), py.list(py.f(Double.NaN)))).as("[nan] != [another nan]").isEqualTo(EQ_LISTS_OF_TWO_NANS);
    }

    @Test
    @Concept("2.2")
    @Points(1)
    @DisplayName("compares strings by characters and bytes with bytearray by their bytes, never str with bytes")
    void textAndBytes() {
        assertThat(Equality.equal(py.s("abc"), py.s("abc"))).as("two distinct 'abc' objects are equal").isTrue();
        assertThat(Equality.equal(py.s("abc"), py.s("abd"))).as("'abc' != 'abd'").isFalse();
        assertThat(Equality.equal(py.s("a"), py.b("a"))).as("'a' != b'a'").isEqualTo(EQ_STR_BYTES);
        assertThat(Equality.equal(py.b("ab"), py.ba("ab"))).as("b'ab' == bytearray(b'ab')").isEqualTo(EQ_BYTES_BYTEARRAY);
        assertThat(Equality.equal(py.ba("ab"), py.b("ac"))).as("bytearray(b'ab') != b'ac'").isFalse();
        assertThat(Equality.equal(py.s("1"), py.i(1))).as("'1' != 1").isEqualTo(EQ_STR_INT);
    }

    @Test
    @Concept("2.2")
    @Points(2)
    @DisplayName("compares tuples and lists item by item, and never a list with a tuple")
    void sequences() {
        assertThat(Equality.equal(py.tuple(py.i(1), py.i(2)), py.tuple(py.f(1.0), py.i(2)))).as("(1, 2) == (1.0, 2)").isEqualTo(EQ_TUPLE_INT_FLOAT);
        assertThat(Equality.equal(py.tuple(py.i(1), py.i(2)), py.tuple(py.i(1), py.i(3)))).as("(1, 2) != (1, 3)").isFalse();
        assertThat(Equality.equal(py.list(py.i(1)), py.tuple(py.i(1)))).as("[1] != (1,): different types").isEqualTo(EQ_LIST_TUPLE);
        assertThat(Equality.equal(py.list(py.i(1), py.list(py.i(2))), py.list(py.i(1), py.list(py.i(2))))).as("[1, [2]] == [1, [2]]").isEqualTo(EQ_NESTED_LISTS);
        assertThat(Equality.equal(py.list(py.i(1), py.list(py.i(2))), py.list(py.i(1), py.list(py.i(3))))).as("[1, [2]] != [1, [3]]").isFalse();
        assertThat(Equality.equal(py.list(py.i(1)), py.list(py.i(1), py.i(2)))).as("[1] != [1, 2]").isFalse();
        assertThat(Equality.equal(py.tuple(py.i(1), py.i(2)), py.tuple(py.i(1)))).as("(1, 2) != (1,)").isFalse();
    }

    @Test
    @Concept("2.2")
    @Points(2)
    @DisplayName("compares dicts by equal keys and values, and sets with frozensets by their elements")
    void mappingsAndSets() {
        PyDict a = py.heap.newDict();
        a.put(py.i(1), py.s("a"));
        PyDict b = py.heap.newDict();
        b.put(py.f(1.0), py.s("a"));
        PyDict c = py.heap.newDict();
        c.put(py.i(1), py.s("b"));
        PyDict d = py.heap.newDict();
        d.put(py.i(2), py.s("a"));
        assertThat(Equality.equal(a, b)).as("{1: 'a'} == {1.0: 'a'}").isEqualTo(EQ_DICT_INT_FLOAT_KEYS);
        assertThat(Equality.equal(a, c)).as("{1: 'a'} != {1: 'b'}").isEqualTo(EQ_DICT_OTHER_VALUE);
        assertThat(Equality.equal(a, d)).as("{1: 'a'} != {2: 'a'}").isFalse();
        assertThat(Equality.equal(a, py.heap.newDict())).as("{1: 'a'} != {}").isFalse();
        assertThat(Equality.equal(py.heap.newFrozenSet(py.i(1), py.i(2)), py.heap.newSet(py.f(2.0), py.i(1)))).as("frozenset({1, 2}) == {2.0, 1}").isEqualTo(EQ_FROZENSET_SET);
        assertThat(Equality.equal(py.heap.newSet(py.i(1)), py.heap.newSet(py.i(2)))).as("{1} != {2}").isFalse();
        assertThat(Equality.equal(py.heap.newSet(py.i(1)), py.heap.newSet(py.i(1), py.i(2)))).as("{1} != {1, 2}").isFalse();
        assertThat(Equality.equal(py.heap.newSet(py.i(1)), py.list(py.i(1)))).as("{1} != [1]").isEqualTo(EQ_SET_LIST);
    }

    @Test
    @Concept("2.2")
    @Points(1)
    @DisplayName("makes None equal None and any other object equal only itself")
    void identityForTheRest() {
        PyClass cls = py.cls("C");
        PyList empty = py.list();
        assertThat(Equality.equal(py.heap.newNone(), py.heap.newNone())).as("None == None").isEqualTo(EQ_NONE_NONE);
        assertThat(Equality.equal(py.heap.newNone(), py.i(0))).as("None != 0").isEqualTo(EQ_NONE_ZERO);
        assertThat(Equality.equal(py.heap.newInstance(cls), py.heap.newInstance(cls))).as("two instances without __eq__ are not equal").isEqualTo(EQ_TWO_PLAIN_INSTANCES);
        assertThat(Equality.equal(cls, cls)).as("an object equals itself").isTrue();
        assertThat(Equality.equal(empty, empty)).as("[] == [] (the same list)").isTrue();
    }

    @Test
    @Concept("2.2")
    @Points(3)
    @DisplayName("finds dicts equal whatever order their keys were inserted in")
    void dictEqualityIgnoresInsertionOrder() {
        PyDict ab = py.heap.newDict();
        ab.put(py.i(1), py.s("a"));
        ab.put(py.i(2), py.s("b"));
        PyDict ba = py.heap.newDict();
        ba.put(py.i(2), py.s("b"));
        ba.put(py.i(1), py.s("a"));
        assertThat(Equality.equal(ab, ba)).as("{1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}: dict equality looks each key up, it never compares positions")
                .isEqualTo(EQ_DICT_OTHER_ORDER);
        PyDict mixed = py.heap.newDict();
        mixed.put(py.i(1), py.s("a"));
        mixed.put(py.s("x"), py.i(2));
        PyDict mixedOtherOrder = py.heap.newDict();
        mixedOtherOrder.put(py.s("x"), py.i(2));
        mixedOtherOrder.put(py.f(1.0), py.s("a"));
        assertThat(Equality.equal(mixed, mixedOtherOrder)).as("{1: 'a', 'x': 2} == {'x': 2, 1.0: 'a'}: keys are found by ==, in any order")
                .isEqualTo(EQ_DICT_OTHER_ORDER_EQUAL_KEYS);
        assertThat(Equality.equal(py.list(ab), py.list(ba))).as("[{1: 'a', 2: 'b'}] == [{2: 'b', 1: 'a'}]: the same rule inside a container")
                .isEqualTo(EQ_LISTS_OF_REORDERED_DICTS);
        PyDict swapped = py.heap.newDict();
        swapped.put(py.i(2), py.s("a"));
        swapped.put(py.i(1), py.s("b"));
        assertThat(Equality.equal(ab, swapped)).as("{1: 'a', 2: 'b'} != {2: 'a', 1: 'b'}: each key's own value is compared")
                .isEqualTo(EQ_DICT_SWAPPED_VALUES);
    }

    @Test
    @Concept("2.2")
    @Points(2)
    @DisplayName("compares the items of tuples and the values of dicts by identity first, so the same nan matches itself")
    void identityFirstInTuplesAndDicts() {
        PyFloat nan = py.f(Double.NaN);
        PyObject tuple = py.tuple(nan);
        assertThat(Equality.equal(tuple, tuple)).as("t = (nan,); t == t: the item is the same object on both sides, so 'is' answers first")
                .isEqualTo(EQ_TUPLE_OF_NAN_ITSELF);
        PyDict left = py.heap.newDict();
        left.put(py.i(1), nan);
        PyDict right = py.heap.newDict();
        right.put(py.i(1), nan);
        assertThat(Equality.equal(left, right)).as("{1: nan} == {1: nan} with the same nan object: dict values are compared with 'is' first")
                .isEqualTo(EQ_DICTS_SAME_NAN_VALUE);
        PyDict other = py.heap.newDict();
        other.put(py.i(1), py.f(Double.NaN));
        assertThat(Equality.equal(left, other)).as("{1: nan} != {1: float('nan')}: two nan objects are never equal")
                .isEqualTo(EQ_DICTS_TWO_NANS);
    }
}

