package pymem.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The registry of live objects: what exists right now, in the order it was created.
 *
 * <p>{@link #register} gives an object its address and makes it live; {@link #free} ends its life: the
 * object is marked freed and its address goes back to the {@link Addresses}. The heap decides nothing else:
 * it does not count references, does not know which objects are garbage, and its {@code new...} factories
 * make a brand-new object on every call (no caches, no singletons: those are exercises).
 *
 * <pre>
 *   Heap heap = new Heap();
 *   PyList xs = heap.newList(heap.newInt(1), heap.newInt(2));   // [1, 2]: three live objects
 *   heap.free(xs);                                               // two live objects
 * </pre>
 */
public final class Heap {
    private final Addresses addresses;
    /**
     * Live objects in creation order. A freed object leaves a hole ({@code null}) that is squeezed out once
     * holes outnumber live objects; each object knows its index ({@code heapSlot}), so registering, freeing
     * and {@link #isLive} are O(1) without hashing, even for millions of objects.
     */
    private final ArrayList<PyObject> slots = new ArrayList<>();
    private int liveCount;
    /** Bumped whenever slots move, so that an iteration in progress can notice. */
    private int compactions;

    public Heap(Addresses addresses) {
        this.addresses = addresses;
        ModelWatch.heapCreated(this);
    }

    /** A heap whose addresses are never reused. */
    public Heap() {
        this(new BumpAddresses());
    }

    /** Makes {@code obj} live and gives it an address; returns it for chaining. */
    public <T extends PyObject> T register(T obj) {
        if (obj.isFreed() || obj.heapSlot >= 0) {
            throw new IllegalStateException("cannot register " + obj + ": it is already live or was freed");
        }
        obj.assignAddress(addresses.allocate(obj));
        obj.heapSlot = slots.size();
        slots.add(obj);
        liveCount++;
        return obj;
    }

    /** Ends the life of {@code obj}: it leaves the registry, is marked freed, and its address is released. */
    public void free(PyObject obj) {
        if (!isLive(obj)) {
            throw new IllegalStateException("cannot free " + obj + ": it is not live on this heap");
        }
        slots.set(obj.heapSlot, null);
        obj.heapSlot = -1;
        liveCount--;
        obj.markFreed();
        addresses.release(obj, obj.address());
        if (slots.size() > 1024 && liveCount < slots.size() / 2) {
            compact();
        }
    }

    public boolean isLive(PyObject obj) {
        int slot = obj.heapSlot;
        return slot >= 0 && slot < slots.size() && slots.get(slot) == obj;
    }

    public int liveCount() {
        return liveCount;
    }

    /**
     * The live objects in creation order: a read-only view. Freeing objects while iterating it is allowed (the
     * iteration skips them) as long as no compaction happens; to free many, iterate over a copy.
     */
    public Collection<PyObject> liveObjects() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<PyObject> iterator() {
                return new Iterator<>() {
                    private final int expectedCompactions = compactions;
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < slots.size() && slots.get(i) == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        if (compactions != expectedCompactions) {
                            throw new ConcurrentModificationException("the heap was compacted while its live objects were iterated");
                        }
                        next = advance(next);
                        return next < slots.size();
                    }

                    @Override
                    public PyObject next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return slots.get(next++);
                    }
                };
            }

            @Override
            public int size() {
                return liveCount;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof PyObject p && isLive(p);
            }
        };
    }

    private void compact() {
        int to = 0;
        for (int from = 0; from < slots.size(); from++) {
            PyObject obj = slots.get(from);
            if (obj != null) {
                obj.heapSlot = to;
                slots.set(to++, obj);
            }
        }
        slots.subList(to, slots.size()).clear();
        compactions++;
    }

    // ---- factories: each makes and registers a new object -------------------------------------------

    public PyInt newInt(long value) {
        return register(new PyInt(value));
    }

    public PyInt newInt(BigInteger value) {
        return register(new PyInt(value));
    }

    public PyBool newBool(boolean value) {
        return register(new PyBool(value));
    }

    public PyFloat newFloat(double value) {
        return register(new PyFloat(value));
    }

    public PyComplex newComplex(double real, double imag) {
        return register(new PyComplex(real, imag));
    }

    public PyNone newNone() {
        return register(new PyNone());
    }

    public PyStr newStr(String value) {
        return register(new PyStr(value));
    }

    public PyBytes newBytes(byte[] value) {
        return register(new PyBytes(value));
    }

    public PyByteArray newByteArray(byte[] value) {
        return register(new PyByteArray(value));
    }

    public PyTuple newTuple(PyObject... items) {
        return register(new PyTuple(Arrays.asList(items)));
    }

    public PyList newList(PyObject... items) {
        return register(new PyList(Arrays.asList(items)));
    }

    public PyList newList(List<? extends PyObject> items) {
        return register(new PyList(items));
    }

    public PyDict newDict() {
        return register(new PyDict());
    }

    public PySet newSet(PyObject... elements) {
        return register(new PySet(Arrays.asList(elements)));
    }

    public PyFrozenSet newFrozenSet(PyObject... elements) {
        return register(new PyFrozenSet(Arrays.asList(elements)));
    }

    public PyClass newClass(String name) {
        return register(new PyClass(name));
    }

    public PyInstance newInstance(PyClass cls) {
        return register(new PyInstance(cls));
    }

    public PyFunction newFunction(String name, PyCallable body) {
        return register(new PyFunction(name, body));
    }

    public PyCell newCell(PyObject contents) {
        return register(new PyCell(contents));
    }
}
