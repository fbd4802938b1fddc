package pymem.refcount;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import pymem.model.PyObject;

/**
 * CPython 3.11's trashcan (Py_TRASHCAN_BEGIN / Py_TRASHCAN_END, Objects/object.c): it counts how deeply the
 * deallocators of lists, tuples, dicts, sets and instances are nested; one that would start
 * {@link #UNWIND_LEVEL} levels deep is deposited instead, and the deposited objects are deallocated, the last
 * deposited first, once the outermost of those deallocators has finished. This is what decides when the deep
 * end of a long chain dies: after everything the first 50 levels release.
 */
final class Trashcan {
    /** _PyTrash_UNWIND_LEVEL. */
    static final int UNWIND_LEVEL = 50;

    private int nesting;
    /** trash_delete_later: a stack, the last deposited on top. */
    private final Deque<PyObject> later = new ArrayDeque<>();

    /** _PyTrash_begin: true when the deallocator runs now (one level deeper), false when it was deposited. */
    boolean enter(PyObject obj) {
        if (nesting >= UNWIND_LEVEL) {
            later.push(obj);
            return false;
        }
        nesting++;
        return true;
    }

    /** Forgets a cascade that was refused half-way, so that the next one starts at the outermost level. */
    void reset() {
        nesting = 0;
        later.clear();
    }

    /**
     * _PyTrash_end: one level out. True when this was the outermost level and objects wait: the caller must
     * then deallocate {@link #deposited()}, which holds the level at one while it runs.
     */
    boolean leave() {
        nesting--;
        if (nesting <= 0 && !later.isEmpty()) {
            nesting++;
            return true;
        }
        return false;
    }

    /**
     * _PyTrash_thread_destroy_chain: hands out the deposited objects, the last deposited first, including any
     * deposited while it runs. The caller gives the level it holds back with {@link #leave()} when it runs dry.
     */
    Iterator<PyObject> deposited() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !later.isEmpty();
            }

            @Override
            public PyObject next() {
                return later.pop();
            }
        };
    }
}
