package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.sizeof.SizeFixtures.dictOf;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.sweep;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyObject;

@DisplayName("sizes of dicts (task 4)")
@Tag("task:4")
class DictSizesHiddenTest {
    private final Heap heap = new Heap();

    @Test
    @Concept("7.5")
    @Points(2)
    @DisplayName("sizes a dict after 0 to 30 str-key inserts")
    void strKeys() {
        assertThat(sweep(0, 31, n -> DictSizes.sizeOf(dictOf(heap, n, i -> heap.newStr("k" + i)))))
                .as("{} shares an empty table; the keys table then grows 8, 16, 32, 64 slots when 2/3 full")
                .isEqualTo(longs(SizeFacts.DICT_STR_KEY_SIZES));
    }

    @Test
    @Concept("7.5")
    @Points(1)
    @DisplayName("sizes large dicts, whose index entries widen to 2 and 4 bytes")
    void largeDicts() {
        java.util.List<Long> sizes = new java.util.ArrayList<>();
        for (int n : SizeFacts.DICT_LARGE_KEY_COUNTS) {
            sizes.add(DictSizes.sizeOf(dictOf(heap, n, i -> heap.newStr("k" + i))));
        }
        assertThat(sizes).as("a table of 256 slots or more needs 2-byte index entries, of 65536 or more 4-byte ones")
                .isEqualTo(longs(SizeFacts.DICT_LARGE_STR_KEY_SIZES));
    }

    @Test
    @Concept("7.5")
    @Points(2)
    @DisplayName("sizes a dict after 0 to 30 int-key inserts, with the wider general entries")
    void intKeys() {
        assertThat(sweep(0, 31, n -> DictSizes.sizeOf(dictOf(heap, n, i -> heap.newInt(i * 1000L)))))
                .as("a table for non-str keys stores the hash too: 24-byte entries instead of 16")
                .isEqualTo(longs(SizeFacts.DICT_INT_KEY_SIZES));
    }

    @Test
    @Concept("7.5")
    @Points(1)
    @DisplayName("rebuilds a str-only table as a general one when the first non-str key arrives")
    void strTableConvertedByIntKey() {
        assertThat(sweep(0, 13, n -> {
            PyDict d = dictOf(heap, n, i -> heap.newStr("k" + i));
            d.put(heap.newInt(1_000_000), heap.newNone());
            return DictSizes.sizeOf(d);
        })).as("inserting an int key into a str-only table resizes it for used * 3 as a general table")
                .isEqualTo(longs(SizeFacts.DICT_STR_KEYS_THEN_INT_KEY_SIZES));
    }

    @Test
    @Concept("7.5")
    @Points(2)
    @DisplayName("follows a dict through inserts, deletions and clear")
    void replaysHistory() {
        assertThat(SizeFixtures.replayDict(heap, SizeFacts.DICT_SCRIPT, DictSizes::sizeOf))
                .as("a deleted entry keeps its slot used until the next resize, which sizes for the live keys; "
                        + "clear() returns to the shared empty table")
                .isEqualTo(longs(SizeFacts.DICT_SCRIPT_SIZES));
    }

    @Test
    @Concept("7.5")
    @Points(1)
    @DisplayName("does not grow when an existing key gets a new value")
    void replacingValuesKeepsSize() {
        PyDict d = dictOf(heap, 5, i -> heap.newStr("k" + i));
        for (int round = 0; round < 10; round++) {
            for (PyObject key : d.keys()) {
                d.put(key, heap.newInt(round));
            }
        }
        assertThat(DictSizes.sizeOf(d)).as("d[k] = v for a key already there reuses its entry")
                .isEqualTo((long) SizeFacts.DICT_STR_KEY_SIZES.get(5));
    }

    @Test
    @Concept("7.5")
    @Points(3)
    @DisplayName("keeps a deleted entry's slot used until the next resize, so inserts after deletes grow the table")
    void deletesThenInserts() {
        assertThat(SizeFixtures.replayDict(heap, SizeFacts.DICT_DELETE_SCRIPT, DictSizes::sizeOf))
                .as("del d[k] leaves its entry slot used (a dummy): an insert after it may resize although fewer keys are live")
                .isEqualTo(longs(SizeFacts.DICT_DELETE_SCRIPT_SIZES));
    }
}

