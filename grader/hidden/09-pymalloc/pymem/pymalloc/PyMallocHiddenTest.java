package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.HexAddresses;
import pymem.grading.Points;
import pymem.model.memory.SystemAllocator;

@HexAddresses
@DisplayName("PyMalloc allocating")
@Tag("task:4")
class PyMallocHiddenTest {
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
    @Concept("9.4")
    @Points(3)
    @DisplayName("maps one arena on the first small request and serves it from the first pool")
    void firstRequestMapsAnArena() {
        long a = malloc.allocate(10);
        assertThat(system.mappedArenaCount()).as("the first small request maps one arena").isEqualTo(1);
        assertThat(a).as("the first block is right after the first pool's header").isEqualTo(ARENA + HEADER);
        assertThat(malloc.allocate(16)).as("a request of the same size class takes the next block")
                .isEqualTo(ARENA + HEADER + 16);
        assertThat(malloc.usedPoolAddresses(0)).as("usedpools[0] holds the partly used pool").containsExactly(ARENA);
    }

    @Test
    @Concept("9.4")
    @Points(3)
    @DisplayName("serves each size class from a pool of its own")
    void sizeClassesDoNotShareAPool() {
        long small = malloc.allocate(16);
        long bigger = malloc.allocate(17);
        long biggest = malloc.allocate(512);
        assertThat(bigger).as("a 17-byte request is class 1: a new pool, not the 16-byte pool")
                .isEqualTo(ARENA + POOL + HEADER);
        assertThat(biggest).as("a 512-byte request is class 31: a third pool").isEqualTo(ARENA + 2L * POOL + HEADER);
        assertThat(malloc.allocate(32)).as("a 32-byte request shares class 1's pool, one 32-byte block on")
                .isEqualTo(bigger + 32);
        assertThat(small).as("the 16-byte block is in the first pool").isEqualTo(ARENA + HEADER);
    }

    @Test
    @Concept("9.1")
    @Points(3)
    @DisplayName("sends requests of 0 and of more than 512 bytes to the system allocator")
    void largeAndEmptyRequestsGoToTheSystem() {
        long zero = malloc.allocate(0);
        long big = malloc.allocate(513);
        long huge = malloc.allocate(1 << 20);
        assertThat(system.liveBlockCount()).as("0 and > 512 bytes are the system allocator's").isEqualTo(3);
        assertThat(system.mappedArenaCount()).as("no arena is needed for system requests").isZero();
        malloc.free(big);
        malloc.free(zero);
        malloc.free(huge);
        assertThat(system.liveBlockCount()).as("freeing a system block hands it back to the system").isZero();
        assertThatThrownBy(() -> malloc.allocate(-1)).as("a negative size is refused")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Concept("9.4")
    @Points(3)
    @DisplayName("takes a full pool out of usedpools and starts a new pool")
    void fullPoolLeavesUsedPools() {
        AllocatorFixtures.allocateMany(malloc, PyMallocFacts.BLOCKS_PER_POOL.get(0), 16);
        assertThat(malloc.usedPoolAddresses(0)).as("a full pool is in no usedpools list").isEmpty();
        assertThat(malloc.allocate(16)).as("after 1021 blocks of 16 bytes the next comes from a second pool")
                .isEqualTo(ARENA + POOL + HEADER);
        assertThat(malloc.usedPoolAddresses(0)).as("the new pool serves class 0").containsExactly(ARENA + POOL);
    }

    @Test
    @Concept("9.5")
    @Points(3)
    @DisplayName("maps a second arena only when the first has no free pool left")
    void secondArenaWhenTheFirstIsFull() {
        int perArena = PyMallocFacts.POOLS_PER_ARENA * PyMallocFacts.BLOCKS_PER_POOL.get(0);
        AllocatorFixtures.allocateMany(malloc, perArena, 16);
        assertThat(system.mappedArenaCount()).as("64 full pools of 16-byte blocks fit in one arena").isEqualTo(1);
        long next = malloc.allocate(16);
        assertThat(system.mappedArenaCount()).as("a full arena makes the allocator map another").isEqualTo(2);
        assertThat(next).as("the next block is in the new arena's first pool")
                .isEqualTo(ARENA + PyMallocFacts.ARENA_SIZE + HEADER);
    }
}

