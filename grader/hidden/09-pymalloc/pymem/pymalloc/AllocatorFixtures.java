package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pymem.model.memory.SystemAllocator;

/**
 * Drives a PyMalloc and checks, after every step, what any correct allocator guarantees: a live block is
 * never handed out twice, block addresses are aligned and lie in the blocks area of a pool of their size
 * class, and the statistics agree with the blocks the checker knows to be live.
 */
final class AllocatorFixtures {
    final SystemAllocator system = new SystemAllocator();
    final PyMalloc malloc = new PyMalloc(system);
    /** Live block address -> requested size. */
    final Map<Long, Long> live = new HashMap<>();
    final List<Long> order = new ArrayList<>();

    long allocate(long nbytes) {
        long address = malloc.allocate(nbytes);
        assertThat(live).as("a block still in use must never be handed out again").doesNotContainKey(address);
        assertThat(address % PyMallocFacts.ALIGNMENT).as("every block address is 16-byte aligned").isZero();
        if (nbytes > 0 && nbytes <= PyMallocFacts.SMALL_REQUEST_THRESHOLD) {
            long size = ((nbytes - 1) / 16 + 1) * 16;
            long offset = Math.floorMod(address, PyMallocFacts.POOL_SIZE) - PyMallocFacts.POOL_OVERHEAD;
            assertThat(offset).as("a small block lies after its pool's 48-byte header").isGreaterThanOrEqualTo(0);
            assertThat(offset % size).as("a small block starts on a block boundary of its size class").isZero();
            assertThat(offset + size).as("a small block ends inside its 16 KiB pool")
                    .isLessThanOrEqualTo(PyMallocFacts.POOL_SIZE - PyMallocFacts.POOL_OVERHEAD);
            assertThat(address).as("small requests are served from arenas, not by the system allocator")
                    .isLessThan(SystemAllocator.MALLOC_REGION);
        } else {
            assertThat(system.isLiveBlock(address))
                    .as("requests of 0 or more than 512 bytes go to the system allocator").isTrue();
        }
        live.put(address, nbytes);
        order.add(address);
        return address;
    }

    void free(long address) {
        malloc.free(address);
        live.remove(address);
    }

    /** Statistics agree with the live blocks; the byte accounts add up to the mapped arenas. */
    void checkStats() {
        MallocStats stats = malloc.stats();
        long[] perClass = new long[PyMallocFacts.NB_SMALL_SIZE_CLASSES];
        for (long nbytes : live.values()) {
            if (nbytes > 0 && nbytes <= PyMallocFacts.SMALL_REQUEST_THRESHOLD) {
                perClass[(int) ((nbytes - 1) >> 4)]++;
            }
        }
        for (int c = 0; c < perClass.length; c++) {
            assertThat(stats.blocksInUse(c)).as("blocks in use of each size class match the live blocks")
                    .isEqualTo(perClass[c]);
            assertThat(stats.blocksInUse(c) + stats.availableBlocks(c))
                    .as("each pool in use holds blocks in use + available blocks = blocks per pool")
                    .isEqualTo(stats.numPools(c) * PyMallocFacts.BLOCKS_PER_POOL.get(c));
        }
        assertThat(stats.arenasCurrent()).as("arenas current match the arenas the system has mapped")
                .isEqualTo(system.mappedArenaCount());
        assertThat(stats.totalBytes()).as("every byte of the mapped arenas is accounted for")
                .isEqualTo(stats.arenasCurrent() * PyMallocFacts.ARENA_SIZE);
        assertThat(system.liveBlockCount()).as("only large requests are live in the system allocator")
                .isEqualTo(live.values().stream().filter(n -> n == 0 || n > 512).count());
    }

    /** 16-byte blocks (the first size class) in one pool, and in one arena. */
    static final int PER_POOL = PyMallocFacts.BLOCKS_PER_POOL.get(0);
    static final int PER_ARENA = PyMallocFacts.POOLS_PER_ARENA * PER_POOL;

    /** Two full arenas of 16-byte blocks and one block in a third, in the order they were handed out. */
    static List<Long> twoArenasAndAPool(PyMalloc malloc) {
        return allocateMany(malloc, 2 * PER_ARENA + 1, 16);
    }

    /** {@code count} blocks of {@code nbytes} from {@code malloc}, in the order they were handed out. */
    static List<Long> allocateMany(PyMalloc malloc, int count, long nbytes) {
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(malloc.allocate(nbytes));
        }
        return blocks;
    }
}
