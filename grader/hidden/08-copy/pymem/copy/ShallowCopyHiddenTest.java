package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyTuple;

@DisplayName("copy.copy (task 2)")
@Tag("task:2")
class ShallowCopyHiddenTest {
    private final CopyFixtures.World w = new CopyFixtures.World();

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("gives a list a new list holding the very same item objects")
    void listGetsNewContainerSameItems() {
        PyList inner = w.ints(1, 2);
        PyList x = w.heap.newList(inner, w.heap.newStr("s"), w.ints(3));
        PyObject y = w.copier.copy(x);
        assertThat(y).as("copy(list) must be a new list").isInstanceOf(PyList.class).isNotSameAs(x);
        PyList copy = (PyList) y;
        assertThat(copy.size()).as("a shallow copy has as many items as the original").isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(copy.get(i)).as("a shallow copy holds the same item objects, it does not copy them")
                    .isSameAs(x.get(i));
        }
    }

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("gives a dict a new dict mapping the same keys to the same values, in order")
    void dictGetsNewContainerSameEntries() {
        PyDict x = w.heap.newDict();
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PyObject key = w.heap.newStr("k" + (7 - i));
            keys.add(key);
            x.put(key, w.ints(i));
        }
        PyObject y = w.copier.copy(x);
        assertThat(y).as("copy(dict) must be a new dict").isInstanceOf(PyDict.class).isNotSameAs(x);
        PyDict copy = (PyDict) y;
        assertThat(copy.keys()).as("a shallow dict copy keeps the same key objects in insertion order")
                .containsExactlyElementsOf(keys);
        for (PyObject key : keys) {
            assertThat(copy.get(key)).as("a shallow dict copy maps each key to the same value object")
                    .isSameAs(x.get(key));
        }
        copy.put(w.heap.newStr("new"), w.heap.newNone());
        assertThat(x.size()).as("adding to the copy must not change the original dict").isEqualTo(5);
    }

    @Test
    @Concept("8.2")
    @Points(1)
    @DisplayName("gives a set and a bytearray new objects with the same contents")
    void setAndBytearrayAreNew() {
        PyList member = w.ints(1);
        PyObject one = w.heap.newInt(1);
        PySet set = w.heap.newSet(one, member);
        PyObject setCopy = w.copier.copy(set);
        assertThat(setCopy).as("copy(set) must be a new set").isInstanceOf(PySet.class).isNotSameAs(set);
        assertThat(((PySet) setCopy).elements()).as("a shallow set copy holds the same element objects")
                .containsExactly(one, member);
        PyByteArray bytes = w.heap.newByteArray(new byte[] {1, 2, 3});
        PyObject bytesCopy = w.copier.copy(bytes);
        assertThat(bytesCopy).as("copy(bytearray) must be a new bytearray (it is mutable)")
                .isInstanceOf(PyByteArray.class).isNotSameAs(bytes);
        assertThat(((PyByteArray) bytesCopy).value()).as("a bytearray copy has the same bytes")
                .containsExactly(1, 2, 3);
    }

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("returns immutable objects themselves, even a tuple holding a list, and creates nothing")
    void immutablesComeBackUnchanged() {
        PyTuple tupleWithList = w.heap.newTuple(w.heap.newInt(1), w.ints(2));
        List<PyObject> xs = List.of(w.heap.newInt(1), w.heap.newStr("é"), w.heap.newFloat(1.5),
                w.heap.newFrozenSet(w.ints(1)), w.heap.newTuple(), w.heap.newClass("K"));
        int before = w.heap.liveCount();
        for (PyObject x : xs) {
            assertThat(w.copier.copy(x)).as("copy.copy of an immutable %s returns the object itself", x.typeName())
                    .isSameAs(x);
        }
        assertThat(w.copier.copy(tupleWithList) == tupleWithList)
                .as("copy.copy of a tuple returns the tuple itself even when it holds a list")
                .isEqualTo(CopyFacts.COPY_TUPLE_WITH_LIST_IS_ORIGINAL);
        assertThat(w.heap.liveCount()).as("copying immutable objects must not create any object").isEqualTo(before);
    }

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("gives an instance a new instance of its class with a new attribute dict of the same values")
    void instanceGetsNewAttributeDict() {
        PyClass cls = w.heap.newClass("C");
        PyInstance x = w.instance(cls);
        PyList foo = w.ints(42);
        x.setAttribute("foo", foo);
        x.setAttribute("bar", w.heap.newStr("b"));
        PyObject y = w.copier.copy(x);
        assertThat(y).as("copy(instance) must be a new instance").isInstanceOf(PyInstance.class).isNotSameAs(x);
        PyInstance copy = (PyInstance) y;
        assertThat(copy.cls()).as("the copy is an instance of the same class").isSameAs(cls);
        assertThat(copy.attributes().keySet()).as("the copy has the same attribute names, in order")
                .containsExactly("foo", "bar");
        assertThat(copy.getAttribute("foo")).as("a shallow copy's attributes are the same objects").isSameAs(foo);
        copy.setAttribute("baz", w.heap.newNone());
        assertThat(x.getAttribute("baz")).as("the copy has its own attribute dict: setting on it leaves x alone")
                .isNull();
    }

    @Test
    @Concept("8.2")
    @Points(2)
    @DisplayName("calls a __copy__ method found on the class or a base, and returns what it returns")
    void copyHookIsUsed() {
        PyClass base = w.heap.newClass("Base");
        PyClass cls = w.heap.register(new PyClass("Derived", List.of(base), null));
        PyObject[] received = new PyObject[1];
        PyObject answer = w.heap.newStr("from __copy__");
        base.setAttribute("__copy__", w.method("__copy__", args -> {
            received[0] = args.get(0);
            return answer;
        }));
        PyInstance x = w.instance(cls);
        assertThat(w.copier.copy(x)).as("copy(x) returns what type(x).__copy__(x) returns").isSameAs(answer);
        assertThat(received[0]).as("__copy__ is called with the instance as self").isSameAs(x);
    }

    @Test
    @Concept("8.2")
    @Points(1)
    @DisplayName("copies only the outer list in the notebook's shallow-copy example")
    void notebookShallowExample() {
        PyList a = w.heap.newList(w.ints(1, 2), w.ints(3, 4));
        PyList b = (PyList) w.copier.copy(a);
        b.append(w.heap.newInt(6));
        assertThat(a.size()).as("b.append(6) changes only the copy: a stays [[1, 2], [3, 4]]").isEqualTo(2);
        ((PyList) b.get(0)).append(w.heap.newInt(5));
        assertThat(((PyList) a.get(0)).size()).as("b[0].append(5) is seen through a: the nested list is shared")
                .isEqualTo(3);
    }

    @Test
    @Concept("8.2")
    @Points(1)
    @DisplayName("refuses to copy a cell with CPython's TypeError")
    void cellCannotBeCopied() {
        PyObject cell = w.heap.newCell(w.ints(1));
        assertThatThrownBy(() -> w.copier.copy(cell)).as("copy.copy(cell) raises TypeError")
                .isInstanceOf(PyException.class)
                .hasMessage(CopyFacts.CELL_COPY_ERROR)
                .extracting(e -> ((PyException) e).pythonType()).as("the exception type").isEqualTo("TypeError");
    }
}
