package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Differences;
import pymem.grading.Points;
import pymem.model.memory.SystemAllocator;

@DisplayName("Allocator statistics")
@Tag("task:6")
class MallocStatsHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }

    private final SystemAllocator system = new SystemAllocator();
    private final PyMalloc malloc = new PyMalloc(system);

    /** 1000 blocks of 16 bytes and 40 of 512 bytes: 1 pool of class 0, 2 pools of class 31. */
    private List<Long> smallScenario() {
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            blocks.add(malloc.allocate(16));
        }
        for (int i = 0; i < 40; i++) {
            blocks.add(malloc.allocate(512));
        }
        return blocks;
    }

    private static String line(String label, long value) {
        String number = String.format(Locale.ROOT, "%,d", value);
        return label + " ".repeat(PyMallocFacts.LABEL_WIDTH - label.length()) + "="
                + " ".repeat(PyMallocFacts.VALUE_WIDTH - number.length()) + number + "\n";
    }

    private static String row(int c, long pools, long used, long avail) {
        return String.format(Locale.ROOT, "%5d %6d %11d %15d %13d\n", c, (c + 1) * 16, pools, used, avail);
    }

    @Test
    @Concept("9.8")
    @Points(3)
    @DisplayName("count pools, blocks in use and available blocks per size class")
    void perClassCounts() {
        smallScenario();
        MallocStats stats = malloc.stats();
        assertThat(stats.numPools(0)).as("1000 blocks of 16 bytes fit in one pool").isEqualTo(1);
        assertThat(stats.blocksInUse(0)).as("blocks in use of class 0").isEqualTo(1000);
        assertThat(stats.availableBlocks(0)).as("available = 1021 per pool - 1000 in use").isEqualTo(21);
        assertThat(stats.numPools(31)).as("40 blocks of 512 bytes need two pools of 31").isEqualTo(2);
        assertThat(stats.blocksInUse(31)).as("blocks in use of class 31").isEqualTo(40);
        assertThat(stats.availableBlocks(31)).as("available = 2 * 31 - 40, never-used blocks included")
                .isEqualTo(22);
        assertThat(stats.numPools(5)).as("a class with no block in use has no pool").isZero();
        assertThat(stats.unusedPools()).as("the arena's other 61 pools are unused").isEqualTo(61);
    }

    @Test
    @Concept("9.8")
    @Points(3)
    @DisplayName("account for every byte of the mapped arenas")
    void byteAccountsAddUp() {
        smallScenario();
        MallocStats stats = malloc.stats();
        assertThat(stats.bytesInAllocatedBlocks()).as("bytes in allocated blocks = blocks in use * block size")
                .isEqualTo(1000 * 16 + 40 * 512);
        assertThat(stats.bytesInAvailableBlocks()).as("bytes in available blocks = available * block size")
                .isEqualTo(21 * 16 + 22 * 512);
        assertThat(stats.bytesInUnusedPools()).as("unused pools * 16384").isEqualTo(61L * PyMallocFacts.POOL_SIZE);
        assertThat(stats.bytesLostToPoolHeaders()).as("48 bytes of header per pool in use")
                .isEqualTo(3L * PyMallocFacts.POOL_OVERHEAD);
        assertThat(stats.bytesLostToQuantization()).as("quantization = the tail of each pool in use that no "
                + "block fits in").isEqualTo(PyMallocFacts.QUANTIZATION_PER_POOL.get(0)
                + 2L * PyMallocFacts.QUANTIZATION_PER_POOL.get(31));
        assertThat(stats.totalBytes()).as("the accounts add up to the arena's 1 MiB").isEqualTo(PyMallocFacts.ARENA_SIZE);
    }

    @Test
    @Concept("9.8")
    @Points(4)
    @DisplayName("print the report in sys._debugmallocstats() layout")
    void formatsLikeDebugMallocStats() {
        smallScenario();
        String expected = PyMallocFacts.STATS_TITLE + "\n\n"
                + PyMallocFacts.STATS_COLUMNS + "\n" + PyMallocFacts.STATS_RULE + "\n"
                + row(0, 1, 1000, 21) + row(31, 2, 40, 22) + "\n"
                + line("# arenas allocated total", 1) + line("# arenas reclaimed", 0)
                + line("# arenas highwater mark", 1) + line("# arenas allocated current", 1)
                + line("1 arenas * 1048576 bytes/arena", 1_048_576) + "\n"
                + line("# bytes in allocated blocks", 36_480) + line("# bytes in available blocks", 11_600)
                + line("61 unused pools * 16384 bytes", 999_424) + line("# bytes lost to pool headers", 144)
                + line("# bytes lost to quantization", 928) + line("# bytes lost to arena alignment", 0)
                + line("Total", 1_048_576);
        String report = malloc.stats().format();
        assertThat(report).as("the report reads line for line like CPython's; %s", Differences.firstDifferingLine(expected, report))
                .isEqualTo(expected);
    }

    @Test
    @Concept("9.8")
    @Points(2)
    @DisplayName("print the total with thousands separators as CPython does")
    void totalLineOfFourArenas() {
        int perArena = PyMallocFacts.POOLS_PER_ARENA * PyMallocFacts.BLOCKS_PER_POOL.get(0);
        for (int i = 0; i < 3 * perArena + 1; i++) {
            malloc.allocate(16);
        }
        String[] lines = malloc.stats().format().split("\n");
        assertThat(lines[lines.length - 1]).as("the Total line of a 4-arena report").isEqualTo(PyMallocFacts.SAMPLE_TOTAL_LINE);
    }

    @Test
    @Concept("9.8")
    @Points(2)
    @DisplayName("report a pool that emptied as unused, not as a pool of its old size class")
    void emptiedPoolIsUnused() {
        List<Long> blocks = smallScenario();
        for (int i = 0; i < 1000; i++) {
            malloc.free(blocks.get(i));
        }
        MallocStats stats = malloc.stats();
        assertThat(stats.numPools(0)).as("an empty pool counts for no size class").isZero();
        assertThat(stats.availableBlocks(0)).as("an empty pool's blocks are not 'avail blocks'").isZero();
        assertThat(stats.unusedPools()).as("the emptied pool is one more unused pool").isEqualTo(62);
        assertThat(stats.totalBytes()).as("the accounts still add up to the arena").isEqualTo(PyMallocFacts.ARENA_SIZE);
    }

    @Test
    @Concept("9.8")
    @Points(1)
    @DisplayName("report nothing for an allocator that has mapped no arena")
    void emptyAllocator() {
        malloc.allocate(1000);
        MallocStats stats = malloc.stats();
        assertThat(stats.arenasCurrent()).as("system requests map no arena").isZero();
        assertThat(stats.totalBytes()).as("no arena, no bytes").isZero();
        assertThat(stats.format()).as("no size class row without a pool in use")
                .startsWith(PyMallocFacts.STATS_TITLE + "\n\n" + PyMallocFacts.STATS_COLUMNS + "\n"
                        + PyMallocFacts.STATS_RULE + "\n\n# arenas allocated total");
    }
}
