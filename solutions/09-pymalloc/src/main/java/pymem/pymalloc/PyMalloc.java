package pymem.pymalloc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.MemoryLayout;
import pymem.model.memory.SystemAllocator;

/**
 * CPython 3.11's object allocator (PyObject_Malloc / PyObject_Free) over a simulated address space.
 *
 * <pre>
 *   usedpools[class] -> pool <-> pool <-> ...     partly used pools; the head serves the next request
 *   usable_arenas    -> arena <-> arena <-> ...   arenas with a free pool, fewest free pools first
 * </pre>
 * Both {@link #allocate} and {@link #free} must take constant time on their common path: no scan of the
 * pools or the arenas (the benchmark in bench/pymalloc.sh shows it).
 */
public class PyMalloc {
    private final SystemAllocator system;
    /** Head of the partly used pools of each size class; a full or empty pool is in no such list. */
    private final Pool[] usedPools = new Pool[MemoryLayout.NB_SMALL_SIZE_CLASSES];
    private final UsableArenas usableArenas = new UsableArenas();
    /** Every arena currently mapped, keyed by address / ARENA_SIZE. */
    private final Map<Long, Arena> arenas = new HashMap<>();
    private long arenasAllocatedTotal;
    private long arenasHighwater;

    /** An allocator that asks {@code system} for arenas and for requests pymalloc does not serve. */
    public PyMalloc(SystemAllocator system) {
        this.system = system;
    }

    /**
     * PyObject_Malloc: the address of a block of at least {@code nbytes} bytes. 1..512 bytes come from
     * the first pool of usedpools for the request's size class; with none, from a pool of the first
     * usable arena (mapping a new arena when no arena is usable). 0 and larger requests go to the
     * system allocator's malloc.
     *
     * @throws IllegalArgumentException if {@code nbytes} is negative
     */
    public long allocate(long nbytes) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("cannot allocate a negative size: " + nbytes);
        }
        if (!SizeClasses.isSmall(nbytes)) {
            return system.malloc(nbytes);
        }
        int sizeClass = SizeClasses.indexOf(nbytes);
        Pool pool = usedPools[sizeClass];
        if (pool == null) {
            return allocateFromNewPool(sizeClass);
        }
        long block = pool.allocateBlock();
        if (pool.isFull()) {
            unlinkUsed(pool);
        }
        return block;
    }

    private long allocateFromNewPool(int sizeClass) {
        if (usableArenas.head() == null) {
            usableArenas.addFresh(newArena());
        }
        Arena arena = usableArenas.head();
        usableArenas.beforeHeadTakesPool();
        Pool pool = arena.takePool();
        usableArenas.afterHeadTookPool();
        linkUsedFront(pool, sizeClass);
        if (pool.sizeClass() != sizeClass) {
            // A pool that last held this class keeps its free list, as CPython's does.
            pool.init(sizeClass);
        }
        return pool.allocateBlock();
    }

    private Arena newArena() {
        Arena arena = new Arena(system.mapArena());
        arenas.put(arena.address() / MemoryLayout.ARENA_SIZE, arena);
        arenasAllocatedTotal++;
        arenasHighwater = Math.max(arenasHighwater, arenas.size());
        return arena;
    }

    /**
     * PyObject_Free: gives back a block {@link #allocate(long)} returned. A pool that was full rejoins the
     * front of its usedpools list; a pool left empty returns to its arena's freepools; the usable arenas
     * stay sorted by free pools; an arena left completely free is unmapped, unless it is the last usable
     * arena. Addresses outside every arena are the system allocator's.
     *
     * @throws InvalidFreeError if {@code address} is not a live block (never allocated, already freed,
     *         inside a block, unknown to the system allocator); nothing changes then
     */
    public void free(long address) {
        Arena arena = arenas.get(Math.floorDiv(address, MemoryLayout.ARENA_SIZE));
        if (arena == null) {
            system.free(address);
            return;
        }
        Pool pool = arena.poolContaining(address);
        if (pool == null) {
            throw new InvalidFreeError(address, InvalidFreeError.Reason.NOT_ALLOCATED);
        }
        boolean wasFull = pool.isFull();
        pool.freeBlock(address);
        if (wasFull) {
            linkUsedFront(pool, pool.sizeClass());
        } else if (pool.isEmpty()) {
            unlinkUsed(pool);
            int oldFree = arena.freePools();
            arena.returnPool(pool);
            if (usableArenas.poolReturned(arena, oldFree)) {
                arenas.remove(arena.address() / MemoryLayout.ARENA_SIZE);
                system.unmapArena(arena.address());
            }
        }
    }

    private void linkUsedFront(Pool pool, int sizeClass) {
        Pool head = usedPools[sizeClass];
        pool.prevUsed = null;
        pool.nextUsed = head;
        if (head != null) {
            head.prevUsed = pool;
        }
        usedPools[sizeClass] = pool;
    }

    private void unlinkUsed(Pool pool) {
        if (pool.prevUsed == null) {
            usedPools[pool.sizeClass()] = pool.nextUsed;
        } else {
            pool.prevUsed.nextUsed = pool.nextUsed;
        }
        if (pool.nextUsed != null) {
            pool.nextUsed.prevUsed = pool.prevUsed;
        }
        pool.prevUsed = null;
        pool.nextUsed = null;
    }

    /**
     * The addresses of the pools in usedpools[sizeClass], head (the pool serving the next request) first.
     *
     * @throws IllegalArgumentException if {@code sizeClass} is not 0..31
     */
    public List<Long> usedPoolAddresses(int sizeClass) {
        SizeClasses.blockSize(sizeClass); // validates the index
        List<Long> result = new ArrayList<>();
        for (Pool p = usedPools[sizeClass]; p != null; p = p.nextUsed) {
            result.add(p.address());
        }
        return result;
    }

    /** The addresses of the usable arenas, head (the arena giving the next pool) first. */
    public List<Long> usableArenaAddresses() {
        return usableArenas.addresses();
    }

    /**
     * What sys._debugmallocstats() would report now: per size class the pools with a block in use, their
     * blocks in use and available blocks; the arena counters; the unused pools of the mapped arenas.
     */
    public MallocStats stats() {
        int classes = MemoryLayout.NB_SMALL_SIZE_CLASSES;
        long[] pools = new long[classes];
        long[] inUse = new long[classes];
        long[] available = new long[classes];
        long unusedPools = 0;
        for (Arena arena : arenas.values()) {
            unusedPools += arena.freePools();
            for (Pool pool : arena.carvedPools()) {
                if (!pool.isEmpty()) {
                    int c = pool.sizeClass();
                    pools[c]++;
                    inUse[c] += pool.blocksInUse();
                    available[c] += pool.availableBlocks();
                }
            }
        }
        return new MallocStats(pools, inUse, available, arenasAllocatedTotal, arenasHighwater,
                arenas.size(), unusedPools);
    }
}
