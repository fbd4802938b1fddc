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
@DisplayName("Allocator statistics of arenas")
@Tag("task:6")
class ArenaStatsHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }


    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);
    private final List<Long> blocks = new ArrayList<>();

    /** Two full arenas of 16-byte blocks and one pool in a third, added to {@link #blocks}. */
    private void fillTwoArenasAndAPool() {
        blocks.addAll(AllocatorFixtures.twoArenasAndAPool(malloc));
    }

    @Test
    @Concept("9.8")
    @Points(2)
    @DisplayName("counts arenas allocated, reclaimed and current, and the most arenas mapped at once")
    void arenaCountsAfterReleases() {
        fillTwoArenasAndAPool();
        for (long block : blocks) {
            malloc.free(block);
        }
        MallocStats stats = malloc.stats();
        assertThat(stats.arenasAllocatedTotal()).as("# arenas allocated total: three were mapped").isEqualTo(3);
        assertThat(stats.arenasReclaimed()).as("# arenas reclaimed: two were given back").isEqualTo(2);
        assertThat(stats.arenasHighwater()).as("# arenas highwater mark: three were mapped at once").isEqualTo(3);
        assertThat(stats.arenasCurrent()).as("# arenas allocated current: the kept one").isEqualTo(1);
        // WHEN the same work runs again: the kept arena and two new ones
        blocks.clear();
        fillTwoArenasAndAPool();
        stats = malloc.stats();
        assertThat(stats.arenasAllocatedTotal()).as("# arenas allocated total after two more were mapped").isEqualTo(5);
        assertThat(stats.arenasCurrent()).as("# arenas allocated current").isEqualTo(3);
        assertThat(stats.arenasHighwater())
                .as("# arenas highwater mark: still three, the most mapped at the same time, not the five ever mapped")
                .isEqualTo(3);
    }

    @Test
    @Concept("9.8")
    @Points(4)
    @DisplayName("keeps the arena highwater mark at the most arenas mapped at once, after arenas are released and mapped again")
    void highwaterIsThePeakAtOnce() {
        fillTwoArenasAndAPool(); // three arenas at once
        for (long block : blocks) {
            malloc.free(block);
        }
        blocks.clear();
        fillTwoArenasAndAPool(); // the kept arena and two new ones: three at once again, five mapped in all
        MallocStats again = malloc.stats();
        for (long block : blocks) {
            malloc.free(block);
        }
        blocks.clear();
        malloc.allocate(16);
        MallocStats last = malloc.stats();
        assertThat(again.arenasAllocatedTotal()).as("# arenas allocated total counts every arena ever mapped").isEqualTo(5);
        assertThat(again.arenasHighwater()).as("# arenas highwater mark is the most arenas mapped at the same time, "
                + "not the number ever mapped").isEqualTo(3);
        assertThat(last.arenasCurrent()).as("# arenas allocated current").isEqualTo(1);
        assertThat(last.arenasHighwater()).as("the highwater mark never falls when arenas are released").isEqualTo(3);
    }
}

