package pymem.sizeof;

import pymem.model.PyAnySet;

/** A set's or frozenset's hash table (Objects/setobject.c, 3.11). */
public final class SetSizes {
    /** PySetObject, whose struct embeds a table of 8 entries. */
    private static final int SET_STRUCT = 200;
    private static final int GC_HEADER = 16;
    private static final int MIN_SIZE = 8;
    private static final int ENTRY = 16;

    private SetSizes() {
    }

    /** The slots of a table that had {@code size} elements added one at a time: 8, 32, 128, ... */
    private static int tableSize(int size) {
        int slots = MIN_SIZE;
        for (int used = 1; used <= size; used++) {
            // set_add_entry(): resize once the table is 60% full (fill * 5 >= mask * 3).
            if (used * 5L >= (slots - 1) * 3L) {
                long minUsed = used > 50_000 ? used * 2L : used * 4L;
                slots = MIN_SIZE;
                while (slots <= minUsed) {
                    slots <<= 1;
                }
            }
        }
        return slots;
    }

    /**
     * {@code sys.getsizeof(s)} of a set or frozenset built by adding its elements one at a time
     * ({@code set(list)}, {@code frozenset(list)}, {@code s.add(x)}) with none discarded: 216 bytes while
     * the built-in table of 8 slots suffices, else 200 + 16 + 16 per slot of the larger table.
     */
    public static long sizeOf(PyAnySet set) {
        int slots = tableSize(set.size());
        // A larger table is a separate allocation; the embedded one stays in the struct, unused.
        return SET_STRUCT + GC_HEADER + (slots > MIN_SIZE ? (long) slots * ENTRY : 0);
    }
}
