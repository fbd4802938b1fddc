package pymem.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code tuple}: a fixed number of references. Python code cannot change a tuple, but CPython's C code
 * fills a new tuple after creating it, and so may the model's builders: {@link #initItem} exists for that
 * (it is how a tuple can end up in a cycle), and nothing else should call it.
 */
public final class PyTuple extends PyObject {
    private final PyObject[] items;

    public PyTuple(List<? extends PyObject> items) {
        super(Kind.TUPLE);
        this.items = items.toArray(new PyObject[0]);
    }

    /** A tuple of {@code size} empty slots, to be filled with {@link #initItem} before anyone sees it. */
    public static PyTuple ofSize(int size) {
        return new PyTuple(Arrays.asList(new PyObject[size]));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int index) {
        return items[index];
    }

    /** The items, as an unmodifiable list. */
    public List<PyObject> items() {
        return List.of(items);
    }

    /** Fills slot {@code index} of a tuple still being built (CPython's PyTuple_SET_ITEM). */
    public void initItem(int index, PyObject item) {
        items[index] = item;
    }

    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        for (PyObject item : items) {
            if (item != null) {
                visit.accept(item);
            }
        }
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return Reprs.join(this, "(", Arrays.asList(items), ",)", "(...)");
        }
        return Reprs.join(this, "(", Arrays.asList(items), ")", "(...)");
    }
}
