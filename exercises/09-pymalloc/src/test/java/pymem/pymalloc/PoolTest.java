package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.memory.InvalidFreeError;

@Tag("task:2")
@DisplayName("A pool")
class PoolTest {
    private static final long POOL = 1L << 32;

    @Test
    @Tag("concept:9.2")
    @DisplayName("hands out its first block right after the 48-byte header")
    void firstBlockAfterHeader() {
        // GIVEN a pool for 32-byte blocks
        Pool pool = new Pool(POOL);
        pool.init(1);
        // WHEN two blocks are handed out, THEN they are at +48 and +80
        assertThat(pool.allocateBlock()).as("first block").isEqualTo(POOL + 48);
        assertThat(pool.allocateBlock()).as("second block").isEqualTo(POOL + 80);
        assertThat(pool.blocksInUse()).as("two blocks in use").isEqualTo(2);
    }

    @Test
    @Tag("concept:9.2")
    @DisplayName("hands out the block freed last first")
    void lifo() {
        // GIVEN three blocks, of which the first and the second are freed in that order
        Pool pool = new Pool(POOL);
        pool.init(0);
        long a = pool.allocateBlock();
        long b = pool.allocateBlock();
        pool.allocateBlock();
        pool.freeBlock(a);
        pool.freeBlock(b);
        // WHEN blocks are requested THEN b comes back first, then a
        assertThat(pool.allocateBlock()).as("last freed, first reused").isEqualTo(b);
        assertThat(pool.allocateBlock()).as("then the one freed before").isEqualTo(a);
    }

    @Test
    @Tag("concept:9.2")
    @DisplayName("is full after 31 blocks of 512 bytes")
    void full() {
        Pool pool = new Pool(POOL);
        pool.init(31);
        for (int i = 0; i < 31; i++) {
            pool.allocateBlock();
        }
        assertThat(pool.isFull()).as("31 blocks of 512 bytes fill a pool").isTrue();
        assertThatThrownBy(pool::allocateBlock).as("no 32nd block").isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Tag("concept:9.7")
    @DisplayName("refuses a double free")
    void doubleFree() {
        Pool pool = new Pool(POOL);
        pool.init(0);
        long a = pool.allocateBlock();
        pool.freeBlock(a);
        assertThatThrownBy(() -> pool.freeBlock(a)).as("the second free of a block")
                .isInstanceOfSatisfying(InvalidFreeError.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidFreeError.Reason.ALREADY_FREED));
    }
}
