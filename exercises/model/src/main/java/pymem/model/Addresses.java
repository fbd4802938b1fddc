package pymem.model;

/**
 * Where a {@link Heap} gets the address ({@code id}) of each object it registers, and gives it back when
 * the object is freed. The model's own {@link BumpAddresses} never reuses an address; exercise 01 writes
 * one that does, as CPython's allocator does.
 */
public interface Addresses {
    /** A 16-byte-aligned address for {@code obj}, not used by any live object. */
    long allocate(PyObject obj);

    /** {@code obj}, which had {@code address}, was freed: the address may be handed out again. */
    void release(PyObject obj, long address);
}
