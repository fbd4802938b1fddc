package pymem.sizeof;

import pymem.model.PyDict;

/** A dict's keys table, replayed from the dict's history of key changes (Objects/dictobject.c, 3.11). */
public final class DictSizes {
    private DictSizes() {
    }

    /**
     * {@code sys.getsizeof(d)}: 64 bytes, plus the keys table unless the dict shares the empty one:
     * 32 + slots * index width + usable entries * entry size.
     */
    public static long sizeOf(PyDict dict) {
        throw new UnsupportedOperationException("TODO task 4: DictSizes.sizeOf");
    }
}
