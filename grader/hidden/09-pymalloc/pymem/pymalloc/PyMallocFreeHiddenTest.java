package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.HexAddresses;
import pymem.grading.Points;
import pymem.model.memory.SystemAllocator;

@HexAddresses
@DisplayName("PyMalloc freeing")
@Tag("task:5")
class PyMallocFreeHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }

    private static final long ARENA = SystemAllocator.ARENA_REGION;
    private static final int POOL = PyMallocFacts.POOL_SIZE;
    private static final int HEADER = PyMallocFacts.POOL_OVERHEAD;

    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);

    @Test
    @Concept("9.2")
    @Points(4)
    @DisplayName("hands out a freed block again on the next request of its size class")
    void freedBlockIsNextHandedOut() {
        List<Long> blocks = AllocatorFixtures.allocateMany(malloc, 5, 48);
        malloc.free(blocks.get(1));
        malloc.free(blocks.get(3));
        assertThat(malloc.allocate(40)).as("LIFO: the block freed last is handed out first").isEqualTo(blocks.get(3));
        assertThat(malloc.allocate(33)).as("LIFO: then the block freed before it").isEqualTo(blocks.get(1));
        assertThat(malloc.allocate(48)).as("then never-used space after the last carved block")
                .isEqualTo(blocks.get(4) + 48);
    }

    @Test
    @Concept("9.4")
    @Points(4)
    @DisplayName("puts a full pool back at the front of usedpools when one of its blocks is freed")
    void fullPoolRejoinsAtTheFront() {
        List<Long> first = AllocatorFixtures.allocateMany(malloc, PyMallocFacts.BLOCKS_PER_POOL.get(0), 16);
        malloc.allocate(16);
        malloc.free(first.get(500));
        assertThat(malloc.usedPoolAddresses(0)).as("a pool that was full rejoins usedpools at the front")
                .containsExactly(ARENA, ARENA + POOL);
        assertThat(malloc.allocate(16)).as("the next request is served from the rejoined pool's free block")
                .isEqualTo(first.get(500));
        assertThat(malloc.usedPoolAddresses(0)).as("full again, it leaves usedpools").containsExactly(ARENA + POOL);
    }

    @Test
    @Concept("9.4")
    @Points(4)
    @DisplayName("returns an empty pool to its arena, where any size class can reuse it")
    void emptyPoolReturnsToItsArena() {
        List<Long> sixteens = AllocatorFixtures.allocateMany(malloc, 3, 16);
        malloc.allocate(32);
        for (long block : sixteens) {
            malloc.free(block);
        }
        assertThat(malloc.usedPoolAddresses(0)).as("an empty pool leaves usedpools").isEmpty();
        assertThat(malloc.allocate(48)).as("an empty pool goes back to its arena's freepools and is reused "
                + "for another size class before a new pool is carved").isEqualTo(ARENA + HEADER);
        assertThat(malloc.allocate(48)).as("re-initialised for 48-byte blocks").isEqualTo(ARENA + HEADER + 48);
    }

    @Test
    @Concept("9.2")
    @Points(2)
    @DisplayName("reuses an emptied pool's free list when the same size class takes it again")
    void samePoolSameClassKeepsItsFreeList() {
        malloc.allocate(48); // keeps the arena in use, so that it stays mapped whatever 9.6 says
        List<Long> blocks = AllocatorFixtures.allocateMany(malloc, 3, 16);
        malloc.free(blocks.get(0));
        malloc.free(blocks.get(2));
        malloc.free(blocks.get(1));
        assertThat(malloc.allocate(16)).as("a pool that last held this size class keeps its free list: "
                + "the last block freed comes first").isEqualTo(blocks.get(1));
    }

    @Test
    @Concept("9.2")
    @Points(2)
    @DisplayName("hands out an emptied pool's blocks newest freed first when its size class takes the pool back")
    void emptiedPoolKeepsItsWholeFreeList() {
        malloc.allocate(48); // keeps the arena in use, so that it stays mapped whatever 9.6 says
        List<Long> blocks = AllocatorFixtures.allocateMany(malloc, 5, 32);
        for (int i : new int[] {3, 0, 4, 1, 2}) {
            malloc.free(blocks.get(i));
        }
        assertThat(AllocatorFixtures.allocateMany(malloc, 4, 32)).as("the pool's header still says 32-byte blocks, so its free list is used as it is, "
                + "last freed first: no re-initialisation, no new carving")
                .containsExactly(blocks.get(2), blocks.get(1), blocks.get(4), blocks.get(0));
    }
}

