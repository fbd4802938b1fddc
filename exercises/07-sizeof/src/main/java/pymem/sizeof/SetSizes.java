package pymem.sizeof;

import pymem.model.PyAnySet;

/** A set's or frozenset's hash table (Objects/setobject.c, 3.11). */
public final class SetSizes {
    private SetSizes() {
    }

    /**
     * {@code sys.getsizeof(s)} of a set or frozenset built by adding its elements one at a time
     * ({@code set(list)}, {@code frozenset(list)}, {@code s.add(x)}) with none discarded: 216 bytes while
     * the built-in table of 8 slots suffices, else 200 + 16 + 16 per slot of the larger table.
     */
    public static long sizeOf(PyAnySet set) {
        throw new UnsupportedOperationException("TODO task 5: SetSizes.sizeOf");
    }
}
