package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.sizeof.SizeFixtures.appended;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("sizes of lists (task 3)")
@Tag("task:3")
class ListSizesHiddenTest {
    private final Heap heap = new Heap();

    private PyList built(int n, PyList.Construction construction) {
        return heap.register(new PyList(Collections.nCopies(n, (PyObject) heap.newNone()), construction));
    }

    @Test
    @Concept("7.4")
    @Points(3)
    @DisplayName("sizes a list grown by appending one item at a time, for 0 to 200 items")
    void appendedOneAtATime() {
        assertThat(sweep(0, 201, n -> ListSizes.sizeOf(appended(heap, n))))
                .as("append over-allocates: getsizeof counts the allocated slots, not just the items")
                .isEqualTo(longs(SizeFacts.LIST_APPEND_SIZES));
    }

    @Test
    @Concept("7.4")
    @Points(1)
    @DisplayName("reports the capacities 0, 4, 8, 16, 24, 32, 40, 52, ... while appending")
    void capacitiesWhileAppending() {
        List<Long> capacities = sweep(0, 201, n -> ListSizes.capacity(appended(heap, n)));
        List<Long> expected = new ArrayList<>();
        SizeFacts.LIST_APPEND_SIZES.forEach(size -> expected.add((size - 56L) / 8));
        assertThat(capacities).as("capacity = (getsizeof - 56) / 8 follows list_resize's growth pattern")
                .isEqualTo(expected);
    }

    @Test
    @Concept("7.4")
    @Points(1)
    @DisplayName("sizes [None] * n exactly, with no spare slot")
    void builtWithItems() {
        assertThat(sweep(0, 51, n -> ListSizes.sizeOf(built(n, PyList.Construction.ITEMS))))
                .as("a list built with its items has exactly as many slots as items")
                .isEqualTo(longs(SizeFacts.LIST_REPEAT_SIZES));
    }

    @Test
    @Concept("7.4")
    @Points(2)
    @DisplayName("sizes list(range(n)) with the slots rounded up to an even number")
    void builtFromSizedIterable() {
        assertThat(sweep(0, 51, n -> ListSizes.sizeOf(built(n, PyList.Construction.SIZED_ITERABLE))))
                .as("list(seq) preallocates len(seq) rounded up to even, not the append growth pattern")
                .isEqualTo(longs(SizeFacts.LIST_FROM_SIZED_SIZES));
    }

    @Test
    @Concept("7.4")
    @Points(1)
    @DisplayName("tells [1, 2, 3] of constants from [a, b, c] of names")
    void displays() {
        assertThat(ListSizes.sizeOf(built(3, PyList.Construction.SIZED_ITERABLE)))
                .as("a display of constants extends an empty list from a constant tuple")
                .isEqualTo(SizeFacts.LIST_CONSTANT_DISPLAY_SIZE);
        assertThat(ListSizes.sizeOf(built(3, PyList.Construction.ITEMS)))
                .as("a display of names stores each item in a slot of an exact array")
                .isEqualTo(SizeFacts.LIST_DISPLAY_SIZE);
    }

    @Test
    @Concept("7.4")
    @Points(2)
    @DisplayName("follows a list through appends, inserts, deletions and clear")
    void replaysHistory() {
        assertThat(SizeFixtures.replayList(heap, SizeFacts.LIST_SCRIPT, ListSizes::sizeOf))
                .as("deleting keeps the array until it is less than half used; emptying or clear() frees it")
                .isEqualTo(longs(SizeFacts.LIST_SCRIPT_SIZES));
    }

    @Test
    @Concept("7.4")
    @Points(2)
    @DisplayName("gives memory back each time a shrinking list falls below half its capacity")
    void shrinksBelowHalf() {
        assertThat(SizeFixtures.replayList(heap, SizeFacts.LIST_SHRINK_SCRIPT, ListSizes::sizeOf))
                .as("deleting below half the capacity reallocates to newsize + newsize // 8 + 6, rounded down to 4")
                .isEqualTo(longs(SizeFacts.LIST_SHRINK_SCRIPT_SIZES));
    }

    @Test
    @Concept("7.4")
    @Points(2)
    @DisplayName("sizes list displays of any length the way CPython 3.11 compiles them")
    void displaysOfAnyLength() {
        List<Long> names = new ArrayList<>();
        List<Long> constants = new ArrayList<>();
        List<Long> mixed = new ArrayList<>();
        List<Long> comprehensions = new ArrayList<>();
        for (int n : SizeFacts.LIST_DISPLAY_LENGTHS) {
            names.add(ListSizes.sizeOf(built(n, PyList.Construction.ofDisplay(n, false))));
            constants.add(ListSizes.sizeOf(built(n, PyList.Construction.ofDisplay(n, true))));
            if (n > 0) {
                mixed.add(ListSizes.sizeOf(built(n, PyList.Construction.ofDisplay(n, false))));
            }
            comprehensions.add(ListSizes.sizeOf(built(n, PyList.Construction.APPENDED)));
        }
        assertThat(names).as("up to 30 names: BUILD_LIST n, exact; more: built by appending one item at a time")
                .isEqualTo(longs(SizeFacts.LIST_NAME_DISPLAY_SIZES));
        assertThat(constants).as("one or two constants: BUILD_LIST n; three or more: extended from a constant tuple")
                .isEqualTo(longs(SizeFacts.LIST_CONSTANT_DISPLAY_SIZES));
        assertThat(mixed).as("a display with one name among constants is compiled like a display of names")
                .isEqualTo(longs(SizeFacts.LIST_MIXED_DISPLAY_SIZES));
        assertThat(comprehensions).as("a list comprehension appends one item at a time")
                .isEqualTo(longs(SizeFacts.LIST_COMPREHENSION_SIZES));
        assertThat(ListSizes.sizeOf(built(1, PyList.Construction.ofDisplay(1, true))))
                .as("[1] is not folded into a constant tuple").isEqualTo(SizeFacts.LIST_ONE_CONSTANT_DISPLAY_SIZE);
        assertThat(ListSizes.sizeOf(built(2, PyList.Construction.ofDisplay(2, true))))
                .as("[1, 2] is not folded into a constant tuple").isEqualTo(SizeFacts.LIST_TWO_CONSTANT_DISPLAY_SIZE);
    }
}

