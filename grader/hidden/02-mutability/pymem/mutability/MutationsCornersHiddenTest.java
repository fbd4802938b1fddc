package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.mutability.MutabilityFacts.*;
import static pymem.mutability.MutabilityFixtures.assertRaises;

import java.math.BigInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Kind;
import pymem.model.OutOfScopeError;
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyList;
import pymem.model.PyObject;

/** The corners where a first implementation usually parts from CPython 3.11 (found by differential testing). */
@DisplayName("CPython's corners of changing objects, and what is out of scope (task 5)")
@Tag("task:5")
class MutationsCornersHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    private static final BigInteger TWO_TO_63 = BigInteger.TWO.pow(63);

    private void assertKeyError(PyObject key, String message, String concept) {
        PyDict d = py.heap.newDict();
        assertRaises(concept, "KeyError", message, () -> Mutations.getItem(d, key));
    }

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("words a KeyError with Python's repr of the key: float exponents, quotes, escapes, signed zeros and nan")
    void keyErrorsUsePythonsRepr() {
        assertKeyError(py.f(1e16), MSG_KEYERROR_FLOAT_1E16, "a big float's repr has Python's exponent");
        assertKeyError(py.f(1e-05), MSG_KEYERROR_FLOAT_1E_MINUS_5, "a small float's repr has Python's exponent");
        assertKeyError(py.s("it's"), MSG_KEYERROR_STR_WITH_QUOTE, "a str holding a quote picks the other quote");
        assertKeyError(py.s("a\tb\u0000"), MSG_KEYERROR_STR_WITH_TAB_AND_NUL, "a str's repr escapes control characters");
        assertKeyError(py.heap.newComplex(-0.0, 1), MSG_KEYERROR_COMPLEX_NEGATIVE_ZERO_REAL, "a complex's repr keeps a -0.0 real part");
        assertKeyError(py.heap.newComplex(1, Double.NaN), MSG_KEYERROR_COMPLEX_NAN_IMAG, "a complex's repr signs a nan part");
        assertKeyError(py.heap.newComplex(Double.NaN, -0.0), MSG_KEYERROR_COMPLEX_NEGATIVE_ZERO_IMAG, "a complex's repr signs a -0.0 part");
        assertKeyError(py.heap.newBytes(new byte[] {0, (byte) 255, '\''}), MSG_KEYERROR_BYTES_WITH_QUOTE,
                "a bytes' repr picks its quotes like a str's");
        assertKeyError(py.tuple(py.f(1e16), py.s("a")), MSG_KEYERROR_TUPLE_OF_FLOAT_AND_STR, "a tuple's repr uses its items' reprs");
    }

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("refuses an index too big for a machine word with CPython's IndexError, also where a type refuses the store")
    void indexesTooBigForAMachineWord() {
        PyList l = py.list(py.i(1));
        assertRaises("l[2**63]", EXCEPTION_INDEX_TOO_BIG, MSG_INDEX_TOO_BIG, () -> Mutations.getItem(l, py.heap.newInt(TWO_TO_63)));
        assertRaises("t[2**63]", EXCEPTION_INDEX_TOO_BIG, MSG_INDEX_TOO_BIG,
                () -> Mutations.getItem(py.tuple(py.i(1)), py.heap.newInt(TWO_TO_63)));
        assertRaises("del l[-2**63 - 1]", EXCEPTION_INDEX_TOO_BIG, MSG_NEGATIVE_INDEX_TOO_BIG_DELITEM,
                () -> Mutations.delItem(l, py.heap.newInt(TWO_TO_63.negate().subtract(BigInteger.ONE))));
        assertRaises("ba[2**64] = 1", EXCEPTION_INDEX_TOO_BIG, MSG_INDEX_TOO_BIG_BYTEARRAY_SETITEM,
                () -> Mutations.setItem(py.ba("a"), py.pow2(64, 0), py.i(1)));
        assertRaises("t[2**63] = 1: the index is converted before the tuple refuses", EXCEPTION_INDEX_TOO_BIG_TUPLE_SETITEM,
                MSG_INDEX_TOO_BIG_TUPLE_SETITEM, () -> Mutations.setItem(py.tuple(py.i(1)), py.heap.newInt(TWO_TO_63), py.i(1)));
        assertRaises("del s[2**63] on a str", EXCEPTION_INDEX_TOO_BIG_TUPLE_SETITEM, MSG_INDEX_TOO_BIG_TUPLE_SETITEM,
                () -> Mutations.delItem(py.s("ab"), py.heap.newInt(TWO_TO_63)));
        assertRaises("an int has no sequence protocol: it refuses first", "TypeError", MSG_INDEX_TOO_BIG_INT_SETITEM,
                () -> Mutations.setItem(py.i(1), py.heap.newInt(TWO_TO_63), py.i(1)));
        assertRaises("sys.maxsize fits a machine word: only out of range", "IndexError", MSG_LARGEST_INDEX_LIST_SETITEM,
                () -> Mutations.setItem(l, py.heap.newInt(TWO_TO_63.subtract(BigInteger.ONE)), py.i(1)));
        assertThat(l.repr()).as("refused stores leave the list alone").isEqualTo("[1]");
    }

    @Test
    @Concept("2.8")
    @Points(2)
    @DisplayName("appends a byte to a bytearray, and checks a stored byte before the index's range")
    void bytearrayAppend() {
        PyByteArray ba = py.ba("a");
        Mutations.append(ba, py.i(98));
        Mutations.append(ba, py.heap.newBool(true));
        assertThat(ba.repr()).as("bytearray.append adds one byte in place").isEqualTo(REPR_BYTEARRAY_AFTER_APPENDS);
        assertRaises("bytearray.append(256)", "ValueError", MSG_BYTEARRAY_APPEND_256, () -> Mutations.append(ba, py.i(256)));
        assertRaises("bytearray.append of a str", "TypeError", MSG_BYTEARRAY_APPEND_STR, () -> Mutations.append(ba, py.s("a")));
        assertThat(ba.repr()).as("a refused append leaves the bytearray alone").isEqualTo(REPR_BYTEARRAY_AFTER_APPENDS);
        assertRaises("a bad byte at an index out of range", "ValueError", MSG_BYTEARRAY_SETITEM_BAD_BYTE_OUT_OF_RANGE,
                () -> Mutations.setItem(py.ba("a"), py.i(5), py.i(256)));
    }

    @Test
    @Concept("2.9")
    @Points(1)
    @DisplayName("names a class itself in an AttributeError, and refuses attributes on a cell")
    void attributeErrors() {
        PyClass p = py.cls("P");
        assertRaises("P.append(1) on a class", "AttributeError", MSG_CLASS_APPEND, () -> Mutations.append(p, py.i(1)));
        assertRaises("P.add(1) on a class", "AttributeError", MSG_CLASS_ADD, () -> Mutations.add(p, py.i(1)));
        assertRaises("cell.x = 1", "AttributeError", MSG_CELL_SETATTR, () -> Mutations.setAttribute(py.heap.newCell(py.i(1)), "x", py.i(1)));
        assertThatThrownBy(() -> Mutations.setAttribute(py.function("f", py.i(0)), "x", py.i(1)))
                .as("a function's attributes are out of scope").isInstanceOf(OutOfScopeError.class);
    }

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("declares out of scope, with the kit's error, what the model cannot follow: unions, other mappings, str items")
    void outOfScope() {
        Operators ops = new Operators(py.heap);
        PyClass p = py.cls("P");
        assertThatThrownBy(() -> ops.or(p, py.heap.newNone())).as("P | None makes a union: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> ops.inplaceOr(py.heap.newNone(), p)).as("None |= P makes a union: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertRaises("None | None", "TypeError", MSG_NONE_OR_NONE, () -> ops.or(py.heap.newNone(), py.heap.newNone()));
        assertRaises("P | 1", "TypeError", MSG_CLASS_OR_INT, () -> ops.or(p, py.i(1)));
        assertThatThrownBy(() -> ops.inplaceOr(py.heap.newDict(), py.list())).as("dict |= a list of pairs: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Mutations.getItem(py.s("ab"), py.i(0))).as("item access on a str: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Mutations.getItem(p, py.i(0))).as("item access on a class: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> Mutations.setBuiltinTypeAttribute(Kind.INT, "x", py.i(1))).as("int.x = 1 is still in scope")
                .isNotInstanceOf(OutOfScopeError.class);
    }
}
