package pymem.pymalloc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pymem.model.memory.MemoryLayout;

/**
 * One 1 MiB arena: 64 pools, carved one at a time from its start, and a stack of pools that became
 * empty (CPython's {@code freepools}).
 *
 * <pre>
 *   address                                        address + 1 MiB
 *   | pool 0 | pool 1 | pool 2 | ... | never carved ... |
 *     used     empty    used           next carved pool
 *              freepools (the most recently emptied first)
 * </pre>
 * You may add package-private fields, for instance the links of the usable-arenas list {@link PyMalloc}
 * keeps.
 */
public class Arena {
    private final long address;
    private final List<Pool> carved = new ArrayList<>();
    /** Top of the freepools stack, linked through Pool.nextFreePool. */
    private Pool freePoolsHead;
    private int emptied;

    // Links owned by PyMalloc's usable_arenas list.
    Arena prevUsable;
    Arena nextUsable;

    /** An arena that starts at {@code address} (a multiple of 1 MiB) with no pool carved yet. */
    public Arena(long address) {
        this.address = address;
    }

    /** Where the arena starts. */
    public long address() {
        return address;
    }

    /** Pools in this arena, used or not: 64. */
    public int totalPools() {
        return MemoryLayout.POOLS_PER_ARENA;
    }

    /** Pools not in use: the emptied ones waiting in freepools plus those never carved. */
    public int freePools() {
        return emptied + MemoryLayout.POOLS_PER_ARENA - carved.size();
    }

    /** Whether no pool of the arena is in use. */
    public boolean isCompletelyFree() {
        return freePools() == totalPools();
    }

    /**
     * A pool to put to use: the most recently returned one if any (it keeps its size class and blocks),
     * else a newly carved pool at the next 16 KiB boundary, never initialised.
     *
     * @throws IllegalStateException if no pool is free
     */
    public Pool takePool() {
        Pool pool = freePoolsHead;
        if (pool != null) {
            freePoolsHead = pool.nextFreePool;
            pool.nextFreePool = null;
            emptied--;
            return pool;
        }
        if (carved.size() == MemoryLayout.POOLS_PER_ARENA) {
            throw new IllegalStateException(String.format("arena 0x%x has no free pool", address));
        }
        pool = new Pool(address + (long) carved.size() * MemoryLayout.POOL_SIZE);
        carved.add(pool);
        return pool;
    }

    /**
     * Takes back a pool of this arena that has become empty; {@link #takePool()} hands it out next.
     *
     * @throws IllegalArgumentException if the pool is not empty or not carved from this arena
     */
    public void returnPool(Pool pool) {
        if (!pool.isEmpty() || poolContaining(pool.address()) != pool) {
            throw new IllegalArgumentException(String.format("pool 0x%x cannot return to arena 0x%x",
                    pool.address(), address));
        }
        pool.nextFreePool = freePoolsHead;
        freePoolsHead = pool;
        emptied++;
    }

    /** The carved pool whose 16 KiB hold {@code anyAddress}, or null (outside the arena or never carved). */
    public Pool poolContaining(long anyAddress) {
        long offset = anyAddress - address;
        if (offset < 0 || offset >= MemoryLayout.ARENA_SIZE) {
            return null;
        }
        int index = (int) (offset / MemoryLayout.POOL_SIZE);
        return index < carved.size() ? carved.get(index) : null;
    }

    /** The pools carved so far, in address order (in use or not), as a read-only list. */
    public List<Pool> carvedPools() {
        return Collections.unmodifiableList(carved);
    }
}
