package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.HexAddresses;
import pymem.grading.Points;
import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.InvalidFreeError.Reason;
import pymem.model.memory.SystemAllocator;

@HexAddresses
@DisplayName("PyMalloc refusing a bad free")
@Tag("task:5")
class InvalidFreeHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }

    private static final long ARENA = SystemAllocator.ARENA_REGION;

    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);

    private void assertRefused(long address, Reason reason, String concept) {
        String before = malloc.stats().format();
        assertThatThrownBy(() -> malloc.free(address)).as(concept)
                .isInstanceOfSatisfying(InvalidFreeError.class, e -> {
                    assertThat(e.reason()).as(concept).isEqualTo(reason);
                    assertThat(e.address()).as("the error names the address that was freed").isEqualTo(address);
                });
        assertThat(malloc.stats().format()).as("a refused free changes nothing").isEqualTo(before);
    }

    @Test
    @Concept("9.7")
    @Points(4)
    @DisplayName("detects a double free of a small block")
    void detectsDoubleFree() {
        long a = malloc.allocate(24);
        long b = malloc.allocate(24);
        malloc.free(a);
        assertRefused(a, Reason.ALREADY_FREED, "freeing a block twice must be detected as a double free");
        assertThat(malloc.allocate(24)).as("the double free did not put the block on the free list twice")
                .isEqualTo(a);
        assertThat(malloc.allocate(24)).as("the block after it comes from never-used space, not a second copy of a")
                .isEqualTo(b + 32);
    }

    @Test
    @Concept("9.7")
    @Points(3)
    @DisplayName("detects a double free after the block's pool went back to its arena")
    void detectsDoubleFreeInAnEmptiedPool() {
        LayerFixtures.requireEmptyPoolsGoBack();
        long a = malloc.allocate(100);
        malloc.free(a);
        assertRefused(a, Reason.ALREADY_FREED, "a block of an emptied pool freed again is still a double free");
        assertThat(malloc.allocate(100)).as("the pool's free list is intact").isEqualTo(a);
        assertThat(malloc.allocate(100)).as("a was handed out once only").isNotEqualTo(a);
    }

    @Test
    @Concept("9.7")
    @Points(3)
    @DisplayName("detects an address that was never handed out")
    void detectsNeverAllocated() {
        long a = malloc.allocate(16);
        assertRefused(a + 16, Reason.NOT_ALLOCATED, "a never-used block of a pool in use was never allocated");
        assertRefused(ARENA, Reason.NOT_ALLOCATED, "a pool header is never handed out");
        assertRefused(ARENA + 40L * PyMallocFacts.POOL_SIZE + 48, Reason.NOT_ALLOCATED,
                "a pool never carved holds no block");
        assertRefused(123_456L * 16, Reason.NOT_ALLOCATED, "an address outside every arena and system block");
    }

    @Test
    @Concept("9.7")
    @Points(3)
    @DisplayName("detects an address inside a block")
    void detectsInsideABlock() {
        malloc.allocate(64);
        long b = malloc.allocate(64);
        assertRefused(b + 16, Reason.INSIDE_BLOCK, "only a block's first byte may be freed");
        assertRefused(b + 63, Reason.INSIDE_BLOCK, "only a block's first byte may be freed");
        malloc.free(b);
    }

    @Test
    @Concept("9.7")
    @Points(2)
    @DisplayName("detects a double free of a system block and a free in a released arena")
    void detectsBadSystemFreesAndReleasedArenas() {
        LayerFixtures.requireArenaRelease();
        long big = malloc.allocate(4096);
        malloc.free(big);
        assertRefused(big, Reason.NOT_ALLOCATED, "a system block freed twice is no longer allocated");
        int perArena = PyMallocFacts.POOLS_PER_ARENA * PyMallocFacts.BLOCKS_PER_POOL.get(0);
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < perArena + 1; i++) {
            blocks.add(malloc.allocate(16));
        }
        malloc.free(blocks.get(0));
        malloc.free(blocks.get(perArena)); // the second arena: completely free but last, so kept
        for (int i = 1; i < perArena; i++) {
            malloc.free(blocks.get(i));
        }
        assertThat(system.isMappedArena(ARENA)).as("the first arena, completely free and not last, is released")
                .isFalse();
        assertRefused(blocks.get(5), Reason.NOT_ALLOCATED, "an address in a released arena is not allocated");
    }
}
