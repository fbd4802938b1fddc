package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.sweep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyFrozenSet;
import pymem.model.PyObject;
import pymem.model.PySet;

@DisplayName("sizes of sets (task 5)")
@Tag("task:5")
class SetSizesHiddenTest {
    private final Heap heap = new Heap();

    private List<PyObject> ints(int n) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(heap.newInt(i));
        }
        return out;
    }

    @Test
    @Concept("7.6")
    @Points(2)
    @DisplayName("sizes set(list(range(n))) for 0 to 200 elements")
    void setsUpTo200() {
        assertThat(sweep(0, 201, n -> SetSizes.sizeOf(heap.register(new PySet(ints(n))))))
                .as("a set keeps 8 slots inside its struct, then grows to 4 * used rounded up to a power of two "
                        + "when 60% full")
                .isEqualTo(longs(SizeFacts.SET_SIZES));
    }

    @Test
    @Concept("7.6")
    @Points(1)
    @DisplayName("grows a set of more than 50,000 elements by doubling instead of quadrupling")
    void largeSets() {
        List<Long> sizes = new ArrayList<>();
        for (int n : SizeFacts.SET_LARGE_COUNTS) {
            sizes.add(SetSizes.sizeOf(heap.register(new PySet(ints(n)))));
        }
        assertThat(sizes).as("past 50,000 elements a full table grows to 2 * used, not 4 * used")
                .isEqualTo(longs(SizeFacts.SET_LARGE_SIZES));
    }

    @Test
    @Concept("7.6")
    @Points(1)
    @DisplayName("sizes frozensets like sets")
    void frozensets() {
        assertThat(sweep(0, 41, n -> SetSizes.sizeOf(heap.register(new PyFrozenSet(ints(n))))))
                .as("a frozenset has the same table as a set built from the same list")
                .isEqualTo(longs(SizeFacts.FROZENSET_SIZES));
    }

    @Test
    @Concept("7.6")
    @Points(1)
    @DisplayName("gives the same size to a set filled with add() one at a time")
    void addedOneAtATime() {
        PySet set = heap.newSet();
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            sizes.add(SetSizes.sizeOf(set));
            set.add(heap.newInt(i));
        }
        assertThat(sizes).as("set(list) adds the elements one at a time too")
                .isEqualTo(longs(SizeFacts.SET_SIZES.subList(0, 41)));
    }
}
