package pymem.pymalloc;

import java.util.List;

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
        throw new UnsupportedOperationException("TODO task 3: Arena.totalPools");
    }

    /** Pools not in use: the emptied ones waiting in freepools plus those never carved. */
    public int freePools() {
        throw new UnsupportedOperationException("TODO task 3: Arena.freePools");
    }

    /** Whether no pool of the arena is in use. */
    public boolean isCompletelyFree() {
        throw new UnsupportedOperationException("TODO task 3: Arena.isCompletelyFree");
    }

    /**
     * A pool to put to use: the most recently returned one if any (it keeps its size class and blocks),
     * else a newly carved pool at the next 16 KiB boundary, never initialised.
     *
     * @throws IllegalStateException if no pool is free
     */
    public Pool takePool() {
        throw new UnsupportedOperationException("TODO task 3: Arena.takePool");
    }

    /**
     * Takes back a pool of this arena that has become empty; {@link #takePool()} hands it out next.
     *
     * @throws IllegalArgumentException if the pool is not empty or not carved from this arena
     */
    public void returnPool(Pool pool) {
        throw new UnsupportedOperationException("TODO task 3: Arena.returnPool");
    }

    /** The carved pool whose 16 KiB hold {@code anyAddress}, or null (outside the arena or never carved). */
    public Pool poolContaining(long anyAddress) {
        throw new UnsupportedOperationException("TODO task 3: Arena.poolContaining");
    }

    /** The pools carved so far, in address order (in use or not), as a read-only list. */
    public List<Pool> carvedPools() {
        throw new UnsupportedOperationException("TODO task 3: Arena.carvedPools");
    }
}
