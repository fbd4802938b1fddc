package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.HexAddresses;
import pymem.grading.Points;
import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.InvalidFreeError.Reason;

@HexAddresses
@DisplayName("A pool")
@Tag("task:2")
class PoolHiddenTest {
    /** Every test here builds on the size classes (9.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireSizeClasses();
    }

    private static final long BASE = (1L << 32) + 5 * PyMallocFacts.POOL_SIZE;

    private static Pool pool(int sizeClass) {
        Pool pool = new Pool(BASE);
        pool.init(sizeClass);
        return pool;
    }

    @Test
    @Concept("9.2")
    @Points(3)
    @DisplayName("carves blocks in address order, the first one right after the 48-byte header")
    void carvesInAddressOrderAfterTheHeader() {
        Pool pool = pool(2);
        assertThat(pool.allocateBlock()).as("the first block starts right after the pool header")
                .isEqualTo(BASE + PyMallocFacts.POOL_OVERHEAD);
        assertThat(pool.allocateBlock()).as("never-used blocks are carved one block size apart")
                .isEqualTo(BASE + PyMallocFacts.POOL_OVERHEAD + 48);
        assertThat(pool.allocateBlock()).as("never-used blocks are carved one block size apart")
                .isEqualTo(BASE + PyMallocFacts.POOL_OVERHEAD + 96);
    }

    @Test
    @Concept("9.2")
    @Points(4)
    @DisplayName("hands out the most recently freed block first (LIFO)")
    void reusesTheLastFreedBlockFirst() {
        Pool pool = pool(0);
        long a = pool.allocateBlock();
        long b = pool.allocateBlock();
        long c = pool.allocateBlock();
        pool.freeBlock(a);
        pool.freeBlock(c);
        assertThat(pool.allocateBlock()).as("the free list is LIFO: the last block freed is the next handed out")
                .isEqualTo(c);
        assertThat(pool.allocateBlock()).as("the free list is LIFO: then the block freed before it")
                .isEqualTo(a);
        assertThat(pool.allocateBlock()).as("with the free list empty, the next never-used block is carved")
                .isEqualTo(b + 32);
    }

    @Test
    @Concept("9.2")
    @Points(3)
    @DisplayName("reuses freed blocks before carving never-used space")
    void freedBlocksComeBeforeNewSpace() {
        Pool pool = pool(5);
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add(pool.allocateBlock());
        }
        for (long block : first) {
            pool.freeBlock(block);
        }
        Set<Long> again = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            again.add(pool.allocateBlock());
        }
        assertThat(again).as("blocks are carved lazily: freed blocks are reused before new ones are carved")
                .containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    @Concept("9.2")
    @Points(3)
    @DisplayName("holds exactly CPython's number of blocks, then is full")
    void holdsBlocksPerPoolThenIsFull() {
        Pool pool = pool(31);
        int n = PyMallocFacts.BLOCKS_PER_POOL.get(31);
        long last = 0;
        for (int i = 0; i < n; i++) {
            assertThat(pool.isFull()).as("a pool with a block left is not full").isFalse();
            last = pool.allocateBlock();
        }
        assertThat(pool.isFull()).as("31 blocks of 512 bytes fill a pool").isTrue();
        assertThat(last + 512).as("the last block ends before the pool's end")
                .isLessThanOrEqualTo(BASE + PyMallocFacts.POOL_SIZE);
        assertThat(pool.availableBlocks()).as("a full pool has no available block").isZero();
        assertThatThrownBy(pool::allocateBlock).as("a full pool cannot hand out another block")
                .isInstanceOf(IllegalStateException.class);
        assertThat(pool.blocksInUse()).as("a failed allocation changes nothing").isEqualTo(n);
    }

    @Test
    @Concept("9.2")
    @Points(2)
    @DisplayName("counts blocks in use and available blocks")
    void countsBlocks() {
        Pool pool = pool(0);
        assertThat(pool.isEmpty()).as("a fresh pool is empty").isTrue();
        assertThat(pool.availableBlocks()).as("a fresh 16-byte pool has 1021 available blocks")
                .isEqualTo(PyMallocFacts.BLOCKS_PER_POOL.get(0));
        long a = pool.allocateBlock();
        pool.allocateBlock();
        assertThat(pool.blocksInUse()).as("two blocks handed out").isEqualTo(2);
        assertThat(pool.availableBlocks()).as("available = blocks per pool - in use")
                .isEqualTo(PyMallocFacts.BLOCKS_PER_POOL.get(0) - 2);
        assertThat(pool.isEmpty()).as("a pool with blocks in use is not empty").isFalse();
        pool.freeBlock(a);
        assertThat(pool.blocksInUse()).as("a free gives one block back").isEqualTo(1);
        assertThat(pool.sizeClass()).as("the pool remembers its size class").isEqualTo(0);
    }

    @Test
    @Concept("9.7")
    @Points(4)
    @DisplayName("refuses a double free, a free inside a block and a free of the header, changing nothing")
    void detectsBadFrees() {
        Pool pool = pool(3);
        long a = pool.allocateBlock();
        long b = pool.allocateBlock();
        pool.freeBlock(a);
        assertThatThrownBy(() -> pool.freeBlock(a)).as("freeing a block twice is a double free")
                .isInstanceOfSatisfying(InvalidFreeError.class,
                        e -> assertThat(e.reason()).as("a double free is reported as such").isEqualTo(Reason.ALREADY_FREED));
        assertThatThrownBy(() -> pool.freeBlock(b + 16)).as("an address inside a block is not a block")
                .isInstanceOfSatisfying(InvalidFreeError.class,
                        e -> assertThat(e.reason()).as("inside a block").isEqualTo(Reason.INSIDE_BLOCK));
        assertThatThrownBy(() -> pool.freeBlock(BASE)).as("the pool header is not a block")
                .isInstanceOfSatisfying(InvalidFreeError.class,
                        e -> assertThat(e.reason()).as("the header was never handed out").isEqualTo(Reason.NOT_ALLOCATED));
        assertThatThrownBy(() -> pool.freeBlock(b + 64)).as("a never-used block was never allocated")
                .isInstanceOfSatisfying(InvalidFreeError.class,
                        e -> assertThat(e.reason()).as("never handed out").isEqualTo(Reason.NOT_ALLOCATED));
        assertThat(pool.blocksInUse()).as("a refused free changes nothing").isEqualTo(1);
        assertThat(pool.allocateBlock()).as("a refused free leaves the free list as it was").isEqualTo(a);
    }

    @Test
    @Concept("9.2")
    @Points(2)
    @DisplayName("forgets its old blocks when initialised for another size class")
    void initStartsOver() {
        Pool pool = pool(0);
        pool.allocateBlock();
        long b = pool.allocateBlock();
        pool.freeBlock(b);
        pool.init(7);
        assertThat(pool.sizeClass()).as("init sets the size class").isEqualTo(7);
        assertThat(pool.blocksInUse()).as("init leaves no block in use").isZero();
        assertThat(pool.allocateBlock()).as("after init the first block is again right after the header")
                .isEqualTo(BASE + PyMallocFacts.POOL_OVERHEAD);
        assertThat(pool.allocateBlock()).as("blocks of the new class are 128 bytes apart")
                .isEqualTo(BASE + PyMallocFacts.POOL_OVERHEAD + 128);
    }
}
