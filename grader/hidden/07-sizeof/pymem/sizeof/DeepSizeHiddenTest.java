package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.grading.TestStack;
import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("deep size (task 7)")
@Tag("task:7")
class DeepSizeHiddenTest {
    private final Heap heap = new Heap();

    /**
     * A deep size adds up getsizeof of every object it reaches (concept 7.8), so it can only be right once
     * getsizeof is right for the kinds these tests use: when one is wrong, say which instead of blaming 7.8.
     */
    @BeforeEach
    void prerequisites() {
        Heap h = new Heap();
        Prerequisite.check("7.3", () -> assertThat(Sizeof.getsizeof(h.newTuple(h.newInt(1))))
                .as("getsizeof((1,)), GC header included").isEqualTo((long) SizeFacts.TUPLE_SIZES.get(1)));
        Prerequisite.check("7.1", () -> assertThat(Sizeof.getsizeof(h.newInt(1))).as("getsizeof(1)")
                .isEqualTo((long) SizeFacts.INT_SIZES_POW2.get(0)));
        Prerequisite.check("7.2", () -> assertThat(Sizeof.getsizeof(h.newStr("a"))).as("getsizeof('a')")
                .isEqualTo((long) SizeFacts.STR_ASCII_SIZES.get(1)));
        Prerequisite.check("7.4", () -> {
            assertThat(Sizeof.getsizeof(h.newList(h.newInt(1), h.newInt(2), h.newInt(3)))).as("getsizeof([a, b, c])")
                    .isEqualTo((long) SizeFacts.LIST_DISPLAY_SIZE);
            assertThat(Sizeof.getsizeof(SizeFixtures.appended(h, 1))).as("getsizeof of a list after one append")
                    .isEqualTo((long) SizeFacts.LIST_APPEND_SIZES.get(1));
        });
        Prerequisite.check("7.5", () -> {
            PyDict d = h.newDict();
            d.put(h.newStr("a"), h.newInt(1));
            assertThat(Sizeof.getsizeof(d)).as("getsizeof({'a': 1})").isEqualTo((long) SizeFacts.DICT_STR_KEY_SIZES.get(1));
        });
        Prerequisite.check("7.7", () -> assertThat(Sizeof.getsizeof(h.newInstance(h.newClass("C")))).as("getsizeof(C())")
                .isEqualTo((long) SizeFacts.INSTANCE_SIZE));
    }

    /** [1, 2, 3] written with constants: built from a sized tuple. */
    private PyList constants(long... values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = heap.newInt(values[i]);
        }
        return heap.register(new PyList(List.of(items), PyList.Construction.SIZED_ITERABLE));
    }

    @Test
    @Concept("7.8")
    @Points(1)
    @DisplayName("adds up the notebook's [1, 2, [3, 4]] with everything inside it")
    void notebookList() {
        PyList x = heap.newList(heap.newInt(1), heap.newInt(2), constants(3, 4));
        assertThat(DeepSize.asizeof(x)).as("deep size = getsizeof of the list, the inner list and the four ints")
                .isEqualTo(SizeFacts.DEEP_NOTEBOOK_LIST);
    }

    @Test
    @Concept("7.8")
    @Points(2)
    @DisplayName("counts a dict's keys as well as its values")
    void dictKeysAndValues() {
        PyDict d = heap.newDict();
        d.put(heap.newStr("a"), constants(1, 2, 3));
        d.put(heap.newStr("b"), heap.newStr("xyz"));
        assertThat(DeepSize.asizeof(d)).as("deep size of {'a': [1, 2, 3], 'b': 'xyz'} includes the key strings")
                .isEqualTo(SizeFacts.DEEP_DICT_OF_LIST_AND_STR);
    }

    @Test
    @Concept("7.8")
    @Points(2)
    @DisplayName("counts an object reached three times only once")
    void sharedCountedOnce() {
        PyList x = constants(1, 2, 3);
        assertThat(DeepSize.asizeof(heap.newList(x, x, x))).as("each distinct object is counted once: [x, x, x]")
                .isEqualTo(SizeFacts.DEEP_SHARED_LIST_THREE_TIMES);
    }

    @Test
    @Concept("7.8")
    @Points(1)
    @DisplayName("ends on a list that contains itself")
    void selfContainingList() {
        PyList l = heap.newList();
        l.append(l);
        long[] size = new long[1];
        assertThatCode(() -> size[0] = DeepSize.asizeof(l)).as("a cycle must be counted once, not followed forever")
                .doesNotThrowAnyException();
        assertThat(size[0]).as("l = []; l.append(l): only the list itself").isEqualTo(SizeFacts.DEEP_SELF_CONTAINING_LIST);
    }

    @Test
    @Concept("7.8")
    @Points(1)
    @DisplayName("counts an instance and its attribute values but not its class")
    void instanceWithoutClass() {
        PyInstance c = heap.newInstance(heap.newClass("C"));
        c.setAttribute("a", constants(1, 2));
        c.setAttribute("b", heap.newStr("hi"));
        assertThat(DeepSize.asizeof(c)).as("a class is code, not data: deep size leaves it out")
                .isEqualTo(SizeFacts.DEEP_INSTANCE);
    }

    @Test
    @Concept("7.8")
    @Points(2)
    @DisplayName("sizes 0 wrapped in one-item lists nested deeper than any recursion could go, without overflowing the stack")
    void deeplyNested() {
        PyObject x = heap.newInt(0);
        for (int i = 0; i < TestStack.RECURSION_PROOF_DEPTH; i++) {
            x = heap.newList(x);
        }
        PyObject root = x;
        long[] size = new long[1];
        assertThatCode(() -> size[0] = DeepSize.asizeof(root)).as("deep size must not recurse once per level")
                .doesNotThrowAnyException();
        assertThat(size[0]).as("%,d lists of one slot and one int", TestStack.RECURSION_PROOF_DEPTH).isEqualTo(SizeFacts.DEEP_NESTED_LISTS);
    }

    @Test
    @Concept("7.8")
    @Points(3)
    @DisplayName("counts a shared int or str once, wherever it is reached from")
    void sharedAtomsCountedOnce() {
        PyObject big = heap.newInt(java.math.BigInteger.TEN.pow(30));
        PyObject text = heap.newStr("shared");
        PyDict d = heap.newDict();
        d.put(heap.newStr("a"), text);
        PyList root = heap.newList(big, big, text, d, heap.newTuple(big, text));
        assertThat(DeepSize.asizeof(root)).as("each distinct object is counted once, atoms as well as containers: "
                + "[big, big, text, {'a': text}, (big, text)] holds one big int and one 'shared' str")
                .isEqualTo(SizeFacts.DEEP_SHARED_ATOMS);
    }

    @Test
    @Concept("7.8")
    @Points(2)
    @DisplayName("sizes 0 wrapped in one-item tuples nested deeper than any recursion could go, without overflowing the stack")
    void deeplyNestedTuples() {
        PyObject x = heap.newInt(0);
        for (int i = 0; i < TestStack.RECURSION_PROOF_DEPTH; i++) {
            x = heap.newTuple(x);
        }
        PyObject root = x;
        long[] size = new long[1];
        assertThatCode(() -> size[0] = DeepSize.asizeof(root)).as("deep size must not recurse once per level")
                .doesNotThrowAnyException();
        assertThat(size[0]).as("%,d tuples of one item and one int", TestStack.RECURSION_PROOF_DEPTH).isEqualTo(SizeFacts.DEEP_NESTED_TUPLES);
    }
}
