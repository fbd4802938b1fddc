package pymem.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code list}: a growable sequence of references. The model only stores the items; it does not count
 * references and does not model CPython's over-allocation (exercise 07 works that out).
 */
public final class PyList extends PyObject {
    private final List<PyObject> items;
    /** How the list was built: CPython's first allocation depends on it (exercise 07 reads it). */
    private final Construction construction;
    /** The length the list was built with. */
    private final int builtSize;
    /**
     * The lengths after each change since the list was built, run-length encoded so that a million appends
     * cost two ints: pairs (step, count) where step is +1, -1 or 0 for "emptied". Null until the first change.
     */
    private int[] sizeRuns;
    private int sizeRunsLength;
    private int changeCount;

    /**
     * How a list came to be, as far as its first item array is concerned. The model records it; what it
     * means for the allocation is exercise 07's to work out.
     */
    public enum Construction {
        /**
         * Built with its items stored one per slot: {@code [x] * n}, and a display that the compiler turns
         * into one {@code BUILD_LIST n}: {@code []}, {@code [a, b, c]}, {@code [1]}, {@code [1, 2]}.
         */
        ITEMS,
        /**
         * {@code list(seq)} of a sized iterable, or a display of three or more constants {@code [1, 2, 3]}
         * (compiled to extend {@code []} from a constant tuple).
         */
        SIZED_ITERABLE,
        /**
         * Built empty, then one {@code LIST_APPEND} per item: a list comprehension, or a display of more than
         * 30 items that are not all constants (CPython 3.11's compiler keeps the stack small that way).
         */
        APPENDED;

        /** Displays of more items than this, not all constants, are built by appending (compile.c). */
        public static final int DISPLAY_STACK_LIMIT = 30;

        /**
         * How CPython 3.11 compiles a list display {@code [e1, ..., en]} without starred items:
         * {@link #SIZED_ITERABLE} for three or more constants, {@link #APPENDED} for more than 30 items not
         * all constants, {@link #ITEMS} otherwise.
         */
        public static Construction ofDisplay(int items, boolean allConstants) {
            if (allConstants && items >= 3) {
                return SIZED_ITERABLE;
            }
            return !allConstants && items > DISPLAY_STACK_LIMIT ? APPENDED : ITEMS;
        }
    }

    public PyList(List<? extends PyObject> items, Construction construction) {
        super(Kind.LIST);
        this.items = new ArrayList<>(items);
        this.construction = construction;
        this.builtSize = this.items.size();
    }

    public PyList(List<? extends PyObject> items) {
        this(items, Construction.ITEMS);
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
        recordChange(1);
    }

    public void insert(int index, PyObject item) {
        items.add(index, item);
        recordChange(1);
    }

    /** {@code del l[index]}; returns the removed item. */
    public PyObject remove(int index) {
        PyObject removed = items.remove(checked(index));
        recordChange(items.isEmpty() ? 0 : -1);
        return removed;
    }

    public void clear() {
        items.clear();
        recordChange(0);
    }

    /** How the list was built ({@link Construction#ITEMS} unless made with the two-argument constructor). */
    public Construction construction() {
        return construction;
    }

    /**
     * The length the list was built with, then its length after each append, insert, remove and clear,
     * oldest first (a new array, never empty). With {@link #construction()} this is the whole history
     * CPython's allocation depends on.
     */
    public int[] sizeHistory() {
        int[] history = new int[1 + changeCount];
        history[0] = builtSize;
        int size = builtSize;
        int next = 1;
        for (int run = 0; run < sizeRunsLength; run += 2) {
            for (int i = 0; i < sizeRuns[run + 1]; i++) {
                size = sizeRuns[run] == 0 ? 0 : size + sizeRuns[run];
                history[next++] = size;
            }
        }
        return history;
    }

    /** Records a change by one item ({@code step} +1 or -1), or an emptying ({@code step} 0). */
    private void recordChange(int step) {
        changeCount++;
        if (sizeRunsLength > 0 && sizeRuns[sizeRunsLength - 2] == step) {
            sizeRuns[sizeRunsLength - 1]++;
            return;
        }
        if (sizeRuns == null) {
            sizeRuns = new int[4];
        } else if (sizeRunsLength == sizeRuns.length) {
            sizeRuns = Arrays.copyOf(sizeRuns, sizeRunsLength * 2);
        }
        sizeRuns[sizeRunsLength++] = step;
        sizeRuns[sizeRunsLength++] = 1;
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
