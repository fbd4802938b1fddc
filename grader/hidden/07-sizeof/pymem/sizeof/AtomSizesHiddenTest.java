package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.sweep;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;

@DisplayName("sizes of numbers, None and bytes (task 1)")
@Tag("task:1")
class AtomSizesHiddenTest {
    private final Heap heap = new Heap();

    @Test
    @Concept("7.1")
    @Points(2)
    @DisplayName("sizes 2**k for k up to 199 by its 30-bit digits")
    void powersOfTwo() {
        assertThat(sweep(0, 200, k -> AtomSizes.sizeOf(heap.newInt(BigInteger.ONE.shiftLeft(k)))))
                .as("an int is 24 bytes plus 4 per 30-bit digit: 2**30 needs a second digit")
                .isEqualTo(longs(SizeFacts.INT_SIZES_POW2));
    }

    @Test
    @Concept("7.1")
    @Points(2)
    @DisplayName("sizes 2**k - 1, zero included, just below each digit boundary")
    void justBelowPowersOfTwo() {
        assertThat(sweep(0, 200, k -> AtomSizes.sizeOf(heap.newInt(BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE)))))
                .as("2**30 - 1 still fits one digit, and 0 takes one digit too")
                .isEqualTo(longs(SizeFacts.INT_SIZES_POW2_MINUS_1));
    }

    @Test
    @Concept("7.1")
    @Points(1)
    @DisplayName("sizes a negative int by its magnitude")
    void negativeInts() {
        assertThat(sweep(0, 200, k -> AtomSizes.sizeOf(heap.newInt(BigInteger.ONE.shiftLeft(k).negate()))))
                .as("the sign lives in ob_size, not in an extra digit")
                .isEqualTo(longs(SizeFacts.INT_SIZES_NEGATIVE_POW2));
    }

    @Test
    @Concept("7.1")
    @Points(1)
    @DisplayName("sizes True and False as the ints 1 and 0")
    void bools() {
        assertThat(AtomSizes.sizeOf(heap.newBool(true))).as("getsizeof(True): bool is an int subclass")
                .isEqualTo(SizeFacts.TRUE_SIZE);
        assertThat(AtomSizes.sizeOf(heap.newBool(false))).as("getsizeof(False) still counts one digit")
                .isEqualTo(SizeFacts.FALSE_SIZE);
    }

    @Test
    @Concept("7.1")
    @Points(1)
    @DisplayName("sizes float, complex and None by their fixed structs")
    void fixedSizeAtoms() {
        assertThat(AtomSizes.sizeOf(heap.newFloat(1.5))).as("getsizeof(1.5): header plus one double")
                .isEqualTo(SizeFacts.FLOAT_SIZE);
        assertThat(AtomSizes.sizeOf(heap.newComplex(0, 1))).as("getsizeof(1j): header plus two doubles")
                .isEqualTo(SizeFacts.COMPLEX_SIZE);
        assertThat(AtomSizes.sizeOf(heap.newNone())).as("getsizeof(None): the bare object header")
                .isEqualTo(SizeFacts.NONE_SIZE);
    }

    @Test
    @Concept("7.1")
    @Points(1)
    @DisplayName("sizes bytes of length 0 to 20, terminating NUL included")
    void bytesSizes() {
        assertThat(sweep(0, 21, n -> AtomSizes.sizeOf(heap.newBytes(new byte[n]))))
                .as("bytes: a 33-byte header (hash included) plus one byte per item")
                .isEqualTo(longs(SizeFacts.BYTES_SIZES));
    }

    @Test
    @Concept("7.1")
    @Points(1)
    @DisplayName("sizes bytearray(b'x' * n) for n from 0 to 20")
    void bytearraySizes() {
        assertThat(sweep(0, 21, n -> AtomSizes.sizeOf(heap.newByteArray(new byte[n]))))
                .as("a bytearray counts its separately allocated buffer, NUL included, nothing when empty")
                .isEqualTo(longs(SizeFacts.BYTEARRAY_SIZES));
    }
}
