package pymem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code list}: a growable sequence of references. The model only stores the items; it does not count
 * references and does not model CPython's over-allocation (exercise 07 works that out).
 */
public final class PyList extends PyObject {
    private final List<PyObject> items;

    public PyList(List<? extends PyObject> items) {
        super(Kind.LIST);
        this.items = new ArrayList<>(items);
    }

    public PyList() {
        this(List.of());
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int index) {
        return items.get(checked(index));
    }

    /** {@code l[index] = item}; returns the item that was there. */
    public PyObject set(int index, PyObject item) {
        return items.set(checked(index), item);
    }

    public void append(PyObject item) {
        items.add(item);
    }

    public void insert(int index, PyObject item) {
        items.add(index, item);
    }

    /** {@code del l[index]}; returns the removed item. */
    public PyObject remove(int index) {
        return items.remove(checked(index));
    }

    public void clear() {
        items.clear();
    }

    /** A read-only view of the items. */
    public List<PyObject> items() {
        return Collections.unmodifiableList(items);
    }

    private int checked(int index) {
        if (index < 0 || index >= items.size()) {
            throw new PyException("IndexError", "list index out of range");
        }
        return index;
    }

    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        for (PyObject item : items) {
            visit.accept(item);
        }
    }

    @Override
    public String repr() {
        return Reprs.join(this, "[", items, "]", "[...]");
    }
}
