package pymem.pymalloc;

import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.MemoryLayout;

/**
 * One 16 KiB pool: a 48-byte header, then blocks of a single size class.
 *
 * <pre>
 *   address      +48          +48+size     ...                      end of pool
 *   | header     | block 0    | block 1    | ... | never used ...     | tail |
 *                  in use       free ------> next free block (LIFO)
 * </pre>
 * A freed block goes on top of the pool's free list and is the next one handed out; only when the free
 * list is empty is the next never-used block carved. You decide how to keep the free list (CPython
 * threads it through the free blocks themselves; here no memory exists, so use Java fields).
 * You may add package-private fields, for instance the links of the lists {@link PyMalloc} and
 * {@link Arena} keep pools in.
 */
public class Pool {
    private static final int MAX_BLOCKS = SizeClasses.blocksPerPool(0);
    private static final int NO_BLOCK = -1;

    private final long address;
    private int sizeClass = -1;
    private int blockSize;
    private int capacity;
    /** Blocks handed out and not freed. */
    private int inUse;
    /** Blocks 0..nextIndex-1 have been handed out at least once; the rest were never used. */
    private int nextIndex;
    /** Top of the LIFO free list (a block index), threaded through nextFree. */
    private int freeHead = NO_BLOCK;
    private int[] nextFree;
    private boolean[] live;

    // Links owned by PyMalloc (usedpools) and Arena (freepools); null when in no list.
    Pool prevUsed;
    Pool nextUsed;
    Pool nextFreePool;

    /** A pool whose header is at {@code address} (a multiple of 16 KiB); call {@link #init} before use. */
    public Pool(long address) {
        this.address = address;
    }

    /** The pool's address: where its header starts. */
    public long address() {
        return address;
    }

    /**
     * Prepares the pool for blocks of class {@code sizeClass}: no block in use, every block never used,
     * the free list empty. Whatever the pool held before is forgotten.
     *
     * @throws IllegalArgumentException if {@code sizeClass} is not 0..31
     */
    public void init(int sizeClass) {
        this.blockSize = SizeClasses.blockSize(sizeClass);
        this.sizeClass = sizeClass;
        this.capacity = SizeClasses.blocksPerPool(sizeClass);
        if (nextFree == null) {
            // Sized for the smallest class, so a pool re-initialised for another class never reallocates.
            // Stale flags need no clearing: only blocks below nextIndex are read, and carving sets them.
            nextFree = new int[MAX_BLOCKS];
            live = new boolean[MAX_BLOCKS];
        }
        inUse = 0;
        nextIndex = 0;
        freeHead = NO_BLOCK;
    }

    /** The size class the pool was last initialised for, or -1 if never. */
    public int sizeClass() {
        return sizeClass;
    }

    /**
     * Hands out a block: the most recently freed one if any, else the next never-used block (the first
     * one is at {@code address() + 48}, each next one a block size further).
     *
     * @return the block's address
     * @throws IllegalStateException if the pool is full or was never initialised
     */
    public long allocateBlock() {
        int index;
        if (freeHead != NO_BLOCK) {
            index = freeHead;
            freeHead = nextFree[index];
        } else if (nextIndex < capacity) {
            index = nextIndex++;
        } else {
            throw new IllegalStateException(String.format("pool 0x%x has no free block", address));
        }
        live[index] = true;
        inUse++;
        return addressOf(index);
    }

    /**
     * Takes back the block at {@code blockAddress}; it becomes the next block handed out.
     *
     * @throws InvalidFreeError if the address is not a block of this pool in use, with reason
     *         NOT_ALLOCATED (in the header, past the blocks, a block never handed out), ALREADY_FREED
     *         (handed out and freed since) or INSIDE_BLOCK (not a block's first byte). Nothing changes then.
     */
    public void freeBlock(long blockAddress) {
        int index = liveIndexOf(blockAddress);
        live[index] = false;
        nextFree[index] = freeHead;
        freeHead = index;
        inUse--;
    }

    private int liveIndexOf(long blockAddress) {
        long offset = blockAddress - address - MemoryLayout.POOL_OVERHEAD;
        if (sizeClass < 0 || offset < 0 || offset >= (long) nextIndex * blockSize) {
            throw new InvalidFreeError(blockAddress, InvalidFreeError.Reason.NOT_ALLOCATED);
        }
        if (offset % blockSize != 0) {
            throw new InvalidFreeError(blockAddress, InvalidFreeError.Reason.INSIDE_BLOCK);
        }
        int index = (int) (offset / blockSize);
        if (!live[index]) {
            throw new InvalidFreeError(blockAddress, InvalidFreeError.Reason.ALREADY_FREED);
        }
        return index;
    }

    private long addressOf(int index) {
        return address + MemoryLayout.POOL_OVERHEAD + (long) index * blockSize;
    }

    /** Blocks handed out and not yet freed (CPython's {@code ref.count}). */
    public int blocksInUse() {
        return inUse;
    }

    /** Blocks that could still be handed out: freed ones plus never-used ones. */
    public int availableBlocks() {
        return capacity - inUse;
    }

    /** Whether every block of the pool is in use. */
    public boolean isFull() {
        return sizeClass >= 0 && inUse == capacity;
    }

    /** Whether no block is in use. */
    public boolean isEmpty() {
        return inUse == 0;
    }
}
