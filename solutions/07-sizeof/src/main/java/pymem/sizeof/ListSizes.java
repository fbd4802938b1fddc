package pymem.sizeof;

import pymem.model.PyList;

/** A list's item array: how many slots CPython 3.11 has allocated after the list's history. */
public final class ListSizes {
    /** PyListObject (40: var head, ob_item, allocated) plus the 16-byte GC header. */
    private static final int EMPTY_LIST = 56;

    private ListSizes() {
    }

    /**
     * The number of item slots allocated ({@code allocated} in listobject.c) after the list was built
     * as {@link PyList#construction()} says and changed as {@link PyList#sizeHistory()} says.
     */
    public static int capacity(PyList list) {
        int[] history = list.sizeHistory();
        int size = history[0];
        int allocated = initialCapacity(list.construction(), size);
        for (int i = 1; i < history.length; i++) {
            allocated = resized(allocated, history[i]);
        }
        return allocated;
    }

    /**
     * The first item array: list(seq) preallocates exactly, rounded up to an even number; [a, b, c] and
     * [x] * n are exact; a list built by appending went through every size from 1 to n.
     */
    private static int initialCapacity(PyList.Construction construction, int size) {
        switch (construction) {
            case SIZED_ITERABLE:
                return (size + 1) & ~1;
            case APPENDED:
                int allocated = 0;
                for (int n = 1; n <= size; n++) {
                    allocated = resized(allocated, n);
                }
                return allocated;
            default:
                return size;
        }
    }

    /** {@code sys.getsizeof(list)}: 56 bytes plus 8 per allocated slot. */
    public static long sizeOf(PyList list) {
        return EMPTY_LIST + 8L * capacity(list);
    }

    /** list_resize(): keep the array while it is big enough and at most half empty, else over-allocate. */
    private static int resized(int allocated, int newSize) {
        if (newSize == 0) {
            // Deleting the last item or clear() frees the array.
            return 0;
        }
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return allocated;
        }
        // CPython also caps this for big jumps (extend), which the model's one-item changes never make.
        return (newSize + (newSize >> 3) + 6) & ~3;
    }
}
