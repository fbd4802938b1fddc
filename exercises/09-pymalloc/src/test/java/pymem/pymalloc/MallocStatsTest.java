package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.memory.SystemAllocator;

@Tag("task:6")
@DisplayName("Statistics")
class MallocStatsTest {

    @Test
    @Tag("concept:9.8")
    @DisplayName("count one pool with 10 blocks in use and 1011 available")
    void perClass() {
        // GIVEN ten 16-byte objects
        PyMalloc malloc = new PyMalloc(new SystemAllocator());
        for (int i = 0; i < 10; i++) {
            malloc.allocate(16);
        }
        // WHEN the statistics are taken
        MallocStats stats = malloc.stats();
        // THEN class 0 has 1 pool, 10 blocks in use, 1021 - 10 available, and 63 pools are unused
        assertThat(stats.numPools(0)).as("num pools").isEqualTo(1);
        assertThat(stats.blocksInUse(0)).as("blocks in use").isEqualTo(10);
        assertThat(stats.availableBlocks(0)).as("avail blocks").isEqualTo(1011);
        assertThat(stats.unusedPools()).as("unused pools").isEqualTo(63);
        assertThat(stats.totalBytes()).as("the byte accounts add up to one arena").isEqualTo(1 << 20);
    }

    @Test
    @Tag("concept:9.8")
    @DisplayName("print rows and summary lines like sys._debugmallocstats()")
    void format() {
        PyMalloc malloc = new PyMalloc(new SystemAllocator());
        malloc.allocate(16);
        String report = malloc.stats().format();
        assertThat(report).as("title").startsWith("Small block threshold = 512, in 32 size classes.\n\n");
        assertThat(report).as("row of class 0").contains("\n    0     16           1               1          1020\n");
        assertThat(report).as("a summary line")
                .contains("\n# arenas allocated total           =                    1\n");
        assertThat(report).as("the last line").endsWith("\nTotal                              =            1,048,576\n");
    }

    @Test
    @Tag("concept:9.8")
    @DisplayName("count the high-water mark as the most arenas mapped at the same time")
    void arenaHighWaterMark() {
        // GIVEN three arenas mapped (two full of 16-byte blocks and one more block), then every block freed
        PyMalloc malloc = new PyMalloc(new SystemAllocator());
        List<Long> blocks = new ArrayList<>();
        int perArena = 64 * 1021;
        for (int i = 0; i < 2 * perArena + 1; i++) {
            blocks.add(malloc.allocate(16));
        }
        blocks.forEach(malloc::free);
        MallocStats released = malloc.stats();
        // WHEN the same work runs again: the kept arena and two new ones
        for (int i = 0; i < 2 * perArena + 1; i++) {
            malloc.allocate(16);
        }
        MallocStats again = malloc.stats();
        // THEN
        assertThat(released.arenasCurrent()).as("# arenas allocated current after the frees: the kept one").isEqualTo(1);
        assertThat(released.arenasHighwater()).as("# arenas highwater mark after the frees: three were mapped at once").isEqualTo(3);
        assertThat(again.arenasAllocatedTotal()).as("# arenas allocated total: 3 + 2").isEqualTo(5);
        assertThat(again.arenasHighwater()).as("# arenas highwater mark: still three, not the five ever mapped").isEqualTo(3);
    }
}
