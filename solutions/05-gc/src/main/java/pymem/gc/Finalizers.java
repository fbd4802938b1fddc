package pymem.gc;

import java.util.List;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * The {@code __del__} side of a collection (PEP 442, gcmodule.c's finalize_garbage): every unreachable
 * object whose class defines {@code __del__} has it called once, and never again in the object's life, even if
 * the finalizer resurrects it and it becomes garbage again later.
 */
final class Finalizers {
    private Finalizers() {
    }

    /** The {@code __del__} function {@code obj}'s class defines or inherits, or null. */
    static PyFunction finalizerOf(PyObject obj) {
        if (obj instanceof PyInstance) {
            PyObject del = ((PyInstance) obj).cls().lookup("__del__");
            if (del instanceof PyFunction) {
                return (PyFunction) del;
            }
        }
        return null;
    }

    /** Runs the finalizers of the objects in {@code unreachable} not finalized before; true if any ran. */
    static boolean finalizeGarbage(GcList unreachable) {
        if (!anyToFinalize(unreachable)) {
            return false; // the common case: a read-only pass instead of moving every head twice
        }
        boolean anyRan = false;
        // Each head moves to "seen" before its finalizer runs, so the walk survives whatever the finalizer
        // does to the list (as gcmodule.c's finalize_garbage does); "seen" becomes the list again at the end.
        GcList seen = new GcList();
        while (!unreachable.isEmpty()) {
            GcHead head = unreachable.first();
            seen.moveHere(head);
            PyFunction del = finalizerOf(head.object);
            if (del == null || head.finalized) {
                continue;
            }
            head.finalized = true; // before the call: a finalizer that fails is not retried either
            anyRan = true;
            try {
                del.call(List.of(head.object));
            } catch (PyException ignored) {
                // CPython prints "Exception ignored in: <__del__ ...>" and goes on with the collection.
            }
        }
        seen.mergeInto(unreachable);
        return anyRan;
    }

    private static boolean anyToFinalize(GcList unreachable) {
        for (GcHead h = unreachable.first(); !unreachable.isEnd(h); h = h.next) {
            if (!h.finalized && finalizerOf(h.object) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the finalizers ran, some garbage may have been resurrected (stored where live objects reach it).
     * The unreachable set is examined again on its own: whatever now has references from outside it, and what
     * that reaches, survives into {@code old}; the rest goes to {@code stillUnreachable}.
     */
    static void handleResurrected(GcList unreachable, GcList stillUnreachable, GcList old) {
        Reachability.deduceUnreachable(unreachable, stillUnreachable);
        unreachable.mergeInto(old);
    }
}
