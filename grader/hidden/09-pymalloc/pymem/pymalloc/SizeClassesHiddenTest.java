package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;

@DisplayName("Size classes")
@Tag("task:1")
class SizeClassesHiddenTest {

    @Test
    @Concept("9.1")
    @Points(3)
    @DisplayName("round each request to the size class CPython measures for it")
    void measuredRequestsLandInTheirClass() {
        for (int i = 0; i < PyMallocFacts.REQUEST_SIZES.size(); i++) {
            int nbytes = PyMallocFacts.REQUEST_SIZES.get(i);
            int expected = PyMallocFacts.SIZE_CLASS_OF_REQUESTS.get(i);
            if (expected < 0) {
                assertThat(SizeClasses.isSmall(nbytes)).as("a request above 512 bytes is not small").isFalse();
            } else {
                assertThat(SizeClasses.indexOf(nbytes))
                        .as("size class index = (nbytes - 1) >> 4: a request rounds up to the next multiple of 16")
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    @Concept("9.1")
    @Points(3)
    @DisplayName("give every request from 1 to 512 bytes the smallest block that holds it")
    void everySmallRequestGetsTheSmallestBlockThatFits() {
        for (int nbytes = 1; nbytes <= PyMallocFacts.SMALL_REQUEST_THRESHOLD; nbytes++) {
            int size = SizeClasses.blockSize(SizeClasses.indexOf(nbytes));
            assertThat(size).as("a block must hold the whole request").isGreaterThanOrEqualTo(nbytes);
            assertThat(size).as("the size class is the smallest multiple of 16 that holds the request")
                    .isLessThan(nbytes + PyMallocFacts.ALIGNMENT);
        }
    }

    @Test
    @Concept("9.1")
    @Points(2)
    @DisplayName("treat 1 to 512 bytes as small and 0 or more than 512 as a system request")
    void smallMeansOneTo512Bytes() {
        assertThat(SizeClasses.isSmall(0)).as("a 0-byte request goes to the system allocator").isFalse();
        assertThat(SizeClasses.isSmall(1)).as("1 byte is a small request").isTrue();
        assertThat(SizeClasses.isSmall(PyMallocFacts.SMALL_REQUEST_THRESHOLD))
                .as("512 bytes is still a small request").isTrue();
        assertThat(SizeClasses.isSmall(PyMallocFacts.SMALL_REQUEST_THRESHOLD + 1))
                .as("513 bytes goes to the system allocator").isFalse();
        assertThat(SizeClasses.isSmall(-16)).as("a negative size is not small").isFalse();
    }

    @Test
    @Concept("9.1")
    @Points(3)
    @DisplayName("fit CPython's number of blocks in a pool of every size class")
    void blocksPerPoolMatchCPython() {
        for (int c = 0; c < PyMallocFacts.NB_SMALL_SIZE_CLASSES; c++) {
            assertThat(SizeClasses.blockSize(c)).as("block size = (index + 1) * 16")
                    .isEqualTo((c + 1) * PyMallocFacts.ALIGNMENT);
            assertThat(SizeClasses.blocksPerPool(c))
                    .as("blocks per pool = (16384 - 48-byte header) / block size")
                    .isEqualTo(PyMallocFacts.BLOCKS_PER_POOL.get(c));
        }
    }

    @Test
    @Concept("9.1")
    @Points(2)
    @DisplayName("refuse size class indexes outside 0..31 and requests that are not small")
    void rejectsWhatHasNoSizeClass() {
        assertThatThrownBy(() -> SizeClasses.indexOf(0)).as("0 bytes has no size class")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeClasses.indexOf(513)).as("513 bytes has no size class")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeClasses.blockSize(32)).as("there are only 32 size classes")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeClasses.blockSize(-1)).as("a class index is never negative")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeClasses.blocksPerPool(32)).as("there are only 32 size classes")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
