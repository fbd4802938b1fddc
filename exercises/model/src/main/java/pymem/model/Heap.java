package pymem.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    /** Live objects in creation order; PyObject equality is identity, so this is an identity set. */
    private final Set<PyObject> live = new LinkedHashSet<>();

    public Heap(Addresses addresses) {
        this.addresses = addresses;
    }

    /** A heap whose addresses are never reused. */
    public Heap() {
        this(new BumpAddresses());
    }

    /** Makes {@code obj} live and gives it an address; returns it for chaining. */
    public <T extends PyObject> T register(T obj) {
        if (obj.isFreed() || live.contains(obj)) {
            throw new IllegalStateException("cannot register " + obj + ": it is already live or was freed");
        }
        obj.assignAddress(addresses.allocate(obj));
        live.add(obj);
        return obj;
    }

    /** Ends the life of {@code obj}: it leaves the registry, is marked freed, and its address is released. */
    public void free(PyObject obj) {
        if (!live.remove(obj)) {
            throw new IllegalStateException("cannot free " + obj + ": it is not live on this heap");
        }
        obj.markFreed();
        addresses.release(obj, obj.address());
    }

    public boolean isLive(PyObject obj) {
        return live.contains(obj);
    }

    public int liveCount() {
        return live.size();
    }

    /** The live objects in creation order (read-only view; do not free while iterating it). */
    public Collection<PyObject> liveObjects() {
        return Collections.unmodifiableSet(live);
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
