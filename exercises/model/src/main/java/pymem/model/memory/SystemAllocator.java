package pymem.model.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The simulated operating system and C library under pymalloc: no real memory, only addresses.
 *
 * <ul>
 *   <li>{@link #mapArena()} / {@link #unmapArena(long)} play mmap/munmap of a 1 MiB arena. Arenas come from
 *       their own region, each on a 1 MiB boundary (so each holds {@link MemoryLayout#POOLS_PER_ARENA}
 *       pools and none is lost to alignment); an address is never handed out twice.</li>
 *   <li>{@link #malloc(long)} / {@link #free(long)} play the C library's malloc/free, which CPython's
 *       object allocator calls for requests of 0 or more than 512 bytes. These blocks come from a
 *       separate region far above the arenas, 16-byte aligned.</li>
 * </ul>
 * Counters let tests (and statistics) see what the allocator above asked for.
 */
public final class SystemAllocator {
    /** Start of the arena region (1 MiB aligned). */
    public static final long ARENA_REGION = 1L << 32;
    /** Start of the region malloc hands out; arenas stay below it. */
    public static final long MALLOC_REGION = 1L << 44;

    private long nextArena = ARENA_REGION;
    private final Set<Long> mappedArenas = new HashSet<>();
    private long arenasMappedEver;
    private long arenasUnmappedEver;

    private long nextBlock = MALLOC_REGION;
    private final Map<Long, Long> liveBlocks = new HashMap<>(); // address -> requested size
    private long mallocCalls;
    private long freeCalls;

    /** mmap of one arena: a fresh, 1 MiB-aligned address range of {@link MemoryLayout#ARENA_SIZE} bytes. */
    public long mapArena() {
        long address = nextArena;
        nextArena += MemoryLayout.ARENA_SIZE;
        mappedArenas.add(address);
        arenasMappedEver++;
        return address;
    }

    /**
     * munmap of an arena {@link #mapArena()} returned.
     *
     * @throws IllegalStateException if {@code address} is not a mapped arena
     */
    public void unmapArena(long address) {
        if (!mappedArenas.remove(address)) {
            throw new IllegalStateException(String.format("munmap(0x%x): not a mapped arena", address));
        }
        arenasUnmappedEver++;
    }

    /** Whether {@code address} is the start of a currently mapped arena. */
    public boolean isMappedArena(long address) {
        return mappedArenas.contains(address);
    }

    /** Arenas mapped now. */
    public int mappedArenaCount() {
        return mappedArenas.size();
    }

    /** Arenas mapped since this allocator was created. */
    public long arenasMappedEver() {
        return arenasMappedEver;
    }

    /** Arenas unmapped since this allocator was created. */
    public long arenasUnmappedEver() {
        return arenasUnmappedEver;
    }

    /**
     * The C library's malloc: a fresh 16-byte-aligned block of at least {@code nbytes} bytes (malloc(0)
     * still returns a unique address, as glibc does).
     *
     * @throws IllegalArgumentException if {@code nbytes} is negative
     */
    public long malloc(long nbytes) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("malloc of a negative size: " + nbytes);
        }
        long address = nextBlock;
        long span = Math.max(MemoryLayout.ALIGNMENT, (nbytes + MemoryLayout.ALIGNMENT - 1) & -MemoryLayout.ALIGNMENT);
        nextBlock += span;
        liveBlocks.put(address, nbytes);
        mallocCalls++;
        return address;
    }

    /**
     * The C library's free of a block {@link #malloc(long)} returned.
     *
     * @throws InvalidFreeError (reason NOT_ALLOCATED) if {@code address} is not a live malloc block;
     *                          nothing changes then
     */
    public void free(long address) {
        if (liveBlocks.remove(address) == null) {
            throw new InvalidFreeError(address, InvalidFreeError.Reason.NOT_ALLOCATED);
        }
        freeCalls++;
    }

    /** Whether {@code address} is a live block of {@link #malloc(long)}. */
    public boolean isLiveBlock(long address) {
        return liveBlocks.containsKey(address);
    }

    /** Live malloc blocks. */
    public int liveBlockCount() {
        return liveBlocks.size();
    }

    /** Calls of malloc so far. */
    public long mallocCalls() {
        return mallocCalls;
    }

    /** Successful calls of free so far. */
    public long freeCalls() {
        return freeCalls;
    }
}
