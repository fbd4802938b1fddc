package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.identity.IdentityFacts.*;

import java.math.BigInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyBytes;
import pymem.model.PyClass;
import pymem.model.PyObject;

@DisplayName("Task 5: is versus ==")
@Tag("task:5")
class EqualityHiddenTest {
    private final Heap heap = new Heap();

    private PyObject i(long value) {
        return heap.newInt(value);
    }

    private PyObject f(double value) {
        return heap.newFloat(value);
    }

    /** Checks a == b both ways round: == between built-in types is symmetric. */
    private static void assertEqual(PyObject a, PyObject b, boolean expected, String concept) {
        assertThat(Comparisons.equal(a, b)).as(concept).isEqualTo(expected);
        assertThat(Comparisons.equal(b, a)).as(concept + " (either way round)").isEqualTo(expected);
    }

    @Test
    @Concept("1.7")
    @Points(3)
    @DisplayName("finds 1 == 1.0 == True == 1+0j, yet 1 is not True")
    void numbersAcrossTypes() {
        PyObject one = i(1);
        PyObject yes = heap.newBool(true);
        assertEqual(one, f(1.0), ONE_EQ_ONE_POINT_ZERO, "int and float compare by value");
        assertEqual(f(1.0), yes, ONE_POINT_ZERO_EQ_TRUE, "bool is an int: True == 1");
        assertEqual(one, yes, ONE_EQ_TRUE, "bool is an int: True == 1");
        assertEqual(one, heap.newComplex(1, 0), ONE_EQ_ONE_PLUS_0J, "a complex with no imaginary part equals a real");
        assertEqual(one, heap.newComplex(1, 1), ONE_EQ_ONE_PLUS_1J, "a complex with an imaginary part equals no real");
        assertEqual(heap.newComplex(2, 3), heap.newComplex(2, 3), COMPLEX_EQ_SAME_PARTS,
                "complex numbers compare both parts");
        assertEqual(heap.newComplex(2, 3), heap.newComplex(2, -3), COMPLEX_EQ_CONJUGATE,
                "complex numbers compare both parts");
        assertEqual(heap.newComplex(2, 0), i(3), COMPLEX_2_EQ_3, "a complex's real part is compared too");
        assertThat(Comparisons.is(one, yes)).as("equal values are still different objects").isEqualTo(ONE_IS_TRUE);
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("treats True as 1 and False as 0, and nothing else")
    void boolsAreInts() {
        assertEqual(i(0), heap.newBool(false), ZERO_EQ_FALSE, "bool is an int: False == 0");
        assertEqual(i(2), heap.newBool(true), TWO_EQ_TRUE, "True is 1, not any truthy value");
        assertEqual(heap.newBool(true), heap.newBool(false), TRUE_EQ_FALSE, "True != False");
        assertEqual(heap.newBool(false), f(0.0), FALSE_EQ_ZERO_POINT_ZERO, "False == 0.0");
        assertEqual(heap.newBool(true), heap.newBool(true), ONE_EQ_TRUE, "two True objects are equal");
    }

    @Test
    @Concept("1.7")
    @Points(3)
    @DisplayName("compares values, not identity: equal objects made apart are ==, and is tells them apart")
    void equalityIsNotIdentity() {
        PyObject a = heap.newInt(BigInteger.TEN.pow(30));
        PyObject b = heap.newInt(BigInteger.TEN.pow(30));
        assertEqual(a, b, EQUAL_BIG_INTS_MADE_APART_EQ, "== compares values: two equal ints made apart are equal");
        assertThat(Comparisons.is(a, b)).as("is compares identity: two ints made apart are different objects")
                .isEqualTo(EQUAL_BIG_INTS_MADE_APART_IS);
        assertThat(Comparisons.is(a, a)).as("an object is itself").isTrue();
        assertEqual(heap.newStr("a b"), heap.newStr("a b"), EQUAL_STRS_MADE_APART_EQ, "== compares strings by value");
        assertEqual(heap.newStr("a b"), heap.newStr("a c"), DIFFERENT_STRS_EQ, "different strings are not equal");
        assertEqual(i(7), i(8), DIFFERENT_INTS_EQ, "different ints are not equal");
        assertEqual(f(0.5), f(0.25), DIFFERENT_FLOATS_EQ, "different floats are not equal");
        assertEqual(heap.newBytes(new byte[] {1, 2}), heap.newBytes(new byte[] {1, 2}), EQUAL_BYTES_MADE_APART_EQ,
                "bytes compare by value");
        assertEqual(heap.newBytes(new byte[] {1, 2}), heap.newBytes(new byte[] {1, 3}), DIFFERENT_BYTES_EQ,
                "bytes compare by value");
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("compares an int and a float exactly, without rounding the int")
    void exactIntFloat() {
        BigInteger twoTo53 = BigInteger.TWO.pow(53);
        assertEqual(heap.newInt(twoTo53.add(BigInteger.ONE)), f(Math.pow(2, 53)), INT_2_53_PLUS_1_EQ_FLOAT_2_53,
                "int == float is exact: 2**53 + 1 is not 2.0**53");
        assertEqual(heap.newInt(twoTo53), f(Math.pow(2, 53)), INT_2_53_EQ_FLOAT_2_53, "2**53 == 2.0**53");
        assertEqual(f(Double.POSITIVE_INFINITY), heap.newInt(BigInteger.TEN.pow(400)), INF_EQ_BIG_INT,
                "inf equals no int, however big");
        assertEqual(f(Double.NaN), i(0), NAN_EQ_ZERO, "nan equals no int");
        assertEqual(i(3), f(3.5), THREE_EQ_THREE_POINT_FIVE, "3 != 3.5");
        assertEqual(f(0.0), f(-0.0), ZERO_EQ_NEGATIVE_ZERO, "0.0 == -0.0");
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("finds nan unequal to itself, except as the same item of two tuples")
    void notANumber() {
        PyObject nan = f(Double.NaN);
        assertThat(Comparisons.equal(nan, nan)).as("nan == nan is False").isEqualTo(NAN_EQ_NAN);
        assertThat(Comparisons.is(nan, nan)).as("nan is nan").isEqualTo(NAN_IS_NAN);
        assertEqual(heap.newTuple(nan), heap.newTuple(nan), TUPLE_OF_SAME_NAN_EQ,
                "containers compare items by identity first");
        assertEqual(heap.newTuple(nan), heap.newTuple(f(Double.NaN)), TUPLE_OF_TWO_NANS_EQ,
                "two nan objects are not equal items");
        PyObject complexNan = heap.newComplex(Double.NaN, 0);
        assertThat(Comparisons.is(complexNan, complexNan)).as("a complex holding nan is itself").isEqualTo(COMPLEX_NAN_IS_ITSELF);
        assertThat(Comparisons.equal(complexNan, complexNan)).as("a complex holding nan is not equal to itself")
                .isEqualTo(COMPLEX_NAN_EQ_ITSELF);
        PyObject imaginaryNan = heap.newComplex(0, Double.NaN);
        assertThat(Comparisons.equal(imaginaryNan, imaginaryNan)).as("a complex with a nan imaginary part is not equal to itself")
                .isEqualTo(COMPLEX_WITH_NAN_IMAG_EQ_ITSELF);
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("compares two cells by their contents, with == and no identity shortcut")
    void cells() {
        assertEqual(heap.newCell(heap.newInt(1000)), heap.newCell(heap.newInt(1000)), CELLS_OF_EQUAL_INTS_EQ,
                "cells compare their contents");
        assertEqual(heap.newCell(i(1)), heap.newCell(f(1.0)), CELLS_OF_INT_AND_FLOAT_EQ, "cells compare their contents with ==");
        assertEqual(heap.newCell(i(1)), heap.newCell(i(2)), CELLS_OF_DIFFERENT_INTS_EQ, "cells with different contents differ");
        assertEqual(heap.newCell(null), heap.newCell(null), EMPTY_CELLS_EQ, "two empty cells are equal");
        assertEqual(heap.newCell(null), heap.newCell(heap.newNone()), EMPTY_CELL_EQ_CELL_OF_NONE,
                "an empty cell equals no full cell");
        PyObject nanCell = heap.newCell(f(Double.NaN));
        assertThat(Comparisons.equal(nanCell, nanCell)).as("a cell compares its contents with ==, not identity first")
                .isEqualTo(CELL_OF_NAN_EQ_ITSELF);
        assertEqual(heap.newTuple(nanCell), heap.newTuple(nanCell), TUPLE_OF_SAME_NAN_CELL_EQ,
                "a tuple compares its items by identity first, cells included");
        assertEqual(heap.newCell(i(1)), i(1), CELL_EQ_ITS_CONTENTS, "a cell never equals what it holds");
        assertEqual(heap.newCell(heap.newList(i(1))), heap.newCell(heap.newList(i(1))), CELLS_OF_EQUAL_LISTS_EQ,
                "cells compare their contents, lists too");
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("keeps str, bytes, int and None apart, but lets bytes equal bytearray")
    void acrossUnrelatedTypes() {
        assertEqual(heap.newStr("a"), heap.register(PyBytes.of("a")),
                STR_EQ_BYTES, "str never equals bytes");
        assertEqual(heap.newBytes(new byte[] {'a', 'b'}), heap.newByteArray(new byte[] {'a', 'b'}), BYTES_EQ_BYTEARRAY,
                "bytes and bytearray compare by value");
        assertEqual(heap.newStr("1"), i(1), STR_EQ_INT, "a str never equals a number");
        assertEqual(heap.newNone(), heap.newBool(false), NONE_EQ_FALSE, "None equals only None");
        PyObject none = heap.newNone();
        assertEqual(none, none, NONE_EQ_NONE, "None == None");
        PyClass cls = heap.newClass("C");
        assertEqual(heap.newInstance(cls), heap.newInstance(cls), INSTANCES_WITHOUT_EQ_EQ,
                "instances without __eq__ compare by identity");
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("compares tuples and lists item by item, never a tuple with a list")
    void sequences() {
        assertEqual(heap.newTuple(i(1), i(2)), heap.newList(i(1), i(2)), TUPLE_EQ_LIST, "a tuple never equals a list");
        assertEqual(heap.newTuple(i(1)), heap.newTuple(i(1), i(2)), SHORTER_TUPLE_EQ, "tuples of different lengths");
        assertEqual(heap.newTuple(i(1), heap.newTuple(f(2.0))), heap.newTuple(heap.newBool(true), heap.newTuple(i(2))),
                NESTED_TUPLES_EQ_ACROSS_NUMBERS, "(1, (2.0,)) == (True, (2,)): items compare with ==, nested too");
        assertEqual(heap.newList(i(1), heap.newStr("a")), heap.newList(i(1), heap.newStr("b")),
                LISTS_WITH_ONE_DIFFERENT_ITEM_EQ, "lists compare every item");
        assertEqual(heap.newList(i(1), heap.newStr("a")), heap.newList(f(1.0), heap.newStr("a")),
                LISTS_EQ_ACROSS_NUMBERS, "[1, 'a'] == [1.0, 'a']");
        assertEqual(heap.newTuple(), heap.newTuple(), EMPTY_TUPLES_EQ, "() == ()");
    }

    @Test
    @Concept("1.7")
    @Points(1)
    @DisplayName("refuses dicts and sets, which need hashing, with the kit's out-of-scope error")
    void outOfScope() {
        assertThatThrownBy(() -> Comparisons.equal(heap.newDict(), heap.newDict()))
                .as("== on dicts is left out of this exercise").isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Comparisons.equal(i(1), heap.newSet()))
                .as("== on sets is left out of this exercise").isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Comparisons.equal(heap.newFrozenSet(), i(1)))
                .as("== on frozensets is left out of this exercise").isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Comparisons.equal(heap.newCell(heap.newDict()), heap.newCell(heap.newDict())))
                .as("== on cells holding dicts compares dicts: left out of this exercise").isInstanceOf(OutOfScopeError.class);
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("compares large ints with floats exactly, alone and inside tuples")
    void exactIntFloatBeyondDoubles() {
        BigInteger twoTo53 = BigInteger.TWO.pow(53);
        BigInteger twoTo63 = BigInteger.TWO.pow(63);
        assertEqual(heap.newInt(twoTo63.add(BigInteger.ONE)), f(Math.pow(2, 63)), INT_2_63_PLUS_1_EQ_FLOAT_2_63,
                "2**63 + 1 != 2.0**63: the int is compared exactly, never rounded to a float");
        assertEqual(heap.newInt(BigInteger.TWO.pow(64)), f(Math.pow(2, 64)), INT_2_64_EQ_FLOAT_2_64, "2**64 == 2.0**64");
        assertEqual(heap.newInt(BigInteger.TEN.pow(20).add(BigInteger.ONE)), f(1e20), INT_10_20_PLUS_1_EQ_FLOAT_1E20,
                "10**20 + 1 != 1e20");
        assertEqual(heap.newInt(twoTo53.add(BigInteger.ONE).negate()), f(-Math.pow(2, 53)), NEGATIVE_INT_2_53_PLUS_1_EQ_FLOAT,
                "-(2**53 + 1) != -2.0**53");
        assertEqual(heap.newTuple(heap.newInt(twoTo53.add(BigInteger.ONE))), heap.newTuple(f(Math.pow(2, 53))),
                TUPLE_OF_2_53_PLUS_1_EQ_TUPLE_OF_FLOAT, "(2**53 + 1,) != (2.0**53,): items compare exactly too");
    }

    @Test
    @Concept("1.7")
    @Points(2)
    @DisplayName("finds lists holding the same nan equal, at any depth, since items are compared by identity first")
    void identityFirstInLists() {
        PyObject nan = f(Double.NaN);
        assertEqual(heap.newList(nan), heap.newList(nan), LISTS_OF_SAME_NAN_EQ,
                "[nan] == [nan] with the same nan object: list items are compared with 'is' first");
        assertEqual(heap.newList(heap.newList(nan)), heap.newList(heap.newList(nan)), NESTED_LISTS_OF_SAME_NAN_EQ,
                "[[nan]] == [[nan]]: the inner lists differ, but their one item is the same object");
        assertEqual(heap.newList(nan, i(1)), heap.newList(nan, i(2)), LISTS_OF_SAME_NAN_THEN_DIFFERENT_EQ,
                "[nan, 1] != [nan, 2]: identity settles an item, not the whole list");
    }
}

