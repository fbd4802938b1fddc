package pymem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@code set} and {@code frozenset} share: a collection of distinct elements, kept in insertion order.
 * As with {@link PyDict}, "distinct" means distinct objects ({@code is}): the model does not hash.
 */
public abstract class PyAnySet extends PyObject {
    private final List<PyObject> elements = new ArrayList<>();
    private final Map<PyObject, Boolean> members = new IdentityHashMap<>();

    protected PyAnySet(Kind kind, Iterable<? extends PyObject> initial) {
        super(kind);
        for (PyObject e : initial) {
            addElement(e);
        }
    }

    public int size() {
        return elements.size();
    }

    public boolean contains(PyObject element) {
        return members.containsKey(element);
    }

    /** The elements in insertion order (read-only). */
    public List<PyObject> elements() {
        return Collections.unmodifiableList(elements);
    }

    /** Adds an element object; returns false if this very object is already in the set. */
    protected final boolean addElement(PyObject element) {
        if (members.put(element, Boolean.TRUE) != null) {
            return false;
        }
        elements.add(element);
        return true;
    }

    protected final boolean removeElement(PyObject element) {
        if (members.remove(element) == null) {
            return false;
        }
        elements.remove(indexOf(element));
        return true;
    }

    protected final void clearElements() {
        elements.clear();
        members.clear();
    }

    private int indexOf(PyObject element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        for (PyObject e : elements) {
            visit.accept(e);
        }
    }
}
