package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("task:1")
@DisplayName("Size classes")
class SizeClassesTest {

    @Test
    @Tag("concept:9.1")
    @DisplayName("round a request up to the next multiple of 16 bytes")
    void roundsUpToSixteen() {
        // GIVEN requests on both sides of a class boundary
        // WHEN their classes are computed, THEN 1..16 is class 0, 17..32 class 1, 512 class 31
        assertThat(SizeClasses.indexOf(1)).as("1 byte is class 0").isEqualTo(0);
        assertThat(SizeClasses.indexOf(16)).as("16 bytes is class 0").isEqualTo(0);
        assertThat(SizeClasses.indexOf(17)).as("17 bytes is class 1").isEqualTo(1);
        assertThat(SizeClasses.indexOf(512)).as("512 bytes is class 31").isEqualTo(31);
        assertThat(SizeClasses.blockSize(1)).as("class 1 holds 32-byte blocks").isEqualTo(32);
    }

    @Test
    @Tag("concept:9.1")
    @DisplayName("leave 0 bytes and more than 512 bytes to the system allocator")
    void smallRequests() {
        assertThat(SizeClasses.isSmall(0)).as("0 bytes is not small").isFalse();
        assertThat(SizeClasses.isSmall(512)).as("512 bytes is small").isTrue();
        assertThat(SizeClasses.isSmall(513)).as("513 bytes is not small").isFalse();
        assertThatThrownBy(() -> SizeClasses.indexOf(513)).as("513 bytes has no size class")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("concept:9.1")
    @DisplayName("fit 1021 blocks of 16 bytes and 31 blocks of 512 bytes in a pool")
    void blocksPerPool() {
        // (16384 - 48) / 16 and (16384 - 48) / 512
        assertThat(SizeClasses.blocksPerPool(0)).as("16-byte blocks per pool").isEqualTo(1021);
        assertThat(SizeClasses.blocksPerPool(3)).as("64-byte blocks per pool").isEqualTo(255);
        assertThat(SizeClasses.blocksPerPool(31)).as("512-byte blocks per pool").isEqualTo(31);
    }
}
