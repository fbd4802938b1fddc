package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;
import static pymem.mutability.MutabilityFixtures.assertRaises;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Kind;
import pymem.model.PyAnySet;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyComplex;
import pymem.model.PyDict;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyStr;
import pymem.model.PyTuple;

@DisplayName("Operators + and | and their in-place forms (task 4)")
@Tag("task:4")
class OperatorsHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();
    private final Operators ops = new Operators(py.heap);

    @Test
    @Concept("2.5")
    @Points(2)
    @DisplayName("makes list + list a new list and leaves both operands alone")
    void listPlusListIsNew() {
        PyInt one = py.i(1);
        PyList x = py.list(one);
        PyList y = py.list(py.i(2));
        PyObject sum = ops.add(x, y);
        assertThat(sum).as("x + y always builds a new list").isNotSameAs(x).isNotSameAs(y).isInstanceOf(PyList.class);
        assertThat(sum.repr()).as("[1] + [2]").isEqualTo(REPR_LIST_PLUS_LIST);
        assertThat(((PyList) sum).get(0)).as("a concatenation copies references, not objects").isSameAs(one);
        assertThat(x.repr() + y.repr()).as("x + y must not change x or y").isEqualTo("[1][2]");
        assertThat(py.heap.isLive(sum)).as("the result is registered on the heap").isTrue();
    }

    @Test
    @Concept("2.5")
    @Points(2)
    @DisplayName("adds numbers with Python's result types: int, float, complex, and True + True == 2")
    void numbers() {
        PyObject two = ops.add(py.heap.newBool(true), py.heap.newBool(true));
        assertThat(two.typeName()).as("True + True is an int, not a bool").isEqualTo(TYPE_TRUE_PLUS_TRUE);
        assertThat(((PyInt) two).longValue()).as("True + True").isEqualTo(TRUE_PLUS_TRUE);
        assertThat(ops.add(py.big("9223372036854775807"), py.i(1)).repr()).as("ints never overflow: 2**63 - 1 + 1").isEqualTo(REPR_INT64_MAX_PLUS_ONE);
        PyObject f = ops.add(py.i(1), py.f(2.5));
        assertThat(f).as("int + float is a float").isInstanceOf(PyFloat.class);
        assertThat(f.repr()).as("1 + 2.5").isEqualTo(REPR_ONE_PLUS_2_5);
        PyObject c = ops.add(py.f(2.5), py.heap.newComplex(1, 1));
        assertThat(c).as("float + complex is a complex").isInstanceOf(PyComplex.class);
        assertThat(c.repr()).as("2.5 + (1+1j)").isEqualTo(REPR_2_5_PLUS_1_PLUS_1J);
        PyObject c2 = ops.add(py.heap.newComplex(0, 2), py.i(3));
        assertThat(c2).as("2j + 3 is a complex").isInstanceOf(PyComplex.class);
        assertThat(c2.repr()).as("2j + 3").isEqualTo(REPR_2J_PLUS_3);
        PyObject g = ops.add(py.f(0.25), py.heap.newBool(true));
        assertThat(g).as("0.25 + True is a float").isInstanceOf(PyFloat.class);
        assertThat(g.repr()).as("0.25 + True").isEqualTo(REPR_0_25_PLUS_TRUE);
        PyInt x = py.i(5);
        assertThat(ops.add(x, py.i(0))).as("x + 0 is a new int object in the model (no small-int cache here)").isNotSameAs(x);
        assertRaises("10**400 + 1.0", "OverflowError", MSG_INT_TOO_LARGE_FOR_FLOAT, () -> ops.add(py.pow2(1400, 0), py.f(1.0)));
    }

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("raises CPython's TypeError for every pair + does not support")
    void addErrors() {
        assertRaises("[1] + (2,): list + only takes a list", "TypeError", MSG_LIST_PLUS_TUPLE, () -> ops.add(py.list(py.i(1)), py.tuple(py.i(2))));
        assertRaises("(1,) + [2]", "TypeError", MSG_TUPLE_PLUS_LIST, () -> ops.add(py.tuple(py.i(1)), py.list(py.i(2))));
        assertRaises("'a' + 1", "TypeError", MSG_STR_PLUS_INT, () -> ops.add(py.s("a"), py.i(1)));
        assertRaises("1 + 'a'", "TypeError", MSG_INT_PLUS_STR, () -> ops.add(py.i(1), py.s("a")));
        assertRaises("None + 1", "TypeError", MSG_NONE_PLUS_INT, () -> ops.add(py.heap.newNone(), py.i(1)));
        assertRaises("b'a' + 'a'", "TypeError", MSG_BYTES_PLUS_STR, () -> ops.add(py.b("a"), py.s("a")));
        assertRaises("{1} + {2}", "TypeError", MSG_SET_PLUS_SET, () -> ops.add(py.heap.newSet(py.i(1)), py.heap.newSet(py.i(2))));
        assertRaises("{1: 2} + {3: 4}", "TypeError", MSG_DICT_PLUS_DICT, () -> ops.add(py.heap.newDict(), py.heap.newDict()));
    }

    @Test
    @Concept("2.5")
    @Points(2)
    @DisplayName("concatenates str, bytes, bytearray and tuples into new objects, reusing an operand only when the other is empty")
    void immutableConcatenation() {
        PyStr s = py.s("ab");
        PyObject joined = ops.add(s, py.s("cd"));
        assertThat(joined).as("'ab' + 'cd' is a new str").isNotSameAs(s).isInstanceOf(PyStr.class);
        assertThat(joined.repr()).as("'ab' + 'cd'").isEqualTo(REPR_STR_PLUS_STR);
        assertThat(ops.add(s, py.s(""))).as("s + '' is s itself in CPython").isSameAs(s);
        assertThat(ops.add(py.s(""), s)).as("'' + s is s itself in CPython").isSameAs(s);
        PyTuple t = py.tuple(py.i(1), py.i(2));
        assertThat(ops.add(t, py.tuple())).as("t + () is t").isSameAs(t);
        assertThat(ops.add(py.tuple(), t)).as("() + t is t").isSameAs(t);
        PyObject t3 = ops.add(t, py.tuple(py.i(3)));
        assertThat(t3.repr()).as("(1, 2) + (3,)").isEqualTo(REPR_TUPLE_PLUS_TUPLE);
        PyBytes b = py.b("xy");
        assertThat(ops.add(b, py.b(""))).as("b + b'' is b").isSameAs(b);
        assertThat(ops.add(py.b(""), b)).as("b'' + b is b").isSameAs(b);
        PyObject bb = ops.add(b, py.ba(""));
        assertThat(bb).as("bytes + bytearray is bytes").isInstanceOf(PyBytes.class);
        PyObject fromEmpty = ops.add(py.b(""), py.ba("z"));
        assertThat(fromEmpty).as("b'' + bytearray(b'z') is a new bytes, not the bytearray").isInstanceOf(PyBytes.class);
        assertThat(fromEmpty.repr()).as("b'' + bytearray(b'z')").isEqualTo(REPR_EMPTY_BYTES_PLUS_BYTEARRAY);
        assertThat(ops.add(b, py.b("z")).repr()).as("b'xy' + b'z'").isEqualTo(REPR_BYTES_PLUS_BYTES);
        PyByteArray ba = py.ba("a");
        PyObject bab = ops.add(ba, py.b("b"));
        assertThat(bab).as("bytearray + bytes is a new bytearray").isInstanceOf(PyByteArray.class).isNotSameAs(ba);
        assertThat(bab.repr()).as("bytearray(b'a') + b'b'").isEqualTo(REPR_BYTEARRAY_PLUS_BYTES);
        assertThat(ba.repr()).as("the left operand of + is unchanged").isEqualTo("bytearray(b'a')");
        assertThat(ops.add(ba, py.ba(""))).as("bytearray + empty bytearray is still a new object").isNotSameAs(ba);
    }

    @Test
    @Concept("2.6")
    @Points(3)
    @DisplayName("makes list += extend the same list with any iterable")
    void listInplaceAddExtendsInPlace() {
        PyList x = py.list(py.i(1));
        PyObject result = ops.inplaceAdd(x, py.list(py.i(2)));
        assertThat(result).as("list += returns the very same list (same id)").isSameAs(x);
        assertThat(x.repr()).as("the list was extended in place").isEqualTo("[1, 2]");
        assertThat(ops.inplaceAdd(x, py.tuple(py.i(3)))).as("list += tuple works, unlike list + tuple").isSameAs(x);
        assertThat(x.repr()).as("[1, 2] += (3,)").isEqualTo(REPR_LIST_IADD_TUPLE);
        PyList chars = py.list();
        ops.inplaceAdd(chars, py.s("ab"));
        ops.inplaceAdd(chars, py.b("ab"));
        assertThat(chars.repr()).as("l += 'ab' adds characters; l += b'ab' adds ints").isEqualTo(LIST_IADD_STR_BYTES);
        PyList keys = py.list();
        PyDict d = py.heap.newDict();
        d.put(py.s("k"), py.i(9));
        ops.inplaceAdd(keys, d);
        ops.inplaceAdd(keys, py.heap.newSet(py.i(5)));
        ops.inplaceAdd(keys, py.heap.newFrozenSet(py.i(6)));
        ops.inplaceAdd(keys, py.ba("c"));
        assertThat(keys.repr()).as("l += dict adds its keys; sets add their elements; bytearray its ints").isEqualTo(REPR_LIST_IADD_DICT_SETS_BYTEARRAY);
        PyList self = py.list(py.i(1), py.i(2));
        ops.inplaceAdd(self, self);
        assertThat(self.repr()).as("l += l doubles the list").isEqualTo(REPR_LIST_IADD_ITSELF);
        assertRaises("l += 1", "TypeError", MSG_LIST_IADD_INT, () -> ops.inplaceAdd(py.list(), py.i(1)));
    }

    @Test
    @Concept("2.6")
    @Points(3)
    @DisplayName("makes += on every immutable type return a new object and leave the old one unchanged")
    void immutableInplaceAddIsNew() {
        List<PyObject[]> pairs = List.of(
                new PyObject[] {py.i(60), py.i(5)},
                new PyObject[] {py.f(1.5), py.f(1.0)},
                new PyObject[] {py.heap.newComplex(1, 1), py.i(1)},
                new PyObject[] {py.heap.newBool(true), py.heap.newBool(false)},
                new PyObject[] {py.s("a"), py.s("b")},
                new PyObject[] {py.tuple(py.i(1)), py.tuple(py.i(2))},
                new PyObject[] {py.b("a"), py.b("b")});
        for (PyObject[] pair : pairs) {
            String before = pair[0].repr();
            PyObject result = ops.inplaceAdd(pair[0], pair[1]);
            assertThat(result).as("x += y on an immutable " + pair[0].typeName() + " must build a new object, never change x").isNotSameAs(pair[0]);
            assertThat(pair[0].repr()).as("the old " + pair[0].typeName() + " is unchanged").isEqualTo(before);
        }
        PyObject sum = ops.inplaceAdd(py.i(60), py.i(5));
        assertThat(sum.repr()).as("60 += 5").isEqualTo(REPR_SIXTY_IADD_FIVE);
        PyObject t = ops.inplaceAdd(py.tuple(py.i(1)), py.tuple(py.i(2)));
        assertThat(t.repr()).as("(1,) += (2,)").isEqualTo(REPR_TUPLE_IADD_TUPLE);
        assertRaises("t += [2]", "TypeError", MSG_TUPLE_IADD_LIST, () -> ops.inplaceAdd(py.tuple(py.i(1)), py.list(py.i(2))));
        assertRaises("x = 1; x += 'a': the message names +=", "TypeError", MSG_INT_IADD_STR, () -> ops.inplaceAdd(py.i(1), py.s("a")));
        assertRaises("s = {1}; s += {2}: sets have no +", "TypeError", MSG_SET_IADD_SET, () -> ops.inplaceAdd(py.heap.newSet(py.i(1)), py.heap.newSet(py.i(2))));
    }

    @Test
    @Concept("2.6")
    @Points(1)
    @DisplayName("makes bytearray += extend the same bytearray")
    void byteArrayInplaceAdd() {
        PyByteArray ba = py.ba("a");
        assertThat(ops.inplaceAdd(ba, py.b("b"))).as("bytearray += returns the same object").isSameAs(ba);
        assertThat(ba.repr()).as("bytearray(b'a') += b'b'").isEqualTo(REPR_BYTEARRAY_IADD_BYTES);
        assertRaises("ba += ba: ba cannot be resized while it lends its own buffer", EXCEPTION_BYTEARRAY_IADD_ITSELF, MSG_BYTEARRAY_IADD_ITSELF,
                () -> ops.inplaceAdd(ba, ba));
        assertThat(ba.repr()).as("a refused ba += ba leaves ba unchanged").isEqualTo(REPR_BYTEARRAY_AFTER_REFUSED_IADD_ITSELF);
        assertRaises("bytearray += 'a'", "TypeError", MSG_BYTEARRAY_IADD_STR, () -> ops.inplaceAdd(py.ba("a"), py.s("a")));
    }

    @Test
    @Concept("2.7")
    @Points(2)
    @DisplayName("makes set |= and dict |= change the same object, merging equal keys and elements")
    void setAndDictInplaceOr() {
        PySet s = py.heap.newSet(py.i(1));
        PyObject result = ops.inplaceOr(s, py.heap.newSet(py.f(1.0), py.heap.newBool(true), py.i(2)));
        assertThat(result).as("set |= returns the same set").isSameAs(s);
        assertThat(s.repr()).as("{1} |= {1.0, True, 2}: equal elements are not added twice").isEqualTo(SET_IOR_EQUAL_ELEMENTS);
        ops.inplaceOr(s, py.heap.newFrozenSet(py.i(3)));
        assertThat(s.size()).as("set |= frozenset adds its elements").isEqualTo(3);
        PyDict d = py.heap.newDict();
        PyInt one = py.i(1);
        d.put(one, py.s("a"));
        PyDict other = py.heap.newDict();
        other.put(py.f(1.0), py.s("b"));
        other.put(py.heap.newBool(true), py.s("c"));
        assertThat(ops.inplaceOr(d, other)).as("dict |= returns the same dict").isSameAs(d);
        assertThat(d.repr()).as("{1: 'a'} |= {1.0: 'b', True: 'c'}: equal keys merge, the first key object stays").isEqualTo(DICT_OR_EQUAL_KEYS);
        assertThat(d.keys().get(0)).as("the merged entry keeps the original key object").isSameAs(one);
        assertRaises("{1} |= [2]", "TypeError", MSG_SET_IOR_LIST, () -> ops.inplaceOr(py.heap.newSet(py.i(1)), py.list(py.i(2))));
    }

    @Test
    @Concept("2.5")
    @Points(2)
    @DisplayName("makes x | y a new object of the left operand's type, and frozenset |= rebinds")
    void binaryOr() {
        PySet left = py.heap.newSet(py.i(1));
        PyObject union = ops.or(left, py.heap.newFrozenSet(py.i(2), py.f(1.0)));
        assertThat(union).as("set | frozenset is a new set").isInstanceOf(PySet.class).isNotSameAs(left);
        assertThat(union.repr()).as("{1} | frozenset({2, 1.0})").isEqualTo(REPR_SET_OR_FROZENSET);
        assertThat(left.repr()).as("the left operand of | is unchanged").isEqualTo("{1}");
        PyObject frozen = ops.or(py.heap.newFrozenSet(py.i(1)), py.heap.newSet(py.i(2), py.i(3), py.f(1.0)));
        assertThat(frozen.kind()).as("frozenset | set is a frozenset").isEqualTo(Kind.FROZENSET);
        assertThat(frozen.repr()).as("frozenset({1}) | {2, 3, 1.0}: the equal 1.0 is not added").isEqualTo(REPR_FROZENSET_OR_SET);
        PyObject fs = py.heap.newFrozenSet(py.i(1));
        PyObject rebound = ops.inplaceOr(fs, py.heap.newSet(py.i(2)));
        assertThat(rebound).as("frozenset |= makes a new frozenset: it is immutable").isNotSameAs(fs).isNotNull();
        assertThat(rebound.repr()).as("frozenset({1}) |= {2}").isEqualTo(REPR_FROZENSET_IOR_SET);
        assertThat(((PyAnySet) fs).size()).as("the old frozenset keeps one element").isEqualTo(1);
        PyDict a = py.heap.newDict();
        a.put(py.s("a"), py.i(1));
        PyDict b = py.heap.newDict();
        b.put(py.s("b"), py.i(2));
        PyObject merged = ops.or(a, b);
        assertThat(merged).as("dict | dict is a new dict").isNotSameAs(a).isNotSameAs(b);
        assertThat(merged.repr()).as("{'a': 1} | {'b': 2}").isEqualTo(REPR_DICT_OR_DICT);
        assertThat(a.repr()).as("the left operand of | is unchanged").isEqualTo("{'a': 1}");
        assertThat(ops.or(py.i(12), py.i(3)).repr()).as("12 | 3").isEqualTo(REPR_12_OR_3);
        assertThat(ops.or(py.heap.newBool(true), py.heap.newBool(false))).as("True | False is a bool").isInstanceOf(PyBool.class);
        assertThat(ops.or(py.heap.newBool(true), py.heap.newBool(false)).repr()).as("True | False").isEqualTo(REPR_TRUE_OR_FALSE);
        assertThat(ops.or(py.heap.newBool(false), py.heap.newBool(true)).repr()).as("False | True").isEqualTo(REPR_FALSE_OR_TRUE);
        assertThat(ops.or(py.heap.newBool(false), py.heap.newBool(false)).repr()).as("False | False").isEqualTo(REPR_FALSE_OR_FALSE);
        assertThat(ops.or(py.heap.newBool(true), py.i(2)).typeName()).as("True | 2 is an int").isEqualTo(TYPE_TRUE_OR_2);
        PyInt n = py.i(4);
        PyObject five = ops.inplaceOr(n, py.i(1));
        assertThat(five).as("n |= 1 on an int builds a new int").isNotSameAs(n).isNotNull();
        assertThat(five.repr()).as("4 |= 1").isEqualTo(REPR_4_IOR_1);
        assertThat(n.repr()).as("the int 4 is unchanged").isEqualTo("4");
        assertRaises("[1] | [2]", "TypeError", MSG_LIST_OR_LIST, () -> ops.or(py.list(py.i(1)), py.list(py.i(2))));
        assertRaises("1.0 | 2.0", "TypeError", MSG_FLOAT_OR_FLOAT, () -> ops.or(py.f(1.0), py.f(2.0)));
        assertRaises("fs |= [2]", "TypeError", MSG_FROZENSET_IOR_LIST, () -> ops.inplaceOr(py.heap.newFrozenSet(py.i(1)), py.list(py.i(2))));
    }
}
