package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;
import static pymem.mutability.MutabilityFixtures.assertRaises;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyObject;

@DisplayName("hash() (task 3)")
@Tag("task:3")
class HashingHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.3")
    @Points(2)
    @DisplayName("refuses to hash list, dict, set, bytearray and cell with CPython's message")
    void mutablesAreUnhashable() {
        assertRaises("hash([1])", "TypeError", MSG_UNHASHABLE_LIST, () -> Hashing.hash(py.list(py.i(1))));
        assertRaises("hash({})", "TypeError", MSG_UNHASHABLE_DICT, () -> Hashing.hash(py.heap.newDict()));
        assertRaises("hash(set())", "TypeError", MSG_UNHASHABLE_SET, () -> Hashing.hash(py.heap.newSet()));
        assertRaises("hash(bytearray())", "TypeError", MSG_UNHASHABLE_BYTEARRAY, () -> Hashing.hash(py.ba("")));
        assertRaises("hash(a cell)", "TypeError", MSG_UNHASHABLE_CELL, () -> Hashing.hash(py.heap.newCell(py.i(1))));
        assertThat(Hashing.isHashable(py.list())).as("a mutable list must not be hashable").isFalse();
        assertThat(Hashing.isHashable(py.heap.newSet())).as("a mutable set must not be hashable").isFalse();
    }

    @Test
    @Concept("2.3")
    @Points(2)
    @DisplayName("hashes a tuple or frozenset only when every element is hashable")
    void containersAreHashableOnlyThroughTheirElements() {
        assertRaises("hash((1, [2])): the list inside is what cannot be hashed", "TypeError", MSG_UNHASHABLE_TUPLE_WITH_LIST,
                () -> Hashing.hash(py.tuple(py.i(1), py.list(py.i(2)))));
        assertThat(Hashing.isHashable(py.tuple(py.i(1), py.tuple(py.s("a"), py.list())))).as("a list nested two tuples deep makes the outer tuple unhashable").isFalse();
        assertThat(Hashing.isHashable(py.tuple(py.i(1), py.heap.newFrozenSet(py.i(2)), py.heap.newNone()))).as("a tuple of hashable objects is hashable").isTrue();
        assertThat(Hashing.isHashable(py.heap.newFrozenSet(py.tuple(py.list())))).as("a frozenset holding an unhashable tuple is unhashable").isFalse();
        for (PyObject immutable : List.of(py.i(1), py.f(1.5), py.heap.newComplex(0, 1), py.heap.newBool(false), py.s("x"), py.b("x"), py.heap.newNone())) {
            assertThat(Hashing.isHashable(immutable)).as("an immutable " + immutable.typeName() + " is hashable").isTrue();
        }
    }

    @Test
    @Concept("2.4")
    @Points(1)
    @DisplayName("never returns -1: hash(-1) == -2")
    void minusOneBecomesMinusTwo() {
        assertThat(Hashing.hash(py.i(-1))).as("hash(-1): -1 is CPython's error code, so it becomes -2").isEqualTo(HASH_MINUS_ONE);
        assertThat(Hashing.hash(py.f(-1.0))).as("hash(-1.0)").isEqualTo(HASH_MINUS_ONE_FLOAT);
        assertThat(Hashing.hash(py.heap.newComplex(-1, 0))).as("hash(-1+0j)").isEqualTo(HASH_COMPLEX_MINUS_1);
        assertThat(Hashing.hash(py.heap.newInt(BigInteger.TWO.pow(61).negate())))
                .as("hash(-2**61), which reduces to -1").isEqualTo(HASH_MINUS_2_POW_61);
    }

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("gives equal numbers equal hashes: 1, 1.0, True and 1+0j")
    void equalNumbersHashEqual() {
        assertThat(Hashing.hash(py.i(1))).as("hash(1)").isEqualTo(HASH_ONE);
        assertThat(Hashing.hash(py.f(1.0))).as("hash(1.0) == hash(1) because 1.0 == 1").isEqualTo(HASH_ONE_FLOAT);
        assertThat(Hashing.hash(py.heap.newBool(true))).as("hash(True) == hash(1) because True == 1").isEqualTo(HASH_TRUE);
        assertThat(Hashing.hash(py.heap.newBool(false))).as("hash(False) == hash(0)").isEqualTo(HASH_FALSE);
        assertThat(Hashing.hash(py.heap.newComplex(1, 0))).as("hash(1+0j) == hash(1)").isEqualTo(HASH_ONE);
        assertThat(Hashing.hash(py.f(Math.pow(2, 70)))).as("hash(2.0**70) == hash(2**70)").isEqualTo(Hashing.hash(py.pow2(70, 0))).isEqualTo(HASH_2_POW_70_FLOAT);
        assertThat(Hashing.hash(py.f(0.0))).as("hash(0.0)").isEqualTo(HASH_ZERO_FLOAT);
        assertThat(Hashing.hash(py.f(-0.0))).as("hash(-0.0) == hash(0)").isEqualTo(HASH_MINUS_ZERO_FLOAT);
    }

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("reduces an int's hash modulo 2**61 - 1, keeping its sign")
    void integerHashes() {
        assertThat(Hashing.MODULUS).as("the numeric hash modulus").isEqualTo(HASH_MODULUS);
        assertThat(Hashing.hash(py.pow2(61, 0))).as("hash(2**61)").isEqualTo(HASH_2_POW_61);
        assertThat(Hashing.hash(py.pow2(61, -1))).as("hash(2**61 - 1)").isEqualTo(HASH_2_POW_61_MINUS_1);
        assertThat(Hashing.hash(py.big("1000000000000000000000000000000"))).as("hash(10**30)").isEqualTo(HASH_10_POW_30);
        assertThat(Hashing.hash(py.big("-1000000000000000000000000000000"))).as("hash(-10**30)").isEqualTo(HASH_MINUS_10_POW_30);
        assertThat(Hashing.hash(py.i(12345))).as("a small int is its own hash").isEqualTo(HASH_12345);
        assertThat(Hashing.hash(py.i(-7))).as("a small negative int is its own hash").isEqualTo(HASH_MINUS_7);
    }

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("hashes floats as the exact rationals they store, and infinities as +-314159")
    void floatHashes() {
        assertThat(Hashing.hash(py.f(0.5))).as("hash(0.5) == 2**60, the inverse of 2 modulo 2**61 - 1").isEqualTo(HASH_HALF);
        assertThat(Hashing.hash(py.f(-1.5))).as("hash(-1.5)").isEqualTo(HASH_MINUS_1_5);
        assertThat(Hashing.hash(py.f(0.1))).as("hash(0.1)").isEqualTo(HASH_0_1);
        assertThat(Hashing.hash(py.f(1e300))).as("hash(1e300)").isEqualTo(HASH_1E300);
        assertThat(Hashing.hash(py.f(1e-300))).as("hash(1e-300)").isEqualTo(HASH_1E_MINUS_300);
        assertThat(Hashing.hash(py.f(Double.MIN_VALUE))).as("hash(5e-324), a subnormal float").isEqualTo(HASH_SMALLEST_SUBNORMAL);
        assertThat(Hashing.hash(py.f(Double.POSITIVE_INFINITY))).as("hash(inf)").isEqualTo(HASH_INF).isEqualTo(HASH_INFO_INF).isEqualTo(Hashing.INF);
        assertThat(Hashing.hash(py.f(Double.NEGATIVE_INFINITY))).as("hash(-inf)").isEqualTo(HASH_MINUS_INF);
    }

    @Test
    @Concept("2.4")
    @Points(1)
    @DisplayName("combines a complex's parts as hash(real) + 1000003 * hash(imag)")
    void complexHashes() {
        assertThat(Hashing.IMAG).as("sys.hash_info.imag").isEqualTo(HASH_INFO_IMAG);
        assertThat(Hashing.hash(py.heap.newComplex(1, 2))).as("hash(1+2j)").isEqualTo(HASH_COMPLEX_1_2);
        assertThat(Hashing.hash(py.heap.newComplex(1.5, -2.5))).as("hash(1.5-2.5j), with 64-bit wrap-around").isEqualTo(HASH_COMPLEX_1_5_MINUS_2_5);
    }

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("hashes tuples with CPython's xxHash-based combination of the items' hashes")
    void tupleHashes() {
        assertThat(Hashing.hash(py.tuple())).as("hash(())").isEqualTo(HASH_EMPTY_TUPLE);
        assertThat(Hashing.hash(py.tuple(py.i(1), py.i(2), py.i(3)))).as("hash((1, 2, 3))").isEqualTo(HASH_TUPLE_1_2_3);
        assertThat(Hashing.hash(py.tuple(py.i(-1)))).as("hash((-1,)) uses the item's hash, -2").isEqualTo(HASH_TUPLE_MINUS_1);
        assertThat(Hashing.hash(py.tuple(py.i(1), py.tuple(py.i(2), py.i(3))))).as("hash((1, (2, 3)))").isEqualTo(HASH_TUPLE_NESTED);
        assertThat(Hashing.hash(py.tuple(py.heap.newBool(true), py.f(2.0), py.i(3)))).as("(True, 2.0, 3) == (1, 2, 3), so their hashes are equal").isEqualTo(HASH_TUPLE_TRUE_2_0_3).isEqualTo(HASH_TUPLE_1_2_3);
        assertThat(Hashing.hash(py.tuple(py.i(3), py.i(2), py.i(1)))).as("a tuple's hash depends on the order of its items").isEqualTo(HASH_TUPLE_3_2_1);
    }

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("hashes frozensets independently of element order")
    void frozenSetHashes() {
        assertThat(Hashing.hash(py.heap.newFrozenSet())).as("hash(frozenset())").isEqualTo(HASH_EMPTY_FROZENSET);
        assertThat(Hashing.hash(py.heap.newFrozenSet(py.i(1), py.i(2), py.i(3)))).as("hash(frozenset({1, 2, 3}))").isEqualTo(HASH_FROZENSET_1_2_3);
        assertThat(Hashing.hash(py.heap.newFrozenSet(py.i(3), py.f(1.0), py.i(2)))).as("frozenset({3, 1.0, 2}) == frozenset({1, 2, 3}): same hash whatever the order").isEqualTo(HASH_FROZENSET_3_1_0_2).isEqualTo(HASH_FROZENSET_1_2_3);
        assertThat(Hashing.hash(py.heap.newFrozenSet(py.i(-1), py.pow2(61, 0)))).as("hash(frozenset({-1, 2**61}))").isEqualTo(HASH_FROZENSET_MINUS_1_2_POW_61);
    }

    @Test
    @Concept("2.4")
    @Points(1)
    @DisplayName("gives equal strings and equal bytes equal hashes, and the empty ones 0")
    void textHashes() {
        assertThat(Hashing.hash(py.s("memory"))).as("two distinct but equal str objects must hash equal").isEqualTo(Hashing.hash(py.s("memory")));
        assertThat(Hashing.hash(py.b("memory"))).as("two distinct but equal bytes objects must hash equal").isEqualTo(Hashing.hash(py.b("memory")));
        assertThat(Hashing.hash(py.s(""))).as("hash('')").isEqualTo(HASH_EMPTY_STR);
        assertThat(Hashing.hash(py.b(""))).as("hash(b'')").isEqualTo(HASH_EMPTY_BYTES);
    }

    @Test
    @Concept("2.4")
    @Points(1)
    @DisplayName("hashes None, classes, functions, plain instances and nan by identity: id rotated right by 4 bits")
    void identityHashes() {
        PyClass cls = py.cls("Plain");
        assertThat(IDENTITY_HASH_IS_ID_ROTATED_RIGHT_4).as("CPython's identity hash").isTrue();
        for (PyObject obj : List.of(py.heap.newNone(), cls, py.heap.newInstance(cls), py.function("f", py.i(0)), py.f(Double.NaN))) {
            assertThat(Hashing.hash(obj)).as("hash(x) for a " + obj.typeName() + " comes from id(x)").isEqualTo(Long.rotateRight(obj.address(), 4));
        }
    }

    @Test
    @Concept("2.3")
    @Points(2)
    @DisplayName("makes instances of a class that defines __eq__ without __hash__ unhashable")
    void eqWithoutHashIsUnhashable() {
        PyClass point = py.cls("Point");
        point.setAttribute("__eq__", py.function("__eq__", py.heap.newBool(true)));
        assertRaises("a class defining __eq__ alone gets __hash__ = None", "TypeError", MSG_UNHASHABLE_EQ_CLASS,
                () -> Hashing.hash(py.heap.newInstance(point)));
        assertThat(Hashing.isHashable(point)).as("the class object itself stays hashable").isTrue();
        PyClass sub = py.heap.register(new PyClass("Sub", List.of(point), null));
        assertThat(Hashing.isHashable(py.heap.newInstance(sub))).as("a subclass inherits __hash__ = None").isFalse();
        PyClass none = py.cls("NoHash");
        none.setAttribute("__hash__", py.heap.newNone());
        assertThat(Hashing.isHashable(py.heap.newInstance(none))).as("__hash__ = None makes instances unhashable").isFalse();
        PyClass hashed = py.cls("Hashed");
        hashed.setAttribute("__hash__", py.function("__hash__", py.i(42)));
        PyClass eqOverHashed = py.heap.register(new PyClass("EqOver", List.of(hashed), null));
        eqOverHashed.setAttribute("__eq__", py.function("__eq__", py.heap.newBool(true)));
        assertThat(Hashing.hash(py.heap.newInstance(py.heap.register(new PyClass("Child", List.of(hashed), null)))))
                .as("an inherited __hash__ method is called").isEqualTo(HASH_DUNDER_RETURNING_42);
        assertThat(Hashing.isHashable(py.heap.newInstance(eqOverHashed))).as("defining __eq__ hides an inherited __hash__").isFalse();
    }

    @Test
    @Concept("2.4")
    @Points(1)
    @DisplayName("uses what a __hash__ method returns, turning -1 into -2 and rejecting a non-int")
    void dunderHash() {
        PyClass minus = py.cls("Minus");
        minus.setAttribute("__hash__", py.function("__hash__", py.i(-1)));
        PyClass huge = py.cls("Huge");
        huge.setAttribute("__hash__", py.function("__hash__", py.pow2(64, 0)));
        PyClass edge = py.cls("Edge");
        edge.setAttribute("__hash__", py.function("__hash__", py.pow2(63, 0)));
        PyClass lowest = py.cls("Lowest");
        lowest.setAttribute("__hash__", py.function("__hash__", py.heap.newInt(BigInteger.TWO.pow(63).negate())));
        PyClass text = py.cls("Text");
        text.setAttribute("__hash__", py.function("__hash__", py.s("a")));
        assertThat(Hashing.hash(py.heap.newInstance(minus))).as("__hash__ returning -1").isEqualTo(HASH_DUNDER_RETURNING_MINUS_ONE);
        assertThat(Hashing.hash(py.heap.newInstance(huge))).as("__hash__ returning 2**64 is reduced like an int").isEqualTo(HASH_DUNDER_RETURNING_2_POW_64);
        assertThat(Hashing.hash(py.heap.newInstance(edge))).as("__hash__ returning 2**63, one past the 64-bit range").isEqualTo(HASH_DUNDER_RETURNING_2_POW_63);
        assertThat(Hashing.hash(py.heap.newInstance(lowest))).as("__hash__ returning -2**63, which fits in 64 bits").isEqualTo(HASH_DUNDER_RETURNING_MINUS_2_POW_63);
        assertRaises("__hash__ returning a str", "TypeError", MSG_HASH_NOT_INT, () -> Hashing.hash(py.heap.newInstance(text)));
    }
}
