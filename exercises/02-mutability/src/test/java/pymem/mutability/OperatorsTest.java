package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;

@Tag("task:4")
@DisplayName("Operators + and +=")
class OperatorsTest {
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
