package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;

import pymem.grading.Prerequisite;

/**
 * The layers PyMalloc is built from, each checked on its own before a test of a higher layer: when the size
 * classes (9.1), the pool (9.2) or the arena (9.3) is broken, a test of usedpools, usable_arenas or the
 * statistics says "not checked: depends on 9.2" instead of blaming its own concept.
 */
final class LayerFixtures {
    /** Far from the addresses the tests' allocators map, so that nothing here can meet them. */
    private static final long SCRATCH = 9L << 32;

    private LayerFixtures() {
    }

    static void requireSizeClasses() {
        Prerequisite.check("9.1", () -> {
            assertThat(SizeClasses.indexOf(16)).as("the size class of a 16-byte request").isEqualTo(0);
            assertThat(SizeClasses.indexOf(17)).as("the size class of a 17-byte request").isEqualTo(1);
            assertThat(SizeClasses.indexOf(512)).as("the size class of a 512-byte request").isEqualTo(31);
            assertThat(SizeClasses.blockSize(31)).as("the block size of class 31").isEqualTo(512);
            assertThat(SizeClasses.blocksPerPool(0)).as("blocks of 16 bytes in a pool")
                    .isEqualTo(PyMallocFacts.BLOCKS_PER_POOL.get(0));
        });
    }

    static void requirePool() {
        Prerequisite.check("9.2", () -> {
            Pool pool = new Pool(SCRATCH);
            pool.init(0);
            long first = pool.allocateBlock();
            long second = pool.allocateBlock();
            assertThat(first).as("a pool's first block follows its header").isEqualTo(SCRATCH + PyMallocFacts.POOL_OVERHEAD);
            assertThat(second).as("its second block follows the first").isEqualTo(first + 16);
            pool.freeBlock(first);
            pool.freeBlock(second);
            assertThat(pool.allocateBlock()).as("the block freed last comes back first").isEqualTo(second);
        });
    }

    static void requireArena() {
        Prerequisite.check("9.3", () -> {
            Arena arena = new Arena(SCRATCH + PyMallocFacts.ARENA_SIZE);
            Pool p0 = arena.takePool();
            Pool p1 = arena.takePool();
            assertThat(p1.address()).as("an arena carves its pools in address order")
                    .isEqualTo(p0.address() + PyMallocFacts.POOL_SIZE);
            arena.returnPool(p1);
            assertThat(arena.takePool().address()).as("a returned pool is handed out again first").isEqualTo(p1.address());
        });
    }

    /** Checks, on an allocator of its own, that an emptied pool leaves usedpools and returns to its arena (9.4). */
    static void requireEmptyPoolsGoBack() {
        Prerequisite.check("9.4", () -> {
            PyMalloc malloc = new PyMalloc(new pymem.model.memory.SystemAllocator());
            long x = malloc.allocate(16);
            malloc.allocate(32); // another pool stays in use, so the arena is never completely free here
            malloc.free(x);
            assertThat(malloc.usedPoolAddresses(0)).as("usedpools[0] once its only pool emptied").isEmpty();
            assertThat(malloc.allocate(100)).as("another size class takes the emptied pool from the arena, most recently emptied first")
                    .isEqualTo(x);
        });
    }

    /** Checks, on an allocator of its own, that a completely free arena is released unless it is the last (9.6). */
    static void requireArenaRelease() {
        requireEmptyPoolsGoBack(); // an arena becomes completely free only as its pools come back
        Prerequisite.check("9.6", () -> {
            pymem.model.memory.SystemAllocator system = new pymem.model.memory.SystemAllocator();
            PyMalloc malloc = new PyMalloc(system);
            int perArena = PyMallocFacts.POOLS_PER_ARENA * PyMallocFacts.BLOCKS_PER_POOL.get(31);
            java.util.List<Long> blocks = new java.util.ArrayList<>();
            for (int i = 0; i < perArena + 1; i++) {
                blocks.add(malloc.allocate(512));
            }
            for (int i = 0; i < perArena; i++) {
                malloc.free(blocks.get(i));
            }
            assertThat(system.mappedArenaCount()).as("a completely free arena followed by another is released").isEqualTo(1);
            malloc.free(blocks.get(perArena));
            assertThat(system.mappedArenaCount()).as("the last arena is kept when it empties").isEqualTo(1);
        });
    }

    /** Everything PyMalloc is made of: 9.1, 9.2 and 9.3. */
    static void requireAll() {
        requireSizeClasses();
        requirePool();
        requireArena();
    }
}
