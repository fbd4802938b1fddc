package pymem.gc;

import java.util.function.Consumer;
import pymem.model.PyObject;

/**
 * Splits a list of tracked objects into the reachable and the unreachable, as gcmodule.c's
 * {@code deduce_unreachable} does, in three linear passes and with no recursion:
 * <ol>
 *   <li>gc_refs = refcount, for every object of the set;</li>
 *   <li>for every reference from inside the set to inside the set, gc_refs -= 1: what is left counts the
 *       references from outside, so gc_refs &gt; 0 marks a root;</li>
 *   <li>one scan of the list: an object with gc_refs &gt; 0 is reachable and makes everything it refers to
 *       reachable (an object already moved to the unreachable list comes back to the end of the list, where the
 *       scan will reach it); an object with gc_refs == 0 moves, tentatively, to the unreachable list.</li>
 * </ol>
 */
final class Reachability {
    private Reachability() {
    }

    /** Leaves the reachable objects in {@code young} and moves the others to {@code unreachable}. */
    static void deduceUnreachable(GcList young, GcList unreachable) {
        updateRefs(young);
        subtractRefs(young);
        moveUnreachable(young, unreachable);
    }

    private static void updateRefs(GcList list) {
        for (GcHead h = list.first(); !list.isEnd(h); h = h.next) {
            h.gcRefs = h.object.refcount();
            h.collecting = true;
            h.unreachable = false;
        }
    }

    private static void subtractRefs(GcList list) {
        Consumer<PyObject> decrementInternal = referent -> {
            GcHead rh = GcHead.of(referent);
            if (rh != null && rh.collecting) {
                rh.gcRefs--;
            }
        };
        for (GcHead h = list.first(); !list.isEnd(h); h = h.next) {
            Traversal.visit(h.object, decrementInternal);
        }
    }

    private static void moveUnreachable(GcList young, GcList unreachable) {
        Consumer<PyObject> markReachable = referent -> {
            GcHead rh = GcHead.of(referent);
            if (rh == null || !rh.collecting) {
                return; // untracked, in another generation, or already scanned as reachable
            }
            if (rh.unreachable) {
                // It was judged too early: bring it back; the scan will reach it at the end of young.
                rh.unreachable = false;
                young.moveHere(rh);
                rh.gcRefs = 1;
            } else if (rh.gcRefs == 0) {
                rh.gcRefs = 1; // not scanned yet: when the scan gets there it counts as reachable
            }
        };
        GcHead h = young.first();
        while (!young.isEnd(h)) {
            GcHead next = h.next;
            if (h.gcRefs > 0) {
                Traversal.visit(h.object, markReachable);
                h.collecting = false;
                next = h.next; // a head moved back to the end of young may now follow h
            } else {
                unreachable.moveHere(h);
                h.unreachable = true;
            }
            h = next;
        }
    }
}
