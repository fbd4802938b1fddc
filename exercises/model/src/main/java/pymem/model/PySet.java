package pymem.model;

import java.util.List;

/** A mutable {@code set}. */
public final class PySet extends PyAnySet {
    public PySet(Iterable<? extends PyObject> initial) {
        super(Kind.SET, initial);
    }

    public PySet() {
        this(List.of());
    }

    /** {@code s.add(x)}; false when this very object was already there. */
    public boolean add(PyObject element) {
        return addElement(element);
    }

    /** {@code s.discard(x)}; false when the object was not there. */
    public boolean discard(PyObject element) {
        return removeElement(element);
    }

    public void clear() {
        clearElements();
    }

    @Override
    public String repr() {
        return size() == 0 ? "set()" : Reprs.join(this, "{", elements(), "}", "set(...)");
    }
}
