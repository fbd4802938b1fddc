package pymem.pymalloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.SystemAllocator;

/**
 * The visible tests of exercise 09-pymalloc, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class PymallocTest {
    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Size classes")
    class Task1 {
        @Test
        @Tag("concept:9.1")
        @DisplayName("round a request up to the next multiple of 16 bytes")
        void roundsUpToSixteen() {
            // GIVEN requests on both sides of a class boundary
            // WHEN their classes are computed, THEN 1..16 is class 0, 17..32 class 1, 512 class 31
            assertThat(SizeClasses.indexOf(1)).as("1 byte is class 0").isEqualTo(0);
            assertThat(SizeClasses.indexOf(16)).as("16 bytes is class 0").isEqualTo(0);
            assertThat(SizeClasses.indexOf(17)).as("17 bytes is class 1").isEqualTo(1);
            assertThat(SizeClasses.indexOf(512)).as("512 bytes is class 31").isEqualTo(31);
            assertThat(SizeClasses.blockSize(1)).as("class 1 holds 32-byte blocks").isEqualTo(32);
        }

        @Test
        @Tag("concept:9.1")
        @DisplayName("leave 0 bytes and more than 512 bytes to the system allocator")
        void smallRequests() {
            assertThat(SizeClasses.isSmall(0)).as("0 bytes is not small").isFalse();
            assertThat(SizeClasses.isSmall(512)).as("512 bytes is small").isTrue();
            assertThat(SizeClasses.isSmall(513)).as("513 bytes is not small").isFalse();
            assertThatThrownBy(() -> SizeClasses.indexOf(513)).as("513 bytes has no size class")
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @Tag("concept:9.1")
        @DisplayName("fit 1021 blocks of 16 bytes and 31 blocks of 512 bytes in a pool")
        void blocksPerPool() {
            // (16384 - 48) / 16 and (16384 - 48) / 512
            assertThat(SizeClasses.blocksPerPool(0)).as("16-byte blocks per pool").isEqualTo(1021);
            assertThat(SizeClasses.blocksPerPool(3)).as("64-byte blocks per pool").isEqualTo(255);
            assertThat(SizeClasses.blocksPerPool(31)).as("512-byte blocks per pool").isEqualTo(31);
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: A pool and its free list")
    class Task2 {
        private static final long POOL = 1L << 32;

        @Test
        @Tag("concept:9.2")
        @DisplayName("hands out its first block right after the 48-byte header")
        void firstBlockAfterHeader() {
            // GIVEN a pool for 32-byte blocks
            Pool pool = new Pool(POOL);
            pool.init(1);
            // WHEN two blocks are handed out, THEN they are at +48 and +80
            assertThat(pool.allocateBlock()).as("first block").isEqualTo(POOL + 48);
            assertThat(pool.allocateBlock()).as("second block").isEqualTo(POOL + 80);
            assertThat(pool.blocksInUse()).as("two blocks in use").isEqualTo(2);
        }

        @Test
        @Tag("concept:9.2")
        @DisplayName("hands out the block freed last first")
        void lifo() {
            // GIVEN three blocks, of which the first and the second are freed in that order
            Pool pool = new Pool(POOL);
            pool.init(0);
            long a = pool.allocateBlock();
            long b = pool.allocateBlock();
            pool.allocateBlock();
            pool.freeBlock(a);
            pool.freeBlock(b);
            // WHEN blocks are requested THEN b comes back first, then a
            assertThat(pool.allocateBlock()).as("last freed, first reused").isEqualTo(b);
            assertThat(pool.allocateBlock()).as("then the one freed before").isEqualTo(a);
        }

        @Test
        @Tag("concept:9.2")
        @DisplayName("is full after 31 blocks of 512 bytes")
        void full() {
            Pool pool = new Pool(POOL);
            pool.init(31);
            for (int i = 0; i < 31; i++) {
                pool.allocateBlock();
            }
            assertThat(pool.isFull()).as("31 blocks of 512 bytes fill a pool").isTrue();
            assertThatThrownBy(pool::allocateBlock).as("no 32nd block").isInstanceOf(IllegalStateException.class);
        }

        @Test
        @Tag("concept:9.7")
        @DisplayName("refuses a double free")
        void doubleFree() {
            Pool pool = new Pool(POOL);
            pool.init(0);
            long a = pool.allocateBlock();
            pool.freeBlock(a);
            assertThatThrownBy(() -> pool.freeBlock(a)).as("the second free of a block")
                    .isInstanceOfSatisfying(InvalidFreeError.class, e -> assertThat(e.reason())
                            .isEqualTo(InvalidFreeError.Reason.ALREADY_FREED));
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: An arena and its free pools")
    class Task3 {
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

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: `PyMalloc.allocate`")
    class Task4 {
        private static final long ARENA = SystemAllocator.ARENA_REGION;
        private final SystemAllocator system = new SystemAllocator();
        private final PyMalloc malloc = new PyMalloc(system);

        @Test
        @Tag("concept:9.4")
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
        @DisplayName("uses a separate pool for another size class")
        void separatePools() {
            malloc.allocate(16);
            assertThat(malloc.allocate(100)).as("class 6 gets the second pool").isEqualTo(ARENA + 16384 + 48);
        }

        @Test
        @Tag("concept:9.1")
        @DisplayName("passes large requests to the system allocator")
        void largeRequests() {
            malloc.allocate(1000);
            assertThat(system.liveBlockCount()).as("a 1000-byte request is the system's").isEqualTo(1);
            assertThat(system.mappedArenaCount()).as("no arena for it").isZero();
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: `PyMalloc.free` and the arenas")
    class Task5 {
        private static final long ARENA = SystemAllocator.ARENA_REGION;
        private final SystemAllocator system = new SystemAllocator();
        private final PyMalloc malloc = new PyMalloc(system);

        @Test
        @Tag("concept:9.4")
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
        @DisplayName("refuses to free a block twice")
        void doubleFree() {
            long x = malloc.allocate(16);
            malloc.free(x);
            assertThatThrownBy(() -> malloc.free(x)).as("double free")
                    .isInstanceOf(InvalidFreeError.class);
        }

        @Test
        @Tag("concept:9.6")
        @DisplayName("keeps the last arena mapped when it becomes completely free")
        void keepsLastArena() {
            long x = malloc.allocate(16);
            malloc.free(x);
            assertThat(system.mappedArenaCount()).as("the last arena is kept").isEqualTo(1);
            assertThat(malloc.usableArenaAddresses()).as("and stays usable").containsExactly(ARENA);
        }
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: Statistics")
    class Task6 {
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
}
