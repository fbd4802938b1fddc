package pymem.weakref;

import java.util.ArrayList;
import java.util.List;

/**
 * What an object's {@code weakrefs} slot holds: every live weak reference and proxy to it, in the order
 * CPython keeps its {@code tp_weaklist}.
 *
 * <pre>
 *   obj.weakrefs -> [ basic ref ][ basic proxy ][ newest callback ref ] ... [ oldest callback ref ]
 *                    (shared, no callback)        callbacks run in this order: newest first
 * </pre>
 */
final class WeakRefList {
    /** The one callback-less ref every {@code ref(obj)} returns while it lives; null until asked for. */
    Ref basicRef;
    /** The one callback-less proxy every {@code proxy(obj)} returns; null until asked for. */
    Proxy basicProxy;
    /** Refs made with a callback, oldest first: appending is O(1); CPython's list is read from the end here. */
    final List<Ref> withCallbacks = new ArrayList<>();

    int size() {
        return (basicRef == null ? 0 : 1) + (basicProxy == null ? 0 : 1) + withCallbacks.size();
    }

    /** Unlinks one ref (a ref that is itself garbage leaves its referent's list). */
    void remove(Ref ref) {
        if (basicRef == ref) {
            basicRef = null;
        }
        withCallbacks.remove(ref);
    }

    /** Clears every ref and proxy in list order; returns the refs whose callback must now run, in order. */
    List<Ref> clearAll() {
        List<Ref> cleared = new ArrayList<>();
        if (basicRef != null) {
            basicRef.clear();
        }
        if (basicProxy != null) {
            basicProxy.clear();
        }
        for (int i = withCallbacks.size() - 1; i >= 0; i--) {
            Ref ref = withCallbacks.get(i);
            ref.clear();
            cleared.add(ref);
        }
        basicRef = null;
        basicProxy = null;
        withCallbacks.clear();
        return cleared;
    }
}
