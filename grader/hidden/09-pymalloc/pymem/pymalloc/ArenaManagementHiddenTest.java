package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
@DisplayName("PyMalloc managing arenas")
@Tag("task:5")
class ArenaManagementHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }

    private static final long A = SystemAllocator.ARENA_REGION;
    private static final long B = A + PyMallocFacts.ARENA_SIZE;
    private static final long C = B + PyMallocFacts.ARENA_SIZE;
    private static final int PER_POOL = AllocatorFixtures.PER_POOL;
    private static final int PER_ARENA = AllocatorFixtures.PER_ARENA;

    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);
    private final List<Long> blocks = new ArrayList<>();

    /** Two full arenas of 16-byte blocks and one pool in a third, added to {@link #blocks}. */
    private void fillTwoArenasAndAPool() {
        blocks.addAll(AllocatorFixtures.twoArenasAndAPool(malloc));
    }

    /** Frees every block of pool {@code pool} (0..63) of arena {@code arena} (0..2). */
    private void emptyPool(int arena, int pool) {
        int start = arena * PER_ARENA + pool * PER_POOL;
        for (int i = start; i < Math.min(start + PER_POOL, blocks.size()); i++) {
            malloc.free(blocks.get(i));
        }
    }

    @Test
    @Concept("9.5")
    @Points(4)
    @DisplayName("keeps usable arenas sorted by free pools, most used first, and takes new pools from the head")
    void usableArenasSortedMostUsedFirst() {
        fillTwoArenasAndAPool();
        assertThat(malloc.usableArenaAddresses()).as("full arenas are not usable; the third has free pools")
                .containsExactly(C);
        for (int p = 0; p < 5; p++) {
            emptyPool(0, p);
        }
        emptyPool(1, 10);
        emptyPool(1, 11);
        assertThat(malloc.usableArenaAddresses())
                .as("usable_arenas is sorted by ascending free pools: B (2), A (5), C (63)")
                .containsExactly(B, A, C);
        assertThat(malloc.allocate(100)).as("a new pool comes from the most used usable arena, "
                + "its most recently emptied pool").isEqualTo(B + 11L * PyMallocFacts.POOL_SIZE + 48);
        for (int p = 20; p < 25; p++) {
            emptyPool(1, p);
        }
        assertThat(malloc.usableArenaAddresses())
                .as("an arena that gains free pools slides right past arenas with fewer: A (5), B (6), C (63)")
                .containsExactly(A, B, C);
    }

    @Test
    @Concept("9.6")
    @Points(4)
    @DisplayName("gives a completely free arena back to the system, except the last one")
    void releasesFreeArenasButKeepsTheLast() {
        fillTwoArenasAndAPool();
        for (long block : blocks) {
            malloc.free(block);
        }
        assertThat(system.arenasUnmappedEver()).as("completely free arenas are released to the system")
                .isEqualTo(2);
        assertThat(system.mappedArenaCount()).as("the last usable arena is kept, even when completely free")
                .isEqualTo(1);
    }

    @Test
    @Concept("9.6")
    @Points(3)
    @DisplayName("serves new requests from the kept arena instead of mapping another")
    void keptArenaIsReused() {
        long a = malloc.allocate(64);
        malloc.free(a);
        assertThat(system.mappedArenaCount()).as("the only arena is kept when it empties").isEqualTo(1);
        long b = malloc.allocate(256);
        assertThat(system.arenasMappedEver()).as("a kept arena is reused: no new mmap").isEqualTo(1);
        assertThat(b).as("the emptied pool is reused for the new size class").isEqualTo(A + 48);
    }

    @Test
    @Concept("9.6")
    @Points(3)
    @DisplayName("releases an arena as soon as its last pool empties while another arena follows it")
    void releasesAnArenaWhenItsLastPoolEmpties() {
        fillTwoArenasAndAPool();
        for (int p = 0; p < PyMallocFacts.POOLS_PER_ARENA; p++) {
            emptyPool(1, p);
        }
        assertThat(system.isMappedArena(B)).as("a completely free arena followed by another usable arena "
                + "is returned to the system").isFalse();
        assertThat(system.isMappedArena(A)).as("a full arena stays").isTrue();
        assertThat(malloc.usableArenaAddresses()).as("a released arena is no longer usable").containsExactly(C);
    }
}

