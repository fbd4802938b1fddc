package pymem.identity;

import pymem.model.PyObject;

/**
 * Task 5: Python's {@code is} (are these the same object?) and {@code ==} (are their values equal?):
 * two different questions.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** {@code a is b}: true exactly when {@code a} and {@code b} are one object. */
    public static boolean is(PyObject a, PyObject b) {
        throw new UnsupportedOperationException("TODO task 5: Comparisons.is");
    }

    /**
     * {@code a == b} for the built-in types, as CPython 3.11 answers it.
     * <ul>
     *   <li>Numbers (int, bool, float, complex) compare by mathematical value across types:
     *       {@code 1 == 1.0 == True == (1+0j)}. An int equals a float only when they are exactly the same
     *       number ({@code 2**53 + 1 == 2.0**53} is False), and {@code nan} equals nothing, not even itself.</li>
     *   <li>str compares by value with str only; bytes and bytearray by value with each other.</li>
     *   <li>tuple with tuple and list with list: same length and equal items in order, where an item that is
     *       the same object on both sides counts as equal without asking {@code ==} (so {@code (nan,)}
     *       equals itself).</li>
     *   <li>cell with cell: by contents, with {@code ==} on the two contents (no identity shortcut: a cell
     *       holding {@code nan} is not equal to itself); two empty cells are equal, an empty cell equals no
     *       full one.</li>
     *   <li>Anything else (None, instances, classes, functions, or two different types): the default
     *       {@code object.__eq__}, which is {@code is}.</li>
     * </ul>
     *
     * @throws pymem.model.OutOfScopeError (an {@code IllegalArgumentException}) when the comparison reaches a
     *     dict, set or frozenset (their {@code ==} needs hashing, which this exercise leaves out)
     */
    public static boolean equal(PyObject a, PyObject b) {
        throw new UnsupportedOperationException("TODO task 5: Comparisons.equal");
    }
}
