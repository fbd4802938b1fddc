package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("task:3")
@DisplayName("An arena")
class ArenaTest {
    private static final long ARENA = 1L << 32;

    @Test
    @Tag("concept:9.3")
    @DisplayName("carves pools 16 KiB apart from its start")
    void carvesPools() {
        Arena arena = new Arena(ARENA);
        assertThat(arena.takePool().address()).as("pool 0").isEqualTo(ARENA);
        assertThat(arena.takePool().address()).as("pool 1").isEqualTo(ARENA + 16384);
        assertThat(arena.freePools()).as("64 - 2 pools left").isEqualTo(62);
    }

    @Test
    @Tag("concept:9.3")
    @DisplayName("hands a returned pool out again before carving a new one")
    void reusesReturnedPool() {
        // GIVEN two carved pools, the first returned empty
        Arena arena = new Arena(ARENA);
        Pool first = arena.takePool();
        arena.takePool();
        arena.returnPool(first);
        // WHEN a pool is taken THEN it is the returned one
        assertThat(arena.freePools()).as("the returned pool is free").isEqualTo(63);
        assertThat(arena.takePool()).as("freepools first").isSameAs(first);
    }

    @Test
    @Tag("concept:9.3")
    @DisplayName("finds the pool that holds an address")
    void poolContaining() {
        Arena arena = new Arena(ARENA);
        Pool first = arena.takePool();
        assertThat(arena.poolContaining(ARENA + 1000)).as("inside pool 0").isSameAs(first);
        assertThat(arena.poolContaining(ARENA + 20000)).as("pool 1 is not carved yet").isNull();
    }
}
