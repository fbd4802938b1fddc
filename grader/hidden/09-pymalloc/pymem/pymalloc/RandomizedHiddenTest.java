package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pymem.grading.Concept;
import pymem.grading.HexAddresses;
import pymem.grading.Points;
import pymem.model.memory.SystemAllocator;

@HexAddresses
@DisplayName("PyMalloc under long random workloads")
@Tag("task:6")
class RandomizedHiddenTest {
    /** Every test here builds on the size classes, the pool and the arena (9.1, 9.2, 9.3): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        LayerFixtures.requireAll();
    }


    /** Sizes like a Python program's: mostly small objects, a few large buffers. */
    private static long randomSize(Random random) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return 1 + random.nextInt(64);
        }
        if (roll < 97) {
            return 1 + random.nextInt(512);
        }
        return roll == 99 ? 0 : 513 + random.nextInt(4096);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    @Concept("9.4")
    @Points(6)
    @DisplayName("keeps every invariant through 60,000 random allocations and frees")
    void invariantsHoldUnderRandomWork(long seed) {
        Random random = new Random(seed);
        AllocatorFixtures checker = new AllocatorFixtures();
        List<Long> live = new ArrayList<>();
        for (int step = 0; step < 60_000; step++) {
            // Phases that grow then shrink the heap, so pools and arenas empty out and come back.
            boolean growing = (step / 15_000) % 2 == 0;
            if (live.isEmpty() || random.nextInt(100) < (growing ? 70 : 30)) {
                live.add(checker.allocate(randomSize(random)));
            } else {
                int i = random.nextInt(live.size());
                long address = live.get(i);
                live.set(i, live.get(live.size() - 1));
                live.remove(live.size() - 1);
                checker.free(address);
            }
            if (step % 5_000 == 0) {
                checker.checkStats();
            }
        }
        checker.checkStats();
        Collections.shuffle(live, random);
        for (long address : live) {
            checker.free(address);
        }
        checker.checkStats();
        assertThat(checker.system.mappedArenaCount())
                .as("once everything is freed, only the last usable arena is kept").isEqualTo(1);
        assertThat(checker.malloc.stats().unusedPools()).as("every pool of the kept arena is unused")
                .isEqualTo(PyMallocFacts.POOLS_PER_ARENA);
    }

    @Test
    @Concept("9.6")
    @Points(4)
    @DisplayName("handles 131,072 live blocks over many arenas and gives back all but one arena when they are freed")
    void manyBlocks() {
        SystemAllocator system = new SystemAllocator();
        PyMalloc malloc = new PyMalloc(system);
        Random random = new Random(42);
        long[] blocks = new long[1 << 17]; // about 9 MiB of blocks: the accounts and the release order over many arenas
        long bytes = 0;
        for (int i = 0; i < blocks.length; i++) {
            int nbytes = 1 + random.nextInt(128);
            blocks[i] = malloc.allocate(nbytes);
            bytes += ((nbytes - 1) / 16 + 1) * 16;
        }
        MallocStats full = malloc.stats();
        assertThat(full.bytesInAllocatedBlocks()).as("every live block is counted at its class size").isEqualTo(bytes);
        assertThat(full.totalBytes()).as("the accounts add up over many arenas")
                .isEqualTo(full.arenasCurrent() * PyMallocFacts.ARENA_SIZE);
        for (int i = blocks.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = blocks[i];
            blocks[i] = blocks[j];
            blocks[j] = t;
        }
        for (long block : blocks) {
            malloc.free(block);
        }
        MallocStats empty = malloc.stats();
        assertThat(empty.arenasCurrent()).as("freed arenas are given back to the system, all but the last")
                .isEqualTo(1);
        assertThat(empty.arenasReclaimed()).as("# arenas reclaimed = allocated total - current")
                .isEqualTo(full.arenasAllocatedTotal() - 1);
        // the highwater mark is 9.8's, graded by ArenaManagementHiddenTest.highwaterIsThePeakAtOnce
    }

    @Test
    @Concept("9.2")
    @Points(3)
    @DisplayName("never hands out a live block twice while pools are emptied and refilled across size classes")
    void churnAcrossSizeClasses() {
        AllocatorFixtures checker = new AllocatorFixtures();
        Random random = new Random(7);
        List<Long> live = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            int sizeClass = random.nextInt(32);
            for (int i = 0; i < 600; i++) {
                live.add(checker.allocate(sizeClass * 16 + 1 + random.nextInt(16)));
            }
            Collections.shuffle(live, random);
            int keep = live.size() / 4;
            for (long address : live.subList(keep, live.size())) {
                checker.free(address);
            }
            live = new ArrayList<>(live.subList(0, keep));
            checker.checkStats();
        }
    }
}
