package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.SystemAllocator;

@DisplayName("PyMalloc")
class PyMallocTest {
    private static final long ARENA = SystemAllocator.ARENA_REGION;
    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);

    @Test
    @Tag("concept:9.4")
    @Tag("task:4")
    @DisplayName("serves the first small request from a new arena's first pool")
    void firstRequest() {
        // WHEN x = object() asks for 16 bytes
        long x = malloc.allocate(16);
        // THEN one arena is mapped and x is the first block after the pool header
        assertThat(system.mappedArenaCount()).as("one arena").isEqualTo(1);
        assertThat(x).as("first block of the first pool").isEqualTo(ARENA + 48);
        assertThat(malloc.usedPoolAddresses(0)).as("usedpools[0]").containsExactly(ARENA);
    }

    @Test
    @Tag("concept:9.4")
    @Tag("task:4")
    @DisplayName("uses a separate pool for another size class")
    void separatePools() {
        malloc.allocate(16);
        assertThat(malloc.allocate(100)).as("class 6 gets the second pool").isEqualTo(ARENA + 16384 + 48);
    }

    @Test
    @Tag("concept:9.1")
    @Tag("task:4")
    @DisplayName("passes large requests to the system allocator")
    void largeRequests() {
        malloc.allocate(1000);
        assertThat(system.liveBlockCount()).as("a 1000-byte request is the system's").isEqualTo(1);
        assertThat(system.mappedArenaCount()).as("no arena for it").isZero();
    }

    @Test
    @Tag("concept:9.4")
    @Tag("task:5")
    @DisplayName("returns an emptied pool to its arena, where another size class takes it")
    void emptiedPoolGoesBackToItsArena() {
        // GIVEN x = a 16-byte block, alone in the first pool, freed: that pool is now empty
        long x = malloc.allocate(16);
        malloc.free(x);
        // THEN it has left usedpools[0] ...
        assertThat(malloc.usedPoolAddresses(0)).as("usedpools[0] after its only pool emptied").isEmpty();
        // ... and a 100-byte request (class 6) gets that same pool back from the arena
        assertThat(malloc.allocate(100)).as("class 6's first block: in the emptied pool, which the arena hands out again")
                .isEqualTo(ARENA + 48);
    }

    @Test
    @Tag("concept:9.5")
    @Tag("task:5")
    @DisplayName("keeps usable arenas sorted most used first, and takes a new pool from the head")
    void mostUsedArenaFirst() {
        // GIVEN the first arena's 64 pools all full of 512-byte blocks, and one block in a second arena
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 64 * 31; i++) {
            blocks.add(malloc.allocate(512));
        }
        malloc.allocate(512);
        assertThat(malloc.usableArenaAddresses()).as("usable_arenas while the first arena is full").hasSize(1);
        long second = malloc.usableArenaAddresses().get(0);
        // WHEN the 31 blocks of the first arena's first pool are freed: that arena has 1 free pool, the second 63
        for (int i = 0; i < 31; i++) {
            malloc.free(blocks.get(i));
        }
        // THEN the first arena, the most used, heads usable_arenas, and the next new pool comes from it
        assertThat(malloc.usableArenaAddresses()).as("usable_arenas: fewest free pools first")
                .containsExactly(ARENA, second);
        assertThat(malloc.allocate(16)).as("a 16-byte request needs a new pool: it comes from the head arena")
                .isEqualTo(ARENA + 48);
    }

    @Test
    @Tag("concept:9.4")
    @Tag("task:5")
    @DisplayName("puts a full pool back at the front of usedpools when one of its blocks is freed")
    void fullPoolRejoinsAtTheFront() {
        // GIVEN pool A full of 31 blocks of 512 bytes, and pool B holding one more
        List<Long> inA = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            inA.add(malloc.allocate(512));
        }
        malloc.allocate(512);
        // WHEN a block of A is freed
        malloc.free(inA.get(10));
        // THEN A is at the front of usedpools[31] and serves the next request
        assertThat(malloc.usedPoolAddresses(31)).as("usedpools[31]: A, which was full, rejoins in front of B")
                .containsExactly(ARENA, ARENA + 16384);
        assertThat(malloc.allocate(512)).as("the next 512-byte request: A's freed block").isEqualTo(inA.get(10));
    }

    @Test
    @Tag("concept:9.2")
    @Tag("task:5")
    @DisplayName("keeps a pool's free list when its size class takes it again: the block freed last comes first")
    void emptiedPoolKeepsItsFreeList() {
        long a = malloc.allocate(16);
        long b = malloc.allocate(16);
        long c = malloc.allocate(16);
        malloc.free(a);
        malloc.free(c);
        malloc.free(b); // the pool is empty now, and goes back to the arena
        assertThat(malloc.allocate(16)).as("the same size class takes the pool again: its free list still starts with b")
                .isEqualTo(b);
    }

    @Test
    @Tag("concept:9.2")
    @Tag("task:5")
    @DisplayName("gives a freed block to the next request of its size class")
    void reuse() {
        // GIVEN x = 'abc' * 5 freed (a 48-byte class request)
        long x = malloc.allocate(48);
        malloc.allocate(48);
        malloc.free(x);
        // WHEN another 48-byte object is made THEN it gets x's address, like id() reuse in CPython
        assertThat(malloc.allocate(40)).as("the freed block is handed out again").isEqualTo(x);
    }

    @Test
    @Tag("concept:9.7")
    @Tag("task:5")
    @DisplayName("refuses to free a block twice")
    void doubleFree() {
        long x = malloc.allocate(16);
        malloc.free(x);
        assertThatThrownBy(() -> malloc.free(x)).as("double free")
                .isInstanceOf(InvalidFreeError.class);
    }

    @Test
    @Tag("concept:9.6")
    @Tag("task:5")
    @DisplayName("keeps the last arena mapped when it becomes completely free")
    void keepsLastArena() {
        long x = malloc.allocate(16);
        malloc.free(x);
        assertThat(system.mappedArenaCount()).as("the last arena is kept").isEqualTo(1);
        assertThat(malloc.usableArenaAddresses()).as("and stays usable").containsExactly(ARENA);
    }
}
