package pymem.sizeof;

import pymem.model.PyList;

/** A list's item array: how many slots CPython 3.11 has allocated after the list's history. */
public final class ListSizes {
    private ListSizes() {
    }

    /**
     * The number of item slots allocated ({@code allocated} in listobject.c) after the list was built
     * as {@link PyList#construction()} says and changed as {@link PyList#sizeHistory()} says.
     */
    public static int capacity(PyList list) {
        throw new UnsupportedOperationException("TODO task 3: ListSizes.capacity");
    }

    /** {@code sys.getsizeof(list)}: 56 bytes plus 8 per allocated slot. */
    public static long sizeOf(PyList list) {
        throw new UnsupportedOperationException("TODO task 3: ListSizes.sizeOf");
    }
}
