package pymem.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Python object: what CPython's {@code PyObject} header holds, plus the object's value.
 *
 * <pre>
 *   CPython (64-bit)                      this model
 *   +----------------------+              +----------------------------------+
 *   | PyGC_Head (16 bytes) |  tracked     | gcHead     (collector's slot)    |
 *   +----------------------+  containers  +----------------------------------+
 *   | ob_refcnt  (8 bytes) |  only        | refcount   (a plain field)       |
 *   | ob_type    (8 bytes) |              | kind       (fixed at birth)      |
 *   | ... value / items    |              | address    (id(x))               |
 *   +----------------------+              | weakrefs   (weakref module slot) |
 *                                         | value: see each subclass         |
 *                                         +----------------------------------+
 * </pre>
 *
 * <p>Invariants the model keeps (and nothing more):
 * <ol>
 *   <li>{@link #kind()} never changes.</li>
 *   <li>{@link #address()} is set once, when a {@link Heap} registers the object, and is 16-byte aligned.</li>
 *   <li>{@link #refcount()} is only ever changed through {@link #setRefcount(long)}: the model itself never
 *       counts references. Keeping it right is exercise 04's job; other exercises' tests set it directly.</li>
 *   <li>{@link #forEachReferent(Consumer)} visits exactly the objects this one holds a reference to, like
 *       CPython's {@code tp_traverse}.</li>
 * </ol>
 * Objects are compared by Java identity: two {@code PyObject}s are the same Python object exactly when
 * they are the same Java object ({@code a == b} in Java is {@code a is b} in Python).
 */
public abstract class PyObject {
    private final Kind kind;
    private long address;
    private long refcount;
    private boolean freed;
    /** This object's index in its heap's registry, -1 when no heap holds it (see {@link Heap}). */
    int heapSlot = -1;
    /** Reserved for the garbage collector (exercise 05), like CPython's PyGC_Head. The model never reads it. */
    private Object gcHead;
    /** Reserved for the weakref module (exercise 06), like CPython's tp_weaklistoffset slot. Never read here. */
    private Object weakrefs;

    protected PyObject(Kind kind) {
        this.kind = kind;
    }

    /** What kind of object this is. */
    public final Kind kind() {
        return kind;
    }

    /** The name {@code type(x).__name__} gives, e.g. {@code "list"}, or the class name for an instance. */
    public String typeName() {
        return kind.pythonName();
    }

    /** {@code id(x)}: the object's address, 0 while no heap has registered it. */
    public final long address() {
        return address;
    }

    final void assignAddress(long address) {
        this.address = address;
    }

    /** The reference count field ({@code ob_refcnt}). */
    public final long refcount() {
        return refcount;
    }

    /** Overwrites the reference count field. The model never calls this itself. */
    public final void setRefcount(long refcount) {
        this.refcount = refcount;
    }

    /** True once the object's heap has freed it: its memory (and address) may already belong to another. */
    public final boolean isFreed() {
        return freed;
    }

    final void markFreed() {
        this.freed = true;
    }

    /** The collector's per-object slot; {@code null} until a collector stores something there. */
    public final Object gcHead() {
        return gcHead;
    }

    public final void setGcHead(Object gcHead) {
        this.gcHead = gcHead;
    }

    /** The weakref module's per-object slot; {@code null} until it stores something there. */
    public final Object weakrefs() {
        return weakrefs;
    }

    public final void setWeakrefs(Object weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * Calls {@code visit} once for every reference this object holds, in a fixed order (CPython's
     * {@code tp_traverse}). A list visits its items, a dict its keys and values, an instance its class and
     * attribute values, and so on. Atoms (numbers, strings, bytes, None) visit nothing.
     */
    public abstract void forEachReferent(Consumer<PyObject> visit);

    /** The referents as a new list, in {@link #forEachReferent} order ({@code gc.get_referents(x)}). */
    public final List<PyObject> referents() {
        List<PyObject> out = new ArrayList<>();
        forEachReferent(out::add);
        return out;
    }

    /** A short, Python-looking rendering for messages and heap dumps, e.g. {@code [1, 'a']}. */
    public abstract String repr();

    /** Identity: two model objects are the same Python object only if they are the same Java object. */
    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    /** {@code repr} plus the type and address, e.g. {@code list@0x7f0000000010 [1, 2]}. */
    @Override
    public String toString() {
        return typeName() + "@0x" + Long.toHexString(address) + " " + Reprs.shorten(repr());
    }
}
