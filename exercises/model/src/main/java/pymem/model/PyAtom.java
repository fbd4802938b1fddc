package pymem.model;

import java.util.function.Consumer;

/** An object that holds no references to other objects: numbers, strings, bytes, None. */
public abstract class PyAtom extends PyObject {
    protected PyAtom(Kind kind) {
        super(kind);
    }

    /** Atoms refer to nothing, so the collector never needs to look inside them. */
    @Override
    public final void forEachReferent(Consumer<PyObject> visit) {
        // nothing to visit
    }
}
