package pymem.pymalloc;

import java.util.List;
import pymem.model.memory.InvalidFreeError;
import pymem.model.memory.SystemAllocator;

/**
 * CPython 3.11's object allocator (PyObject_Malloc / PyObject_Free) over a simulated address space.
 *
 * <pre>
 *   usedpools[class] -> pool <-> pool <-> ...     partly used pools; the head serves the next request
 *   usable_arenas    -> arena <-> arena <-> ...   arenas with a free pool, fewest free pools first
 * </pre>
 * Both {@link #allocate} and {@link #free} must take constant time on their common path: no scan of the
 * pools or the arenas (the benchmark in bench/pymalloc.sh shows it).
 */
public class PyMalloc {
    private final SystemAllocator system;

    /** An allocator that asks {@code system} for arenas and for requests pymalloc does not serve. */
    public PyMalloc(SystemAllocator system) {
        this.system = system;
    }

    /**
     * PyObject_Malloc: the address of a block of at least {@code nbytes} bytes. 1..512 bytes come from
     * the first pool of usedpools for the request's size class; with none, from a pool of the first
     * usable arena (mapping a new arena when no arena is usable). 0 and larger requests go to the
     * system allocator's malloc.
     *
     * @throws IllegalArgumentException if {@code nbytes} is negative
     */
    public long allocate(long nbytes) {
        throw new UnsupportedOperationException("TODO task 4: PyMalloc.allocate");
    }

    /**
     * PyObject_Free: gives back a block {@link #allocate(long)} returned. A pool that was full rejoins the
     * front of its usedpools list; a pool left empty returns to its arena's freepools; the usable arenas
     * stay sorted by free pools; an arena left completely free is unmapped, unless it is the last usable
     * arena. Addresses outside every arena are the system allocator's.
     *
     * @throws InvalidFreeError if {@code address} is not a live block (never allocated, already freed,
     *         inside a block, unknown to the system allocator); nothing changes then
     */
    public void free(long address) {
        throw new UnsupportedOperationException("TODO task 5: PyMalloc.free");
    }

    /**
     * The addresses of the pools in usedpools[sizeClass], head (the pool serving the next request) first.
     *
     * @throws IllegalArgumentException if {@code sizeClass} is not 0..31
     */
    public List<Long> usedPoolAddresses(int sizeClass) {
        throw new UnsupportedOperationException("TODO task 4: PyMalloc.usedPoolAddresses");
    }

    /** The addresses of the usable arenas, head (the arena giving the next pool) first. */
    public List<Long> usableArenaAddresses() {
        throw new UnsupportedOperationException("TODO task 5: PyMalloc.usableArenaAddresses");
    }

    /**
     * What sys._debugmallocstats() would report now: per size class the pools with a block in use, their
     * blocks in use and available blocks; the arena counters; the unused pools of the mapped arenas.
     */
    public MallocStats stats() {
        throw new UnsupportedOperationException("TODO task 6: PyMalloc.stats");
    }
}
