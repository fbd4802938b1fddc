package pymem.pymalloc;

import java.util.Locale;
import pymem.model.memory.MemoryLayout;

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
        this.numPools = numPools.clone();
        this.blocksInUse = blocksInUse.clone();
        this.availableBlocks = availableBlocks.clone();
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
        return arenasAllocatedTotal - arenasCurrent;
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
        return sumTimesBlockSize(blocksInUse);
    }

    /** "# bytes in available blocks": every available block of a pool in use, at its block size. */
    public long bytesInAvailableBlocks() {
        return sumTimesBlockSize(availableBlocks);
    }

    /** The unused pools' bytes: {@code unusedPools() * POOL_SIZE}. */
    public long bytesInUnusedPools() {
        return unusedPools * MemoryLayout.POOL_SIZE;
    }

    /** "# bytes lost to pool headers": 48 bytes per pool in use. */
    public long bytesLostToPoolHeaders() {
        long total = 0;
        for (long pools : numPools) {
            total += pools * MemoryLayout.POOL_OVERHEAD;
        }
        return total;
    }

    /** "# bytes lost to quantization": the tail too small for one more block, per pool in use. */
    public long bytesLostToQuantization() {
        long total = 0;
        for (int c = 0; c < numPools.length; c++) {
            total += numPools[c] * ((MemoryLayout.POOL_SIZE - MemoryLayout.POOL_OVERHEAD) % SizeClasses.blockSize(c));
        }
        return total;
    }

    /** "Total": the sum of the byte accounts, which equals the mapped arenas' bytes. */
    public long totalBytes() {
        return bytesInAllocatedBlocks() + bytesInAvailableBlocks() + bytesInUnusedPools()
                + bytesLostToPoolHeaders() + bytesLostToQuantization();
    }

    private long sumTimesBlockSize(long[] perClass) {
        long total = 0;
        for (int c = 0; c < perClass.length; c++) {
            total += perClass[c] * SizeClasses.blockSize(c);
        }
        return total;
    }

    /**
     * The report as sys._debugmallocstats() prints its pymalloc part, line for line: the title and a blank
     * line, the column header, a row per size class that has a pool in use, a blank line, the arena
     * counters, a blank line, the byte accounts down to "Total". Every line ends with "\n". Summary lines
     * are CPython's: the label padded to 35 columns, '=', the value with thousands separators right-aligned
     * in 21 columns. (CPython goes on with its arena map and free lists: not modelled.)
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Small block threshold = %d, in %d size classes.\n\n",
                MemoryLayout.SMALL_REQUEST_THRESHOLD, MemoryLayout.NB_SMALL_SIZE_CLASSES));
        out.append("class   size   num pools   blocks in use  avail blocks\n");
        out.append("-----   ----   ---------   -------------  ------------\n");
        for (int c = 0; c < numPools.length; c++) {
            if (numPools[c] > 0) {
                out.append(String.format(Locale.ROOT, "%5d %6d %11d %15d %13d\n", c, SizeClasses.blockSize(c),
                        numPools[c], blocksInUse[c], availableBlocks[c]));
            }
        }
        out.append('\n');
        line(out, "# arenas allocated total", arenasAllocatedTotal);
        line(out, "# arenas reclaimed", arenasReclaimed());
        line(out, "# arenas highwater mark", arenasHighwater);
        line(out, "# arenas allocated current", arenasCurrent);
        line(out, arenasCurrent + " arenas * " + MemoryLayout.ARENA_SIZE + " bytes/arena",
                arenasCurrent * MemoryLayout.ARENA_SIZE);
        out.append('\n');
        line(out, "# bytes in allocated blocks", bytesInAllocatedBlocks());
        line(out, "# bytes in available blocks", bytesInAvailableBlocks());
        line(out, unusedPools + " unused pools * " + MemoryLayout.POOL_SIZE + " bytes", bytesInUnusedPools());
        line(out, "# bytes lost to pool headers", bytesLostToPoolHeaders());
        line(out, "# bytes lost to quantization", bytesLostToQuantization());
        line(out, "# bytes lost to arena alignment", 0);
        line(out, "Total", totalBytes());
        return out.toString();
    }

    /** CPython's printone: the label padded to 35 columns, '=', the value with commas right-aligned in 21. */
    private static void line(StringBuilder out, String label, long value) {
        out.append(String.format(Locale.ROOT, "%-35s=%21s\n", label, String.format(Locale.ROOT, "%,d", value)));
    }
}
