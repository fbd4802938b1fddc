package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.repeat;
import static pymem.sizeof.SizeFixtures.sweep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;

@DisplayName("sizes of str (task 2)")
@Tag("task:2")
class StrSizesHiddenTest {
    private final Heap heap = new Heap();

    @Test
    @Concept("7.2")
    @Points(2)
    @DisplayName("sizes ASCII strings of length 0 to 20 in the compact ASCII form")
    void asciiStrings() {
        assertThat(sweep(0, 21, n -> StrSizes.sizeOf(repeat(heap, 'a', n))))
                .as("an ASCII str has the short header and one byte per character plus the NUL")
                .isEqualTo(longs(SizeFacts.STR_ASCII_SIZES));
    }

    @Test
    @Concept("7.2")
    @Points(1)
    @DisplayName("sizes latin-1 strings with one byte per character after the longer header")
    void latin1Strings() {
        assertThat(sweep(1, 20, n -> StrSizes.sizeOf(repeat(heap, 0xE9, n))))
                .as("a non-ASCII str below U+0100 uses the compact header and one byte per character")
                .isEqualTo(longs(SizeFacts.STR_LATIN1_SIZES));
    }

    @Test
    @Concept("7.2")
    @Points(1)
    @DisplayName("sizes strings of the Basic Multilingual Plane with two bytes per character")
    void ucs2Strings() {
        assertThat(sweep(1, 20, n -> StrSizes.sizeOf(repeat(heap, 0x20AC, n))))
                .as("a str whose widest character is below U+10000 stores 2 bytes per character, NUL included")
                .isEqualTo(longs(SizeFacts.STR_UCS2_SIZES));
    }

    @Test
    @Concept("7.2")
    @Points(1)
    @DisplayName("sizes strings of emoji with four bytes per character, counting code points not Java chars")
    void ucs4Strings() {
        assertThat(sweep(1, 20, n -> StrSizes.sizeOf(repeat(heap, 0x1F600, n))))
                .as("an astral character needs 4 bytes; len() counts code points, not UTF-16 units")
                .isEqualTo(longs(SizeFacts.STR_UCS4_SIZES));
    }

    @Test
    @Concept("7.2")
    @Points(2)
    @DisplayName("lets the widest character decide the width of every character")
    void widestCharacterDecides() {
        List<Long> sizes = new ArrayList<>();
        for (int cp : SizeFacts.STR_BOUNDARY_CODE_POINTS) {
            sizes.add(StrSizes.sizeOf(heap.newStr("ab" + new String(Character.toChars(cp)))));
        }
        assertThat(sizes).as("one wide character widens the whole string (kinds 1, 2, 4; ASCII below 128)")
                .isEqualTo(longs(SizeFacts.STR_BOUNDARY_SIZES));
    }
}
