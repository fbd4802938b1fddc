package pymem.pymalloc;

import pymem.model.memory.InvalidFreeError;

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
    private final long address;

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
        throw new UnsupportedOperationException("TODO task 2: Pool.init");
    }

    /** The size class the pool was last initialised for, or -1 if never. */
    public int sizeClass() {
        throw new UnsupportedOperationException("TODO task 2: Pool.sizeClass");
    }

    /**
     * Hands out a block: the most recently freed one if any, else the next never-used block (the first
     * one is at {@code address() + 48}, each next one a block size further).
     *
     * @return the block's address
     * @throws IllegalStateException if the pool is full or was never initialised
     */
    public long allocateBlock() {
        throw new UnsupportedOperationException("TODO task 2: Pool.allocateBlock");
    }

    /**
     * Takes back the block at {@code blockAddress}; it becomes the next block handed out.
     *
     * @throws InvalidFreeError if the address is not a block of this pool in use, with reason
     *         NOT_ALLOCATED (in the header, past the blocks, a block never handed out), ALREADY_FREED
     *         (handed out and freed since) or INSIDE_BLOCK (not a block's first byte). Nothing changes then.
     */
    public void freeBlock(long blockAddress) {
        throw new UnsupportedOperationException("TODO task 2: Pool.freeBlock");
    }

    /** Blocks handed out and not yet freed (CPython's {@code ref.count}). */
    public int blocksInUse() {
        throw new UnsupportedOperationException("TODO task 2: Pool.blocksInUse");
    }

    /** Blocks that could still be handed out: freed ones plus never-used ones. */
    public int availableBlocks() {
        throw new UnsupportedOperationException("TODO task 2: Pool.availableBlocks");
    }

    /** Whether every block of the pool is in use. */
    public boolean isFull() {
        throw new UnsupportedOperationException("TODO task 2: Pool.isFull");
    }

    /** Whether no block is in use. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO task 2: Pool.isEmpty");
    }
}
