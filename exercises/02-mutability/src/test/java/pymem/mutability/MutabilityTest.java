package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyTuple;

/**
 * The visible tests of exercise 02-mutability, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class MutabilityTest {
    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: The table: `Mutability.isMutable`")
    class Task1 {
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

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Python's `==`: `Equality.equal`")
    class Task2 {
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

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: `hash()`: `Hashing.hash` and `Hashing.isHashable`")
    class Task3 {
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

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: `+`, `|`, `+=`, `|=`: `Operators`")
    class Task4 {
        private final Heap heap = new Heap();
        private final Operators ops = new Operators(heap);

        @Test
        @Tag("concept:2.6")
        @DisplayName("makes x += [4] on a list change that very list")
        void listInplaceAdd() {
            // GIVEN x = [1, 2, 3]
            PyList x = heap.newList(heap.newInt(1), heap.newInt(2), heap.newInt(3));
            // WHEN x += [4]
            PyObject result = ops.inplaceAdd(x, heap.newList(heap.newInt(4)));
            // THEN the result is x itself, extended
            assertThat(result).as("id(x) is unchanged by +=").isSameAs(x);
            assertThat(x.repr()).as("x after x += [4]").isEqualTo("[1, 2, 3, 4]");
        }

        @Test
        @Tag("concept:2.6")
        @DisplayName("makes y += 5 on an int build a new int")
        void intInplaceAdd() {
            PyInt y = heap.newInt(60);
            PyObject result = ops.inplaceAdd(y, heap.newInt(5));
            assertThat(result).as("int += builds a new object").isNotSameAs(y);
            assertThat(((PyInt) result).longValue()).as("60 + 5").isEqualTo(65);
            assertThat(y.longValue()).as("the old int is unchanged").isEqualTo(60);
        }

        @Test
        @Tag("concept:2.5")
        @DisplayName("makes x + y a new list even for lists")
        void listAddIsNew() {
            PyList x = heap.newList(heap.newInt(1));
            assertThat(ops.add(x, heap.newList(heap.newInt(2)))).as("x + y").isNotSameAs(x);
            assertThat(x.repr()).as("x after x + y").isEqualTo("[1]");
        }

        @Test
        @Tag("concept:2.9")
        @DisplayName("lets list += tuple extend, while list + tuple raises")
        void listAndTuple() {
            PyList x = heap.newList();
            ops.inplaceAdd(x, heap.newTuple(heap.newInt(1)));
            assertThat(x.repr()).as("x += (1,)").isEqualTo("[1]");
            assertThatThrownBy(() -> ops.add(x, heap.newTuple(heap.newInt(2))))
                    .as("x + (2,)").isInstanceOf(PyException.class)
                    .hasMessage("can only concatenate list (not \"tuple\") to list");
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: Changing objects in place: `Mutations`")
    class Task5 {
        private final Heap heap = new Heap();

        @Test
        @Tag("concept:2.8")
        @DisplayName("lets l[0] = 9 replace a list item")
        void listItemAssignment() {
            PyList l = heap.newList(heap.newInt(1), heap.newInt(2));
            Mutations.setItem(l, heap.newInt(0), heap.newInt(9));
            assertThat(l.repr()).as("l after l[0] = 9").isEqualTo("[9, 2]");
        }

        @Test
        @Tag("concept:2.9")
        @DisplayName("refuses t[0] = 9 on a tuple with CPython's TypeError")
        void tupleItemAssignment() {
            PyTuple t = heap.newTuple(heap.newInt(1), heap.newInt(2));
            assertThatThrownBy(() -> Mutations.setItem(t, heap.newInt(0), heap.newInt(9)))
                    .as("t[0] = 9").isInstanceOf(PyException.class)
                    .hasMessage("'tuple' object does not support item assignment");
            assertThat(t.repr()).as("t is unchanged").isEqualTo("(1, 2)");
        }

        @Test
        @Tag("concept:2.9")
        @DisplayName("refuses del t[0] with a slightly different wording")
        void tupleItemDeletion() {
            assertThatThrownBy(() -> Mutations.delItem(heap.newTuple(heap.newInt(1)), heap.newInt(0)))
                    .as("del t[0]").isInstanceOf(PyException.class)
                    .hasMessage("'tuple' object doesn't support item deletion");
        }

        @Test
        @Tag("concept:2.9")
        @DisplayName("has no add method on a frozenset")
        void frozenSetAdd() {
            assertThatThrownBy(() -> Mutations.add(heap.newFrozenSet(), heap.newInt(1)))
                    .as("frozenset().add(1)").isInstanceOf(PyException.class)
                    .hasMessage("'frozenset' object has no attribute 'add'");
        }

        @Test
        @Tag("concept:2.7")
        @DisplayName("finds a dict key by ==, not by identity: d[1] = 'a'; d[1.0] = 'b' gives {1: 'b'}")
        void dictKeysByEquality() {
            PyDict d = heap.newDict();
            Mutations.setItem(d, heap.newInt(1), heap.newStr("a"));
            Mutations.setItem(d, heap.newFloat(1.0), heap.newStr("b"));
            assertThat(d.repr()).as("1.0 == 1, so d[1.0] = 'b' replaces the value of the key 1 and keeps the key 1")
                    .isEqualTo("{1: 'b'}");
        }

        @Test
        @Tag("concept:2.7")
        @DisplayName("adds nothing to a set that holds an equal element: s = {1}; s.add(1.0) leaves {1}")
        void setAddFindsEqualElements() {
            PySet s = heap.newSet();
            Mutations.add(s, heap.newInt(1));
            Mutations.add(s, heap.newFloat(1.0));
            assertThat(s.repr()).as("{1}.add(1.0): 1.0 == 1, so the set keeps its element 1").isEqualTo("{1}");
        }
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: Augmented assignment: `AugmentedAssignment`")
    class Task6 {
        private final Heap heap = new Heap();
        private final AugmentedAssignment aug = new AugmentedAssignment(heap);
        private final Namespace ns = new Namespace("<module>");

        @Test
        @Tag("concept:2.10")
        @DisplayName("x = [1, 2, 3]; y = x; y += [4] is seen through x")
        void mutableAlias() {
            PyList x = heap.newList(heap.newInt(1), heap.newInt(2), heap.newInt(3));
            ns.bind("x", x);
            ns.bind("y", x);
            aug.addToName(ns, "y", heap.newList(heap.newInt(4)));
            assertThat(ns.get("y")).as("y is still x").isSameAs(x);
            assertThat(ns.get("x").repr()).as("x").isEqualTo("[1, 2, 3, 4]");
        }

        @Test
        @Tag("concept:2.10")
        @DisplayName("x = 60; y = x; y += 5 leaves x at 60")
        void immutableAlias() {
            PyInt sixty = heap.newInt(60);
            ns.bind("x", sixty);
            ns.bind("y", sixty);
            aug.addToName(ns, "y", heap.newInt(5));
            assertThat(ns.get("x")).as("x").isSameAs(sixty);
            assertThat(ns.get("y").repr()).as("y").isEqualTo("65");
        }

        @Test
        @Tag("concept:2.10")
        @DisplayName("t = (1, [2]); t[1] += [3] raises, and t is (1, [2, 3]) afterwards")
        void famousTupleCase() {
            PyTuple t = heap.newTuple(heap.newInt(1), heap.newList(heap.newInt(2)));
            assertThatThrownBy(() -> aug.addToItem(t, heap.newInt(1), heap.newList(heap.newInt(3))))
                    .as("t[1] += [3]").isInstanceOf(PyException.class)
                    .hasMessage("'tuple' object does not support item assignment");
            assertThat(t.repr()).as("t afterwards").isEqualTo("(1, [2, 3])");
        }
    }
}
