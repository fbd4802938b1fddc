package pymem.model;

/** Hands out increasing 16-byte-aligned addresses and never reuses one: simple, and never CPython's behaviour. */
public final class BumpAddresses implements Addresses {
    /** Where the first object goes: a typical 64-bit Linux heap address. */
    public static final long BASE = 0x7f00_0000_0000L;
    private long next = BASE;

    @Override
    public long allocate(PyObject obj) {
        long address = next;
        next += 16;
        return address;
    }

    @Override
    public void release(PyObject obj, long address) {
        // never reused
    }
}
