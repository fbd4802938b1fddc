package pymem.identity;

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
        throw new UnsupportedOperationException("TODO task 1: ReusingAddresses.allocate");
    }

    /**
     * Takes back {@code address}, which {@code obj} held: the next {@link #allocate} returns it.
     *
     * @throws IllegalStateException if no live object holds {@code address} (it was never handed out, or
     *     was released already: a double free)
     */
    @Override
    public void release(PyObject obj, long address) {
        throw new UnsupportedOperationException("TODO task 1: ReusingAddresses.release");
    }
}
