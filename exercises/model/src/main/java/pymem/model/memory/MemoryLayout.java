package pymem.model.memory;

/**
 * The constants of CPython 3.11's small-object allocator (Objects/obmalloc.c) on 64-bit Linux. They are
 * given, not computed: exercise 09 builds the allocator on top of them.
 *
 * <pre>
 *   arena: 1 MiB = 64 pools                      pool: 16 KiB
 *   +--------+--------+-----+--------+           +--------+-------+-------+-----+-------+------+
 *   | pool 0 | pool 1 | ... | pool63 |           | header | blk 0 | blk 1 | ... | blk n | tail |
 *   +--------+--------+-----+--------+           +--------+-------+-------+-----+-------+------+
 *                                                  48 B     size    size          size   lost to
 *                                                                                        quantization
 * </pre>
 */
public final class MemoryLayout {
    /** Every block address is a multiple of this (bytes). */
    public static final int ALIGNMENT = 16;
    /** log2(ALIGNMENT): a size class index is {@code (nbytes - 1) >> ALIGNMENT_SHIFT}. */
    public static final int ALIGNMENT_SHIFT = 4;
    /** Requests of 1..512 bytes are small; 0 or more go to the system allocator. */
    public static final int SMALL_REQUEST_THRESHOLD = 512;
    /** 512 / 16 size classes: 16, 32, ..., 512 bytes. */
    public static final int NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
    /** A pool holds blocks of one size class (bytes, 16 KiB). */
    public static final int POOL_SIZE = 16 * 1024;
    /** sizeof(struct pool_header) on 64-bit: the first block starts this many bytes into its pool. */
    public static final int POOL_OVERHEAD = 48;
    /** An arena is what the allocator asks the system for at once (bytes, 1 MiB). */
    public static final int ARENA_SIZE = 1024 * 1024;
    /** Pools in an arena whose start is pool-aligned, as every arena of {@link SystemAllocator} is. */
    public static final int POOLS_PER_ARENA = ARENA_SIZE / POOL_SIZE;

    private MemoryLayout() {
    }
}
