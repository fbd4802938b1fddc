package pymem.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import pymem.model.Addresses;
import pymem.model.BumpAddresses;
import pymem.model.PyObject;

/**
 * Task 1: hands out object addresses ({@code id(x)}) the way CPython's allocator does.
 *
 * <p>Give one to a heap with {@code new Heap(new ReusingAddresses())}: the heap asks {@link #allocate} when
 * it registers an object and calls {@link #release} when it frees one.
 *
 * <ol>
 *   <li>Every address is a multiple of 16 (CPython's allocation alignment on 64-bit machines).</li>
 *   <li>No two live objects ever hold the same address.</li>
 *   <li>A released address is handed out again, most recently released first; only when none is waiting
 *       does the allocator take a new one, 16 bytes above the highest handed out so far, starting at
 *       {@link BumpAddresses#BASE}.</li>
 * </ol>
 */
public final class ReusingAddresses implements Addresses {
    /** Bytes between two neighbouring addresses: CPython's allocation alignment on 64-bit machines. */
    private static final long ALIGNMENT = 16;

    /** Freed addresses, most recently freed on top: pymalloc's free lists are last-in, first-out. */
    private final Deque<Long> freed = new ArrayDeque<>();
    /** Addresses held by live objects right now; guards against handing one out twice or freeing it twice. */
    private final Set<Long> inUse = new HashSet<>();
    /** The lowest address never handed out yet. */
    private long nextFresh = BumpAddresses.BASE;

    /** An allocator with every address free; the first one it hands out is {@link BumpAddresses#BASE}. */
    public ReusingAddresses() {
    }

    /**
     * An address for {@code obj}: the most recently released address if one is waiting to be reused,
     * otherwise the lowest address never handed out.
     *
     * @return a multiple of 16 that no live object has
     */
    @Override
    public long allocate(PyObject obj) {
        long address = freed.isEmpty() ? takeFresh() : freed.pop();
        inUse.add(address);
        return address;
    }

    private long takeFresh() {
        long address = nextFresh;
        nextFresh += ALIGNMENT;
        return address;
    }

    /**
     * Takes back {@code address}, which {@code obj} held: the next {@link #allocate} returns it.
     *
     * @throws IllegalStateException if no live object holds {@code address} (it was never handed out, or
     *     was released already: a double free)
     */
    @Override
    public void release(PyObject obj, long address) {
        if (!inUse.remove(address)) {
            throw new IllegalStateException("cannot release address 0x" + Long.toHexString(address)
                    + ": no live object has it (double free?)");
        }
        freed.push(address);
    }
}
