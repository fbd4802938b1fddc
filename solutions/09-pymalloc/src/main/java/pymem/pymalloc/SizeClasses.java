package pymem.pymalloc;

import pymem.model.memory.MemoryLayout;

/**
 * The 32 size classes of pymalloc: a small request is rounded up to the next multiple of 16 bytes and
 * served from a pool that holds only blocks of that size.
 *
 * <pre>
 *   request (bytes)   1..16  17..32  33..48  ...  497..512
 *   class index         0      1       2     ...     31
 *   block size         16     32      48     ...    512
 * </pre>
 * The constants are in {@link pymem.model.memory.MemoryLayout}.
 */
public final class SizeClasses {
    private SizeClasses() {
    }

    /** Whether pymalloc serves a request of {@code nbytes}: 1 to 512 bytes. 0 and larger go to the system. */
    public static boolean isSmall(long nbytes) {
        return nbytes > 0 && nbytes <= MemoryLayout.SMALL_REQUEST_THRESHOLD;
    }

    /**
     * The size class index of a small request, CPython's {@code (nbytes - 1) >> 4}: 1..16 bytes give 0,
     * 17..32 give 1, ..., 497..512 give 31.
     *
     * @throws IllegalArgumentException if the request is not small
     */
    public static int indexOf(long nbytes) {
        if (!isSmall(nbytes)) {
            throw new IllegalArgumentException("not a small request: " + nbytes + " bytes");
        }
        return (int) ((nbytes - 1) >> MemoryLayout.ALIGNMENT_SHIFT);
    }

    /**
     * The block size of class {@code index} in bytes, CPython's INDEX2SIZE: 16 for class 0, 512 for 31.
     *
     * @throws IllegalArgumentException if {@code index} is not 0..31
     */
    public static int blockSize(int index) {
        checkIndex(index);
        return (index + 1) << MemoryLayout.ALIGNMENT_SHIFT;
    }

    /**
     * How many blocks of class {@code index} fit in one pool after its 48-byte header: 1021 for 16 bytes,
     * 31 for 512. The bytes left over at the pool's end are lost to quantization.
     *
     * @throws IllegalArgumentException if {@code index} is not 0..31
     */
    public static int blocksPerPool(int index) {
        return (MemoryLayout.POOL_SIZE - MemoryLayout.POOL_OVERHEAD) / blockSize(index);
    }

    private static void checkIndex(int index) {
        if (index < 0 || index >= MemoryLayout.NB_SMALL_SIZE_CLASSES) {
            throw new IllegalArgumentException("no size class " + index);
        }
    }
}
