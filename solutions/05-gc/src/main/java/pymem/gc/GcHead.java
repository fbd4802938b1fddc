package pymem.gc;

import pymem.model.PyObject;

/**
 * The collector's per-object header, stored in {@link PyObject#gcHead()}: CPython's PyGC_Head.
 *
 * <p>A tracked object's head is linked into exactly one {@link GcList} (a generation, or the unreachable list
 * during a collection). An untracked object may still have a head, because the finalized flag must outlive
 * tracking (PEP 442: {@code __del__} runs at most once per object, ever).
 */
final class GcHead {
    final PyObject object;
    /** Neighbours in the list this head is linked into; both null while the object is untracked. */
    GcHead prev;
    GcHead next;
    /** During a collection: refcount minus references from inside the collected set (CPython's gc_refs). */
    long gcRefs;
    /** In the set being collected and not yet proven reachable (CPython's PREV_MASK_COLLECTING). */
    boolean collecting;
    /** Moved to the unreachable list, perhaps only tentatively (CPython's NEXT_MASK_UNREACHABLE). */
    boolean unreachable;
    /** Its finalizer has run; stays set for the object's whole life. */
    boolean finalized;
    /**
     * A dict only: a key other than a str was stored in it, so its key table is a general one for good (CPython
     * does not go back to a str-only table when that key is deleted), and its traversal visits keys too.
     */
    boolean generalKeys;

    GcHead(PyObject object) {
        this.object = object;
    }

    boolean isLinked() {
        return next != null;
    }

    /** The head of {@code obj}, or null when this collector never tracked it. */
    static GcHead of(PyObject obj) {
        Object head = obj.gcHead();
        return head instanceof GcHead ? (GcHead) head : null;
    }

    /** The head of {@code obj}, made on first use. */
    static GcHead attach(PyObject obj) {
        GcHead head = of(obj);
        if (head == null) {
            head = new GcHead(obj);
            obj.setGcHead(head);
        }
        return head;
    }
}
