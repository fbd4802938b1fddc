package pymem.pymalloc;

/**
 * A snapshot of the allocator in the layout of CPython's {@code sys._debugmallocstats()}: per size class
 * the pools in use, blocks in use and blocks still available in those pools; then the arena counters and
 * where every byte of the mapped arenas goes. The byte accounts always add up to
 * {@code arenasCurrent() * ARENA_SIZE}.
 */
public class MallocStats {
    private final long[] numPools;
    private final long[] blocksInUse;
    private final long[] availableBlocks;
    private final long arenasAllocatedTotal;
    private final long arenasHighwater;
    private final long arenasCurrent;
    private final long unusedPools;

    /**
     * Stores the counts (arrays indexed by size class, 32 entries each): pools with at least one block
     * in use, blocks in use and blocks available in them; arenas ever mapped, the most mapped at once,
     * mapped now; pools in no use (emptied or never carved) in the mapped arenas.
     */
    public MallocStats(long[] numPools, long[] blocksInUse, long[] availableBlocks, long arenasAllocatedTotal,
                       long arenasHighwater, long arenasCurrent, long unusedPools) {
        this.numPools = numPools;
        this.blocksInUse = blocksInUse;
        this.availableBlocks = availableBlocks;
        this.arenasAllocatedTotal = arenasAllocatedTotal;
        this.arenasHighwater = arenasHighwater;
        this.arenasCurrent = arenasCurrent;
        this.unusedPools = unusedPools;
    }

    /** Pools of class {@code sizeClass} with at least one block in use ("num pools"). */
    public long numPools(int sizeClass) {
        return numPools[sizeClass];
    }

    /** Blocks of class {@code sizeClass} in use ("blocks in use"). */
    public long blocksInUse(int sizeClass) {
        return blocksInUse[sizeClass];
    }

    /** Blocks that those pools can still hand out, freed or never used ("avail blocks"). */
    public long availableBlocks(int sizeClass) {
        return availableBlocks[sizeClass];
    }

    /** "# arenas allocated total": arenas ever mapped. */
    public long arenasAllocatedTotal() {
        return arenasAllocatedTotal;
    }

    /** "# arenas reclaimed": arenas given back to the system (allocated total minus current). */
    public long arenasReclaimed() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.arenasReclaimed");
    }

    /** "# arenas highwater mark": the most arenas mapped at one time. */
    public long arenasHighwater() {
        return arenasHighwater;
    }

    /** "# arenas allocated current": arenas mapped now. */
    public long arenasCurrent() {
        return arenasCurrent;
    }

    /** "N unused pools": pools of the mapped arenas with no block in use. */
    public long unusedPools() {
        return unusedPools;
    }

    /** "# bytes in allocated blocks": every block in use at its class's block size. */
    public long bytesInAllocatedBlocks() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.bytesInAllocatedBlocks");
    }

    /** "# bytes in available blocks": every available block of a pool in use, at its block size. */
    public long bytesInAvailableBlocks() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.bytesInAvailableBlocks");
    }

    /** The unused pools' bytes: {@code unusedPools() * POOL_SIZE}. */
    public long bytesInUnusedPools() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.bytesInUnusedPools");
    }

    /** "# bytes lost to pool headers": 48 bytes per pool in use. */
    public long bytesLostToPoolHeaders() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.bytesLostToPoolHeaders");
    }

    /** "# bytes lost to quantization": the tail too small for one more block, per pool in use. */
    public long bytesLostToQuantization() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.bytesLostToQuantization");
    }

    /** "Total": the sum of the byte accounts, which equals the mapped arenas' bytes. */
    public long totalBytes() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.totalBytes");
    }

    /**
     * The report as sys._debugmallocstats() prints its pymalloc part, line for line: the title and a blank
     * line, the column header, a row per size class that has a pool in use, a blank line, the arena
     * counters, a blank line, the byte accounts down to "Total". Every line ends with "\n". Summary lines
     * are CPython's: the label padded to 35 columns, '=', the value with thousands separators right-aligned
     * in 21 columns. (CPython goes on with its arena map and free lists: not modelled.)
     */
    public String format() {
        throw new UnsupportedOperationException("TODO task 6: MallocStats.format");
    }
}
