package pymem.sizeof;

import pymem.model.PyDict;

/** A dict's keys table, replayed from the dict's history of key changes (Objects/dictobject.c, 3.11). */
public final class DictSizes {
    /** PyDictObject (48) plus the GC header (16); an empty dict shares a static keys table that is not counted. */
    private static final int EMPTY_DICT = 64;
    /** PyDictKeysObject's fixed part. */
    private static final int KEYS_HEADER = 32;
    private static final int LOG2_MIN_SIZE = 3;

    private DictSizes() {
    }

    /** The keys table a dict ends up with: its number of index slots and whether it holds only str keys. */
    private record Table(int log2Size, boolean strKeysOnly, int usableLeft) {
        int slots() {
            return 1 << log2Size;
        }
    }

    /**
     * {@code sys.getsizeof(d)}: 64 bytes, plus the keys table unless the dict shares the empty one:
     * 32 + slots * index width + usable entries * entry size.
     */
    public static long sizeOf(PyDict dict) {
        Table table = replay(dict);
        if (table == null) {
            return EMPTY_DICT;
        }
        int slots = table.slots();
        int indexWidth = table.log2Size() < 8 ? 1 : table.log2Size() < 16 ? 2 : table.log2Size() < 32 ? 4 : 8;
        int entrySize = table.strKeysOnly() ? 16 : 24;
        return EMPTY_DICT + KEYS_HEADER + (long) slots * indexWidth + (long) usable(table.log2Size()) * entrySize;
    }

    /** The table after every change; null for the shared empty table. */
    private static Table replay(PyDict dict) {
        Table table = null;
        int used = 0;
        for (PyDict.Change change : dict.changeHistory()) {
            switch (change) {
                case CLEAR -> {
                    table = null;
                    used = 0;
                }
                case DELETE -> used--; // the entry slot stays consumed until the next resize
                case INSERT_STR_KEY, INSERT_OTHER_KEY -> {
                    boolean strKey = change == PyDict.Change.INSERT_STR_KEY;
                    if (table == null) {
                        table = new Table(LOG2_MIN_SIZE, strKey, usable(LOG2_MIN_SIZE));
                    } else if (table.strKeysOnly() && !strKey) {
                        table = resizedFor(used, false); // a str-only table is rebuilt as a general one
                    }
                    if (table.usableLeft() <= 0) {
                        table = resizedFor(used, table.strKeysOnly());
                    }
                    table = new Table(table.log2Size(), table.strKeysOnly(), table.usableLeft() - 1);
                    used++;
                }
            }
        }
        return table;
    }

    /** insertion_resize(): room for used * 3 (GROWTH_RATE), rounded as calculate_log2_keysize does. */
    private static Table resizedFor(int used, boolean strKeysOnly) {
        int minSize = used * 3;
        int log2 = 32 - Integer.numberOfLeadingZeros(((minSize | 8) - 1) | 7);
        return new Table(log2, strKeysOnly, usable(log2) - used);
    }

    /** USABLE_FRACTION: two thirds of the slots can hold entries. */
    private static int usable(int log2Size) {
        return ((1 << log2Size) << 1) / 3;
    }
}
