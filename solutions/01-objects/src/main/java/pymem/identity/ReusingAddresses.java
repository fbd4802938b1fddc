package pymem.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import pymem.model.Addresses;
import pymem.model.BumpAddresses;
import pymem.model.PyObject;

/**
 * Task 1: hands out object addresses ({@code id(x)}) the way CPython's allocator does: aligned to 16 bytes,
 * never shared by two live objects, and reused once an object is freed.
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
     * An address for {@code obj}: the most recently released address if any is waiting to be reused,
     * otherwise the next address above every one handed out so far.
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
     * Takes back {@code address}: the next {@link #allocate} returns it.
     *
     * @throws IllegalStateException if {@code address} is not held by a live object (never handed out,
     *     or already released: a double free)
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
