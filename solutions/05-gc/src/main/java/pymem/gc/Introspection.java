package pymem.gc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import pymem.model.PyObject;

/** gc.get_referents and gc.get_referrers: what an object's traversal shows, in both directions. */
final class Introspection {
    private Introspection() {
    }

    /**
     * Every referent of every container among {@code objs}, in CPython's traversal order ({@link Traversal});
     * atoms have none.
     */
    static List<PyObject> referents(PyObject... objs) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject obj : objs) {
            Traversal.requireModelled(obj);
            if (TrackingRules.isContainer(obj)) {
                Traversal.visit(obj, out::add);
            }
        }
        return out;
    }

    /** The {@code candidates} that refer to at least one of {@code objs}, each once, in candidate order. */
    static List<PyObject> referrers(List<PyObject> candidates, PyObject... objs) {
        Set<PyObject> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(targets, objs);
        List<PyObject> out = new ArrayList<>();
        for (PyObject target : objs) {
            Traversal.requireModelled(target);
        }
        for (PyObject candidate : candidates) {
            boolean[] refers = {false};
            Traversal.visit(candidate, r -> refers[0] |= targets.contains(r));
            if (refers[0]) {
                // CPython's referrer would be the class's __dict__ or the function's defaults or closure tuple.
                Traversal.requireModelled(candidate);
                out.add(candidate);
            }
        }
        return out;
    }
}
