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

@HexAddresses
@DisplayName("An arena")
@Tag("task:3")
class ArenaHiddenTest {
    /** Every test here builds on the pool (9.2): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requirePool();
    }

    private static final long BASE = 7L << 20;

    @Test
    @Concept("9.3")
    @Points(3)
    @DisplayName("carves its 64 pools in address order, then has none left")
    void carvesSixtyFourPools() {
        Arena arena = new Arena(BASE);
        assertThat(arena.totalPools()).as("a 1 MiB arena holds 64 pools of 16 KiB").isEqualTo(PyMallocFacts.POOLS_PER_ARENA);
        for (int i = 0; i < PyMallocFacts.POOLS_PER_ARENA; i++) {
            assertThat(arena.freePools()).as("free pools count the pools not yet carved")
                    .isEqualTo(PyMallocFacts.POOLS_PER_ARENA - i);
            Pool pool = arena.takePool();
            assertThat(pool.address()).as("pools are carved one after the other, 16 KiB apart")
                    .isEqualTo(BASE + (long) i * PyMallocFacts.POOL_SIZE);
            pool.init(0);
            pool.allocateBlock();
        }
        assertThat(arena.freePools()).as("every pool is in use").isZero();
        assertThatThrownBy(arena::takePool).as("an arena with no free pool cannot give one")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Concept("9.3")
    @Points(3)
    @DisplayName("hands out the most recently returned pool before carving a new one")
    void returnedPoolsAreReusedLastInFirstOut() {
        Arena arena = new Arena(BASE);
        Pool p0 = arena.takePool();
        Pool p1 = arena.takePool();
        Pool p2 = arena.takePool();
        arena.returnPool(p0);
        arena.returnPool(p2);
        assertThat(arena.freePools()).as("returned pools are free again").isEqualTo(PyMallocFacts.POOLS_PER_ARENA - 1);
        assertThat(arena.takePool()).as("freepools is LIFO: the last pool returned comes back first").isSameAs(p2);
        assertThat(arena.takePool()).as("freepools is LIFO: then the pool returned before it").isSameAs(p0);
        assertThat(arena.takePool().address()).as("with freepools empty a new pool is carved")
                .isEqualTo(p1.address() + 2L * PyMallocFacts.POOL_SIZE);
    }

    @Test
    @Concept("9.3")
    @Points(2)
    @DisplayName("knows which carved pool holds an address")
    void findsThePoolOfAnAddress() {
        Arena arena = new Arena(BASE);
        Pool p0 = arena.takePool();
        Pool p1 = arena.takePool();
        assertThat(arena.poolContaining(BASE + 100)).as("an address in the first 16 KiB is in pool 0").isSameAs(p0);
        assertThat(arena.poolContaining(BASE + PyMallocFacts.POOL_SIZE + PyMallocFacts.POOL_SIZE - 1))
                .as("the last byte of pool 1 belongs to pool 1").isSameAs(p1);
        assertThat(arena.poolContaining(BASE + 2L * PyMallocFacts.POOL_SIZE))
                .as("a pool never carved holds nothing").isNull();
        assertThat(arena.poolContaining(BASE - 16)).as("an address below the arena is not in it").isNull();
        assertThat(arena.poolContaining(BASE + PyMallocFacts.ARENA_SIZE)).as("an address past the arena is not in it").isNull();
        assertThat(arena.carvedPools()).as("carved pools in address order").containsExactly(p0, p1);
    }

    @Test
    @Concept("9.3")
    @Points(2)
    @DisplayName("is completely free only when no pool is in use")
    void completelyFreeMeansNoPoolInUse() {
        Arena arena = new Arena(BASE);
        assertThat(arena.isCompletelyFree()).as("a new arena has every pool free").isTrue();
        Pool pool = arena.takePool();
        pool.init(1);
        long block = pool.allocateBlock();
        assertThat(arena.isCompletelyFree()).as("an arena with a pool in use is not completely free").isFalse();
        pool.freeBlock(block);
        arena.returnPool(pool);
        assertThat(arena.isCompletelyFree()).as("after its only pool comes back the arena is completely free").isTrue();
    }

    @Test
    @Concept("9.3")
    @Points(1)
    @DisplayName("refuses a pool that still has blocks in use")
    void refusesAPoolInUse() {
        Arena arena = new Arena(BASE);
        Pool pool = arena.takePool();
        pool.init(0);
        pool.allocateBlock();
        assertThatThrownBy(() -> arena.returnPool(pool)).as("only an empty pool goes back to freepools")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(arena.freePools()).as("a refused return changes nothing").isEqualTo(PyMallocFacts.POOLS_PER_ARENA - 1);
    }
}
