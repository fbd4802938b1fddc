package pymem.identity;

import java.util.Arrays;
import java.util.List;

import pymem.model.Kind;
import pymem.model.OutOfScopeError;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyCell;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Task 5: Python's {@code is} (are these the same object?) and {@code ==} (are their values equal?):
 * two different questions.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** {@code a is b}: true exactly when {@code a} and {@code b} are one object. */
    public static boolean is(PyObject a, PyObject b) {
        return a == b;
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
        refuseOutOfScope(a);
        refuseOutOfScope(b);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.equal(a, b);
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (isByteString(a) && isByteString(b)) {
            return Arrays.equals(bytesOf(a), bytesOf(b));
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            return sequencesEqual(((PyTuple) a).items(), ((PyTuple) b).items());
        }
        if (a instanceof PyList && b instanceof PyList) {
            return sequencesEqual(((PyList) a).items(), ((PyList) b).items());
        }
        if (a instanceof PyCell && b instanceof PyCell) {
            return cellsEqual((PyCell) a, (PyCell) b);
        }
        // None, classes, functions, instances: object.__eq__, which is identity.
        return a == b;
    }

    private static void refuseOutOfScope(PyObject obj) {
        Kind kind = obj.kind();
        if (kind == Kind.DICT || kind == Kind.SET || kind == Kind.FROZENSET) {
            throw new OutOfScopeError("== on a " + kind.pythonName() + " needs hashing: exercise 02, not 01");
        }
    }

    /**
     * CPython's cell_richcompare: the contents compared with {@code ==} itself (not identity first, so a cell
     * holding nan differs from itself); an empty cell sorts before anything, so two empty cells are equal.
     */
    private static boolean cellsEqual(PyCell a, PyCell b) {
        if (a.contents() == null || b.contents() == null) {
            return a.contents() == null && b.contents() == null;
        }
        return equal(a.contents(), b.contents());
    }

    /** Containers compare items with identity first (PyObject_RichCompareBool), so a NaN item equals itself. */
    private static boolean sequencesEqual(List<PyObject> left, List<PyObject> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            PyObject x = left.get(i);
            PyObject y = right.get(i);
            if (x != y && !equal(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isByteString(PyObject obj) {
        return obj instanceof PyBytes || obj instanceof PyByteArray;
    }

    private static byte[] bytesOf(PyObject obj) {
        return obj instanceof PyBytes ? ((PyBytes) obj).value() : ((PyByteArray) obj).value();
    }
}
