package pymem.gc;

import java.util.ArrayList;
import java.util.List;
import pymem.model.PyObject;

/**
 * A circular doubly linked list of heads with a sentinel, like CPython's generation lists: appending,
 * unlinking and moving a head are O(1), and merging a whole list into another is O(1) too.
 * The size is not stored (merging would have to recount); {@link #size()} walks the list, as gc_list_size does.
 */
final class GcList {
    private final GcHead sentinel = new GcHead(null);

    GcList() {
        sentinel.prev = sentinel;
        sentinel.next = sentinel;
    }

    boolean isEmpty() {
        return sentinel.next == sentinel;
    }

    GcHead first() {
        return sentinel.next;
    }

    /** True when {@code head} is this list's end marker: iteration stops there. */
    boolean isEnd(GcHead head) {
        return head == sentinel;
    }

    void append(GcHead head) {
        GcHead last = sentinel.prev;
        head.prev = last;
        head.next = sentinel;
        last.next = head;
        sentinel.prev = head;
    }

    /** Unlinks {@code head} from whatever list holds it. */
    static void unlink(GcHead head) {
        head.prev.next = head.next;
        head.next.prev = head.prev;
        head.prev = null;
        head.next = null;
    }

    void moveHere(GcHead head) {
        head.prev.next = head.next; // unlink without clearing head's own links: append overwrites them
        head.next.prev = head.prev;
        append(head);
    }

    /**
     * Empties the list, leaving every head it held unlinked (untracked), in one pass. Cheaper than unlinking the
     * heads one by one: their neighbours are going too, so only each head's own links need clearing.
     */
    void clear() {
        GcHead h = sentinel.next;
        while (h != sentinel) {
            GcHead next = h.next;
            h.prev = null;
            h.next = null;
            h = next;
        }
        sentinel.next = sentinel;
        sentinel.prev = sentinel;
    }

    /** Moves every head of this list to the end of {@code target} (another list), leaving this list empty. */
    void mergeInto(GcList target) {
        if (isEmpty()) {
            return;
        }
        GcHead targetLast = target.sentinel.prev;
        targetLast.next = sentinel.next;
        sentinel.next.prev = targetLast;
        sentinel.prev.next = target.sentinel;
        target.sentinel.prev = sentinel.prev;
        sentinel.next = sentinel;
        sentinel.prev = sentinel;
    }

    int size() {
        int n = 0;
        for (GcHead h = first(); h != sentinel; h = h.next) {
            n++;
        }
        return n;
    }

    /** The objects in list order, as a snapshot that stays valid while the list changes. */
    List<PyObject> objects() {
        List<PyObject> out = new ArrayList<>();
        for (GcHead h = first(); h != sentinel; h = h.next) {
            out.add(h.object);
        }
        return out;
    }
}
