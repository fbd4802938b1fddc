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
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyStr;
import pymem.model.PyTuple;

@DisplayName("Item assignment, deletion, methods and attributes (task 5)")
@Tag("task:5")
class MutationsHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("refuses item assignment on immutables and sets with CPython's message, changing nothing")
    void itemAssignmentRefused() {
        PyTuple t = py.tuple(py.i(1), py.i(2));
        assertRaises("t[0] = 9 on a tuple", "TypeError", MSG_TUPLE_SETITEM, () -> Mutations.setItem(t, py.i(0), py.i(9)));
        assertThat(t.repr()).as("a refused assignment leaves the tuple as it was").isEqualTo("(1, 2)");
        assertRaises("s[0] = 'x' on a str", "TypeError", MSG_STR_SETITEM, () -> Mutations.setItem(py.s("ab"), py.i(0), py.s("x")));
        assertRaises("b[0] = 1 on bytes", "TypeError", MSG_BYTES_SETITEM, () -> Mutations.setItem(py.b("ab"), py.i(0), py.i(1)));
        assertRaises("fs[0] = 1 on a frozenset", "TypeError", MSG_FROZENSET_SETITEM, () -> Mutations.setItem(py.heap.newFrozenSet(), py.i(0), py.i(1)));
        assertRaises("5[0] = 1 on an int", "TypeError", MSG_INT_SETITEM, () -> Mutations.setItem(py.i(5), py.i(0), py.i(1)));
        assertRaises("s[0] = 1 on a set: mutable, but not indexable", "TypeError", MSG_SET_SETITEM, () -> Mutations.setItem(py.heap.newSet(), py.i(0), py.i(1)));
    }

    @Test
    @Concept("2.9")
    @Points(2)
    @DisplayName("words a refused deletion as CPython does: doesn't for a sequence index, does not otherwise")
    void deletionWording() {
        PyClass point = py.cls("Point");
        assertRaises("del t[0]", "TypeError", MSG_TUPLE_DELITEM, () -> Mutations.delItem(py.tuple(py.i(1), py.i(2)), py.i(0)));
        assertRaises("del s[0] on a str", "TypeError", MSG_STR_DELITEM, () -> Mutations.delItem(py.s("ab"), py.heap.newBool(false)));
        assertRaises("del t['a']: not an index", "TypeError", MSG_TUPLE_DELITEM_STR_KEY, () -> Mutations.delItem(py.tuple(py.i(1)), py.s("a")));
        assertRaises("del 5[0]", "TypeError", MSG_INT_DELITEM, () -> Mutations.delItem(py.i(5), py.i(0)));
        assertRaises("del None[0]", "TypeError", MSG_NONE_DELITEM, () -> Mutations.delItem(py.heap.newNone(), py.i(0)));
        assertRaises("del Point()[0]", "TypeError", MSG_INSTANCE_DELITEM, () -> Mutations.delItem(py.heap.newInstance(point), py.i(0)));
        assertRaises("del Point[0] on the class", "TypeError", MSG_CLASS_DELITEM, () -> Mutations.delItem(point, py.i(0)));
    }

    @Test
    @Concept("2.8")
    @Points(2)
    @DisplayName("assigns, reads and deletes list items in place, counting negative indexes from the end")
    void listItems() {
        PyList l = py.list(py.i(1), py.i(2), py.i(3));
        PyInt nine = py.i(9);
        Mutations.setItem(l, py.i(-1), nine);
        assertThat(l.get(2)).as("l[-1] = 9 stores that very object in the last slot").isSameAs(nine);
        Mutations.setItem(l, py.heap.newBool(true), py.i(7));
        assertThat(Mutations.getItem(l, py.i(-2)).repr()).as("l[True] = 7 uses True as index 1; l[-2] reads it").isEqualTo("7");
        Mutations.delItem(l, py.i(0));
        assertThat(l.repr()).as("del l[0]").isEqualTo("[7, 9]");
        Mutations.delItem(l, py.i(-1));
        assertThat(l.repr()).as("del l[-1]").isEqualTo("[7]");
        assertRaises("l[5] = 0", "IndexError", MSG_LIST_ASSIGNMENT_INDEX, () -> Mutations.setItem(l, py.i(5), py.i(0)));
        assertRaises("l[-2] = 0 on a one-item list", "IndexError", MSG_LIST_ASSIGNMENT_INDEX, () -> Mutations.setItem(l, py.i(-2), py.i(0)));
        assertRaises("l[1] = 0 on a one-item list", "IndexError", MSG_LIST_ASSIGNMENT_INDEX, () -> Mutations.setItem(l, py.i(1), py.i(0)));
        assertRaises("del l[1]", "IndexError", MSG_LIST_ASSIGNMENT_INDEX, () -> Mutations.delItem(l, py.i(1)));
        assertRaises("l[5]", "IndexError", MSG_LIST_INDEX, () -> Mutations.getItem(l, py.i(5)));
        assertRaises("l['a'] = 0", "TypeError", MSG_LIST_INDICES_STR, () -> Mutations.setItem(l, py.s("a"), py.i(0)));
        assertThat(l.repr()).as("failed assignments leave the list alone").isEqualTo("[7]");
        PyTuple t = py.tuple(py.i(4), py.i(5));
        assertThat(Mutations.getItem(t, py.i(-1)).repr()).as("t[-1]").isEqualTo("5");
        assertThat(Mutations.getItem(t, py.i(0)).repr()).as("t[0]").isEqualTo("4");
        assertRaises("(1,)[-2]", "IndexError", MSG_TUPLE_INDEX, () -> Mutations.getItem(py.tuple(py.i(1)), py.i(-2)));
        assertRaises("5[0]", "TypeError", MSG_INT_NOT_SUBSCRIPTABLE, () -> Mutations.getItem(py.i(5), py.i(0)));
        assertRaises("{1}[0]", "TypeError", MSG_SET_NOT_SUBSCRIPTABLE, () -> Mutations.getItem(py.heap.newSet(py.i(1)), py.i(0)));
    }

    @Test
    @Concept("2.8")
    @Points(1)
    @DisplayName("stores and deletes bytearray bytes in place, accepting only ints in range(0, 256)")
    void byteArrayItems() {
        PyByteArray ba = py.ba("abc");
        Mutations.setItem(ba, py.i(0), py.i(65));
        Mutations.setItem(ba, py.i(-1), py.i(255));
        Mutations.setItem(ba, py.i(1), py.i(0));
        assertThat(ba.repr()).as("ba[0] = 65; ba[-1] = 255; ba[1] = 0").isEqualTo("bytearray(b'A\\x00\\xff')");
        Mutations.delItem(ba, py.i(1));
        assertThat(ba.length()).as("del ba[1]").isEqualTo(2);
        assertRaises("ba[0] = 256", "ValueError", MSG_BYTE_RANGE, () -> Mutations.setItem(ba, py.i(0), py.i(256)));
        assertRaises("ba[0] = -1", "ValueError", MSG_BYTE_RANGE, () -> Mutations.setItem(ba, py.i(0), py.i(-1)));
        assertRaises("ba[0] = 'x'", "TypeError", MSG_BYTE_NOT_INT, () -> Mutations.setItem(ba, py.i(0), py.s("x")));
        assertRaises("del ba[2] on two bytes", "IndexError", MSG_BYTEARRAY_INDEX, () -> Mutations.delItem(ba, py.i(2)));
        assertThat(ba.repr()).as("refused stores leave the bytes alone").isEqualTo("bytearray(b'A\\xff')");
    }

    @Test
    @Concept("2.7")
    @Points(2)
    @DisplayName("finds dict keys by Python equality: d[1.0] = v replaces d[1]'s value and keeps key 1")
    void dictItemsUseEquality() {
        PyDict d = py.heap.newDict();
        PyInt one = py.i(1);
        Mutations.setItem(d, one, py.s("a"));
        PyStr b = py.s("b");
        Mutations.setItem(d, py.f(1.0), b);
        assertThat(d.size()).as("1.0 == 1, so d[1.0] = 'b' updates the entry instead of adding one").isEqualTo(1);
        assertThat(d.keys().get(0)).as("the first key object stays").isSameAs(one);
        assertThat(Mutations.getItem(d, py.heap.newBool(true))).as("d[True] finds the value stored under 1").isSameAs(b);
        Mutations.setItem(d, py.s("k"), py.i(2));
        Mutations.delItem(d, py.s("k"));
        assertThat(d.repr()).as("del d['k'] with an equal, distinct key object").isEqualTo("{1: 'b'}");
        assertRaises("d[[1]] = 2", "TypeError", MSG_UNHASHABLE_LIST, () -> Mutations.setItem(d, py.list(py.i(1)), py.i(2)));
        assertRaises("del d['a'] when absent", "KeyError", MSG_KEYERROR_STR, () -> Mutations.delItem(d, py.s("a")));
        assertRaises("d['a'] when absent", "KeyError", MSG_KEYERROR_STR, () -> Mutations.getItem(d, py.s("a")));
        assertRaises("d[[1]]", "TypeError", MSG_UNHASHABLE_LIST, () -> Mutations.getItem(d, py.list(py.i(1))));
        assertThat(d.size()).as("failed operations leave the dict alone").isEqualTo(1);
    }

    @Test
    @Concept("2.8")
    @Points(2)
    @DisplayName("lets list.append and set.add change the object in place, and refuses them elsewhere")
    void appendAndAdd() {
        PyList l = py.list();
        PyList alias = l;
        Mutations.append(l, py.i(4));
        assertThat(alias.repr()).as("l.append(4) changes the list every name sees").isEqualTo("[4]");
        assertRaises("(1,).append(2)", "AttributeError", MSG_TUPLE_APPEND, () -> Mutations.append(py.tuple(py.i(1)), py.i(2)));
        assertRaises("'a'.append('b')", "AttributeError", MSG_STR_APPEND, () -> Mutations.append(py.s("a"), py.s("b")));
        PySet s = py.heap.newSet(py.i(1));
        Mutations.add(s, py.f(1.0));
        assertThat(s.size()).as("{1}.add(1.0): an equal element is already there").isEqualTo(1);
        Mutations.add(s, py.tuple(py.i(2)));
        assertThat(s.repr()).as("{1}.add((2,))").isEqualTo("{1, (2,)}");
        assertRaises("s.add([1])", "TypeError", MSG_UNHASHABLE_LIST, () -> Mutations.add(s, py.list(py.i(1))));
        assertRaises("frozenset().add(1)", "AttributeError", MSG_FROZENSET_ADD, () -> Mutations.add(py.heap.newFrozenSet(), py.i(1)));
        assertThat(s.size()).as("refused adds leave the set alone").isEqualTo(2);
    }

    @Test
    @Concept("2.8")
    @Points(2)
    @DisplayName("sets attributes on instances and classes, and refuses them on built-in objects and types")
    void attributes() {
        PyClass c = py.cls("C");
        PyInstance obj = py.heap.newInstance(c);
        PyInt v = py.i(1);
        Mutations.setAttribute(obj, "x", v);
        assertThat(obj.getAttribute("x")).as("obj.x = 1 on an instance").isSameAs(v);
        Mutations.setAttribute(c, "y", v);
        assertThat(c.ownAttribute("y")).as("C.y = 1 on a user class: classes are mutable").isSameAs(v);
        assertRaises("(5).x = 1", "AttributeError", MSG_INT_SETATTR, () -> Mutations.setAttribute(py.i(5), "x", v));
        assertRaises("[].x = 1", "AttributeError", MSG_LIST_SETATTR, () -> Mutations.setAttribute(py.list(), "x", v));
        PyClass slotted = py.heap.register(new PyClass("Slotted", List.of(), List.of("x")));
        PyInstance s = py.heap.newInstance(slotted);
        Mutations.setAttribute(s, "x", v);
        assertThat(s.getAttribute("x")).as("a name listed in __slots__ can be set").isSameAs(v);
        assertRaises("Slotted().y = 1", "AttributeError", MSG_SLOTS_SETATTR, () -> Mutations.setAttribute(s, "y", v));
        assertRaises("int.x = 1", "TypeError", MSG_INT_TYPE_SETATTR, () -> Mutations.setBuiltinTypeAttribute(Kind.INT, "x", v));
        assertRaises("object.x = 1", "TypeError", MSG_OBJECT_TYPE_SETATTR, () -> Mutations.setBuiltinTypeAttribute(Kind.INSTANCE, "x", v));
    }

    /** One object of each immutable type of the table, and the four refusals CPython gives it. */
    private List<Refusals> immutablesAndTheirRefusals() {
        return List.of(
                new Refusals(py.i(1), MSG_REFUSED_SETITEM_INT, MSG_REFUSED_APPEND_INT, MSG_REFUSED_ADD_INT, MSG_REFUSED_SETATTR_INT),
                new Refusals(py.f(1.5), MSG_REFUSED_SETITEM_FLOAT, MSG_REFUSED_APPEND_FLOAT, MSG_REFUSED_ADD_FLOAT, MSG_REFUSED_SETATTR_FLOAT),
                new Refusals(py.heap.newComplex(1, 1), MSG_REFUSED_SETITEM_COMPLEX, MSG_REFUSED_APPEND_COMPLEX, MSG_REFUSED_ADD_COMPLEX, MSG_REFUSED_SETATTR_COMPLEX),
                new Refusals(py.heap.newBool(true), MSG_REFUSED_SETITEM_BOOL, MSG_REFUSED_APPEND_BOOL, MSG_REFUSED_ADD_BOOL, MSG_REFUSED_SETATTR_BOOL),
                new Refusals(py.s("ab"), MSG_REFUSED_SETITEM_STR, MSG_REFUSED_APPEND_STR, MSG_REFUSED_ADD_STR, MSG_REFUSED_SETATTR_STR),
                new Refusals(py.tuple(py.i(1)), MSG_REFUSED_SETITEM_TUPLE, MSG_REFUSED_APPEND_TUPLE, MSG_REFUSED_ADD_TUPLE, MSG_REFUSED_SETATTR_TUPLE),
                new Refusals(py.heap.newFrozenSet(py.i(1)), MSG_REFUSED_SETITEM_FROZENSET, MSG_REFUSED_APPEND_FROZENSET, MSG_REFUSED_ADD_FROZENSET, MSG_REFUSED_SETATTR_FROZENSET),
                new Refusals(py.b("ab"), MSG_REFUSED_SETITEM_BYTES, MSG_REFUSED_APPEND_BYTES, MSG_REFUSED_ADD_BYTES, MSG_REFUSED_SETATTR_BYTES),
                new Refusals(py.heap.newNone(), MSG_REFUSED_SETITEM_NONE, MSG_REFUSED_APPEND_NONE, MSG_REFUSED_ADD_NONE, MSG_REFUSED_SETATTR_NONE));
    }

    private record Refusals(PyObject value, String setItem, String append, String add, String setAttr) {
    }

    @Test
    @Concept("2.9")
    @Points(1)
    @DisplayName("refuses every mutation on every immutable type of the table")
    void everyImmutableRefusesEverything() {
        for (Refusals r : immutablesAndTheirRefusals()) {
            PyObject x = r.value();
            String before = x.repr();
            String type = x.typeName();
            assertRaises(type + "[0] = 1", "TypeError", r.setItem(), () -> Mutations.setItem(x, py.i(0), py.i(1)));
            assertRaises(type + ".append(1)", "AttributeError", r.append(), () -> Mutations.append(x, py.i(1)));
            assertRaises(type + ".add(1)", "AttributeError", r.add(), () -> Mutations.add(x, py.i(1)));
            assertRaises(type + ".x = 1", "AttributeError", r.setAttr(), () -> Mutations.setAttribute(x, "x", py.i(1)));
            assertThat(x.repr()).as("an immutable " + type + " is never changed").isEqualTo(before);
        }
    }

    @Test
    @Concept("2.7")
    @Points(2)
    @DisplayName("adds nothing to a set that already holds an equal element, keeping the element it has")
    void setAddFindsEqualElements() {
        PyInt one = py.i(1);
        PySet s = py.heap.newSet(one);
        Mutations.add(s, py.f(1.0));
        Mutations.add(s, py.heap.newBool(true));
        Mutations.add(s, py.i(1));
        assertThat(s.size()).as("s = {1}; s.add(1.0); s.add(True): 1, 1.0 and True are one element (equal and equal hash)")
                .isEqualTo(LEN_SET_AFTER_EQUAL_ADDS);
        assertThat(s.elements().get(0)).as("the element already there stays: repr(s) is " + REPR_SET_AFTER_EQUAL_ADDS).isSameAs(one);
        PySet words = py.heap.newSet(py.s("ab"));
        Mutations.add(words, py.s("ab"));
        assertThat(words.size()).as("an equal str made apart is the same element").isEqualTo(1);
    }

    @Test
    @Concept("2.3")
    @Points(2)
    @DisplayName("refuses a tuple holding a list as a dict key or set element")
    void tupleHoldingAListIsNoKey() {
        PyDict d = py.heap.newDict();
        assertRaises("d[(1, [2])] = 0: a tuple is hashable only when all its items are", "TypeError", MSG_SETITEM_TUPLE_WITH_LIST_KEY,
                () -> Mutations.setItem(d, py.tuple(py.i(1), py.list(py.i(2))), py.i(0)));
        assertRaises("s.add((1, [2])): a tuple is hashable only when all its items are", "TypeError", MSG_ADD_TUPLE_WITH_LIST,
                () -> Mutations.add(py.heap.newSet(), py.tuple(py.i(1), py.list(py.i(2)))));
        assertThat(d.size()).as("a refused key adds no entry").isZero();
    }

    @Test
    @Concept("2.3")
    @Points(2)
    @DisplayName("refuses an instance of a class that defines __eq__ without __hash__ as a dict key")
    void eqOnlyInstanceIsNoKey() {
        PyDict d = py.heap.newDict();
        PyClass point = py.cls("Point");
        point.setAttribute("__eq__", py.function("__eq__", py.heap.newBool(true)));
        assertRaises("d[Point()] = 0 where Point defines __eq__ alone: it gets __hash__ = None", "TypeError", MSG_SETITEM_EQ_CLASS_KEY,
                () -> Mutations.setItem(d, py.heap.newInstance(point), py.i(0)));
        assertThat(d.size()).as("a refused key adds no entry").isZero();
    }
}
