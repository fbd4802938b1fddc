package pymem.model;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Renders objects for messages: Python-looking, bounded in length, safe on cycles and on any depth (a
 * container nested deeper than {@link #MAX_DEPTH} prints as {@code [...]}, so printing a 100,000-deep
 * structure in a failure message takes a few frames, not one per level).
 */
final class Reprs {
    private static final int LIMIT = 120;
    /** How many containers deep a repr goes before it prints the rest as an ellipsis. */
    static final int MAX_DEPTH = 12;
    /** Objects being rendered on this thread, so that a cycle prints {@code [...]} as Python does. */
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Reprs() {
    }

    static String shorten(String s) {
        return s.length() <= LIMIT ? s : s.substring(0, LIMIT - 3) + "...";
    }

    /** Renders a container's items between brackets; a container already being rendered prints as {@code ellipsis}. */
    static String join(PyObject owner, String open, Iterable<? extends PyObject> items, String close, String ellipsis) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(owner) || active.size() >= MAX_DEPTH) {
            return ellipsis;
        }
        active.put(owner, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            int n = 0;
            for (PyObject item : items) {
                if (n++ > 0) {
                    sb.append(", ");
                }
                if (sb.length() > LIMIT) {
                    sb.append("...");
                    break;
                }
                sb.append(item.repr());
            }
            return sb.append(close).toString();
        } finally {
            active.remove(owner);
        }
    }

    /** False when {@code owner} is already being rendered (a cycle) or the repr is {@link #MAX_DEPTH} deep. */
    static boolean enter(PyObject owner) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.size() >= MAX_DEPTH) {
            return false;
        }
        return active.put(owner, Boolean.TRUE) == null;
    }

    static void exit(PyObject owner) {
        ACTIVE.get().remove(owner);
    }
}
