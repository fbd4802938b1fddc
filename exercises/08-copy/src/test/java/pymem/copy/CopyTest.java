package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFrozenSet;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;
import pymem.model.copy.Memo;

/**
 * The visible tests of exercise 08-copy, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class CopyTest {
    private final Heap heap = new Heap();
    private final Copier copier = new Copier(heap);

    private PyList ints(long... values) {
        PyList list = heap.newList();
        for (long v : values) {
            list.append(heap.newInt(v));
        }
        return list;
    }

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: What comes back unchanged")
    class Task1 {
        @Test
        @Tag("concept:8.1")
        @DisplayName("ints and strs are atomic")
        void intsAndStrsAreAtomic() {
            assertThat(Atoms.isAtomic(heap.newInt(42))).as("deepcopy(42) is 42").isTrue();
            assertThat(Atoms.isAtomic(heap.newStr("hello"))).as("deepcopy('hello') is 'hello'").isTrue();
        }

        @Test
        @Tag("concept:8.1")
        @DisplayName("returns a class itself: classes and functions are atoms for deepcopy")
        void classesAreAtoms() {
            PyClass cls = heap.newClass("K");
            assertThat(copier.deepcopy(cls)).as("deepcopy(K) is K").isSameAs(cls);
        }

        @Test
        @Tag("concept:8.2")
        @DisplayName("a list is neither atomic nor copied as is")
        void listIsNeither() {
            PyList list = ints(1);
            assertThat(Atoms.isAtomic(list)).as("a list is mutable: deepcopy must copy it").isFalse();
            assertThat(Atoms.copiedAsIs(list)).as("a list is mutable: copy must copy it").isFalse();
        }

        @Test
        @Tag("concept:8.5")
        @DisplayName("a tuple is copied as is by copy.copy but is not atomic")
        void tupleIsImmutableNotAtomic() {
            PyTuple t = heap.newTuple(heap.newInt(1));
            assertThat(Atoms.copiedAsIs(t)).as("copy((1,)) is (1,)").isTrue();
            assertThat(Atoms.isAtomic(t)).as("a tuple may hold mutable items, so it is not atomic").isFalse();
        }
    
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Shallow copies")
    class Task2 {
        @Test
        @Tag("concept:8.2")
        @DisplayName("copies only the outer list of the notebook's a = [[1, 2], [3, 4]]")
        void notebookShallowCopy() {
            // GIVEN a = [[1, 2], [3, 4]]
            PyList a = heap.newList(ints(1, 2), ints(3, 4));
            // WHEN b = copy.copy(a)
            PyList b = (PyList) copier.copy(a);
            // THEN b is a new list holding the same two inner lists
            assertThat(b).as("b is not a").isNotSameAs(a);
            assertThat(b.get(0)).as("b[0] is a[0]").isSameAs(a.get(0));
            assertThat(b.get(1)).as("b[1] is a[1]").isSameAs(a.get(1));
        }

        @Test
        @Tag("concept:8.2")
        @DisplayName("returns a tuple itself")
        void tupleIsItself() {
            PyTuple t = heap.newTuple(heap.newInt(1), heap.newInt(2));
            assertThat(copier.copy(t)).as("copy((1, 2)) is (1, 2)").isSameAs(t);
        }

        @Test
        @Tag("concept:8.2")
        @DisplayName("gives an instance a new instance with the same attribute values")
        void instanceCopy() {
            PyInstance x = heap.newInstance(heap.newClass("C"));
            PyList foo = ints(42);
            x.setAttribute("foo", foo);
            PyInstance y = (PyInstance) copier.copy(x);
            assertThat(y).as("copy(x) is a new instance").isNotSameAs(x);
            assertThat(y.getAttribute("foo")).as("y.foo is x.foo").isSameAs(foo);
        }
    
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Deep copies with a memo")
    class Task3 {
        @Test
        @Tag("concept:8.4")
        @DisplayName("copies the nested lists of the notebook's example")
        void notebookDeepCopy() {
            PyList a = heap.newList(ints(1, 2, 5), ints(3, 4));
            PyList c = (PyList) copier.deepcopy(a);
            assertThat(c.get(0)).as("c[0] is a new list").isNotSameAs(a.get(0));
            assertThat(((PyList) c.get(0)).get(0)).as("ints are atomic: c[0][0] is a[0][0]")
                    .isSameAs(((PyList) a.get(0)).get(0));
        }

        @Test
        @Tag("concept:8.3")
        @DisplayName("keeps a shared list shared: c[0] is c[1]")
        void sharedStaysShared() {
            PyList inner = ints(1);
            PyList c = (PyList) copier.deepcopy(heap.newList(inner, inner));
            assertThat(c.get(0)).as("the inner list is copied").isNotSameAs(inner);
            assertThat(c.get(1)).as("and copied once").isSameAs(c.get(0));
        }

        @Test
        @Tag("concept:8.4")
        @DisplayName("copies a dict that contains itself")
        void reflexiveDict() {
            PyDict x = heap.newDict();
            PyObject key = heap.newStr("foo");
            x.put(key, x);
            PyDict y = (PyDict) copier.deepcopy(x);
            assertThat(y).as("y is not x").isNotSameAs(x);
            assertThat(y.get(key)).as("y['foo'] is y").isSameAs(y);
        }

        @Test
        @Tag("concept:8.6")
        @DisplayName("rebuilds a frozenset even of atoms: deepcopy(frozenset({1, 2})) is not the original")
        void frozensetIsRebuilt() {
            PyFrozenSet x = heap.newFrozenSet(heap.newInt(1), heap.newInt(2));
            PyObject y = copier.deepcopy(x);
            assertThat(y).as("deepcopy(fs) is fs is False: a frozenset is rebuilt from its copied elements, unlike a tuple")
                    .isNotSameAs(x);
            assertThat(y.repr()).as("the copy has the same elements").isEqualTo(x.repr());
        }

        @Test
        @Tag("concept:8.6")
        @DisplayName("gives a deep copy its own bytearray: bytearray is mutable, unlike bytes")
        void bytearrayIsCopied() {
            PyObject b = heap.newByteArray(new byte[] {'x'});
            assertThat(copier.deepcopy(b)).as("deepcopy(bytearray(b'x')) is not the original").isNotSameAs(b);
        }

        @Test
        @Tag("concept:8.4")
        @DisplayName("copies dict keys as well as values: an instance used as a key is copied")
        void dictKeysAreCopied() {
            PyInstance key = heap.newInstance(heap.newClass("C"));
            PyDict d = heap.newDict();
            d.put(key, heap.newInt(1));
            PyDict y = (PyDict) copier.deepcopy(d);
            assertThat(y.keys().get(0)).as("the key of deepcopy({k: 1}): a copy of k, not k").isNotSameAs(key);
            assertThat(y.keys().get(0)).as("the key's copy is an instance").isInstanceOf(PyInstance.class);
        }

        @Test
        @Tag("concept:8.8")
        @DisplayName("records the copy and keeps the original alive in the memo")
        void memoRecordsAndKeepsAlive() {
            Memo memo = new Memo();
            PyList x = ints(1, 2, 3, 4);
            PyObject y = copier.deepcopy(x, memo);
            assertThat(memo.get(x)).as("memo[id(x)] is the copy").isSameAs(y);
            assertThat(memo.keptAlive()).as("memo[id(memo)] == [x]").containsExactly(x);
            assertThat(memo.size()).as("len(memo) == 2: the copy and the keep-alive list").isEqualTo(2);
        }
    
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: The tuple rule")
    class Task4 {
        @Test
        @Tag("concept:8.5")
        @DisplayName("returns ((1, 2), 3) itself")
        void tupleOfAtoms() {
            PyTuple x = heap.newTuple(heap.newTuple(heap.newInt(1), heap.newInt(2)), heap.newInt(3));
            assertThat(copier.deepcopy(x)).as("deepcopy(((1, 2), 3)) is x").isSameAs(x);
        }

        @Test
        @Tag("concept:8.5")
        @DisplayName("returns a new tuple for (1, [2])")
        void tupleWithList() {
            PyTuple x = heap.newTuple(heap.newInt(1), ints(2));
            PyTuple y = (PyTuple) copier.deepcopy(x);
            assertThat(y).as("deepcopy((1, [2])) is not x").isNotSameAs(x);
            assertThat(y.get(1)).as("its list is copied").isNotSameAs(x.get(1));
        }

        @Test
        @Tag("concept:8.5")
        @DisplayName("copies a tuple in a cycle once: x = ([],); x[0].append(x); y = deepcopy(x) has y[0][0] is y")
        void tupleInACycle() {
            PyList inner = heap.newList();
            PyTuple x = heap.newTuple(inner);
            inner.append(x);
            PyTuple y = (PyTuple) copier.deepcopy(x);
            assertThat(y).as("y is not x").isNotSameAs(x);
            assertThat(((PyList) y.get(0)).get(0)).as("y[0][0] is y: the copy made through the cycle is the result").isSameAs(y);
        }
    
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: The `__deepcopy__` hook")
    class Task5 {
        @Test
        @Tag("concept:8.7")
        @DisplayName("is called with self and the memo, and its result is returned")
        void hookIsCalled() {
            PyClass cls = heap.newClass("C");
            PyObject answer = heap.newStr("mine");
            cls.setAttribute("__deepcopy__", heap.newFunction("__deepcopy__", args -> {
                assertThat(args).as("__deepcopy__(self, memo)").hasSize(2);
                return answer;
            }));
            assertThat(copier.deepcopy(heap.newInstance(cls))).as("deepcopy(x) is x.__deepcopy__(memo)")
                    .isSameAs(answer);
        }

        @Test
        @Tag("concept:8.7")
        @DisplayName("memoizes what __deepcopy__ returns: h reached twice is copied once")
        void hookResultIsMemoized() {
            PyClass cls = heap.newClass("H");
            int[] calls = new int[1];
            cls.setAttribute("__deepcopy__", heap.newFunction("__deepcopy__", args -> {
                calls[0]++;
                return heap.newInstance(cls);
            }));
            PyInstance h = heap.newInstance(cls);
            PyList y = (PyList) copier.deepcopy(heap.newList(h, h));
            assertThat(calls[0]).as("calls of H.__deepcopy__ for deepcopy([h, h])").isEqualTo(1);
            assertThat(y.get(0)).as("y[0] is y[1]").isSameAs(y.get(1));
        }
    
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: Deep structures")
    class Task6 {
        @Test
        @Tag("concept:8.9")
        @DisplayName("copies a list nested 10,000 levels deep (CPython stops near 1,000)")
        void deepList() {
            PyObject x = heap.newInt(0);
            for (int i = 0; i < 10_000; i++) {
                x = heap.newList(x);
            }
            PyObject y = copier.deepcopy(x);
            int depth = 0;
            while (y instanceof PyList list) {
                depth++;
                y = list.get(0);
            }
            assertThat(depth).as("the copy is 10,000 levels deep").isEqualTo(10_000);
        }
    
    }
}
