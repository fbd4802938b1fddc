package pymem.mutability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import pymem.model.Kind;
import pymem.model.PyAnySet;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyCell;
import pymem.model.PyComplex;
import pymem.model.PyDict;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Python's {@code ==} over the model's built-in types. The model's own dict and set find keys by identity
 * ({@code is}); merging {@code {1: 'a'} | {1.0: 'b'}} needs this equality instead.
 */
public final class Equality {
    private Equality() {
    }

    /**
     * {@code a == b} as CPython 3.11 computes it for built-in types:
     * <ul>
     *   <li>int, bool, float and complex compare by numeric value, exactly: {@code 1 == 1.0 == True == (1+0j)},
     *       {@code 2**53 + 1 != float(2**53)}, and {@code nan} equals nothing, not even itself;</li>
     *   <li>str equals str with the same characters (never bytes); bytes and bytearray compare their bytes;</li>
     *   <li>tuple equals tuple and list equals list when they have the same length and equal items; a list
     *       never equals a tuple;</li>
     *   <li>dict equals dict with equal keys mapped to equal values; set and frozenset equal each other
     *       when they hold equal elements;</li>
     *   <li>cell equals cell when both are empty, or both hold objects that are {@code ==} (asked directly, with
     *       no identity shortcut: a cell holding nan is not equal to itself);</li>
     *   <li>None equals None; any other object (instances, classes, functions) only equals itself.</li>
     * </ul>
     * Inside containers, an item is first compared by identity, as CPython does: {@code [nan] == [nan]} is
     * True when both lists hold the same nan object.
     */
    public static boolean equal(PyObject a, PyObject b) {
        if (isNumber(a) && isNumber(b)) {
            return numbersEqual(a, b);
        }
        Kind ka = a.kind();
        Kind kb = b.kind();
        if (isBytesLike(a) && isBytesLike(b)) {
            return Arrays.equals(bytesOf(a), bytesOf(b));
        }
        if (a instanceof PyAnySet && b instanceof PyAnySet) {
            return setsEqual((PyAnySet) a, (PyAnySet) b);
        }
        if (ka != kb) {
            return false;
        }
        switch (ka) {
            case STR:
                return ((PyStr) a).value().equals(((PyStr) b).value());
            case TUPLE:
                return itemsEqual(((PyTuple) a).items(), ((PyTuple) b).items());
            case LIST:
                return itemsEqual(((PyList) a).items(), ((PyList) b).items());
            case DICT:
                return dictsEqual((PyDict) a, (PyDict) b);
            case NONE:
                return true;
            case CELL:
                return cellsEqual((PyCell) a, (PyCell) b);
            default:
                return a == b;
        }
    }

    /** The comparison containers use for their items: identity first, then {@code ==}. */
    static boolean sameOrEqual(PyObject a, PyObject b) {
        return a == b || equal(a, b);
    }

    static boolean isNumber(PyObject obj) {
        Kind k = obj.kind();
        return k == Kind.INT || k == Kind.BOOL || k == Kind.FLOAT || k == Kind.COMPLEX;
    }

    static boolean isBytesLike(PyObject obj) {
        return obj.kind() == Kind.BYTES || obj.kind() == Kind.BYTEARRAY;
    }

    static byte[] bytesOf(PyObject obj) {
        return obj instanceof PyBytes ? ((PyBytes) obj).value() : ((PyByteArray) obj).value();
    }

    /** The exact integer value of an int or bool. */
    static BigInteger integerOf(PyObject obj) {
        if (obj instanceof PyBool) {
            return ((PyBool) obj).value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PyInt) obj).value();
    }

    private static boolean numbersEqual(PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return realEqual(realPart(a), realPart(b)) && imagPart(a) == imagPart(b);
        }
        return realEqual(a, b);
    }

    /** A complex's real part as a float object; other numbers are their own real part. */
    private static PyObject realPart(PyObject number) {
        return number instanceof PyComplex ? new PyFloat(((PyComplex) number).real()) : number;
    }

    private static double imagPart(PyObject number) {
        return number instanceof PyComplex ? ((PyComplex) number).imag() : 0.0;
    }

    /** int/bool/float equality without rounding: a float is compared as the exact rational it stores. */
    private static boolean realEqual(PyObject a, PyObject b) {
        if (a instanceof PyFloat && b instanceof PyFloat) {
            return ((PyFloat) a).value() == ((PyFloat) b).value();
        }
        if (a instanceof PyFloat) {
            return floatEqualsInteger(((PyFloat) a).value(), integerOf(b));
        }
        if (b instanceof PyFloat) {
            return floatEqualsInteger(((PyFloat) b).value(), integerOf(a));
        }
        return integerOf(a).equals(integerOf(b));
    }

    private static boolean floatEqualsInteger(double f, BigInteger i) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            return false;
        }
        return new BigDecimal(f).compareTo(new BigDecimal(i)) == 0;
    }

    /** CPython's cell_richcompare: the contents with == itself; an empty cell sorts before anything. */
    private static boolean cellsEqual(PyCell a, PyCell b) {
        if (a.contents() == null || b.contents() == null) {
            return a.contents() == null && b.contents() == null;
        }
        return equal(a.contents(), b.contents());
    }

    private static boolean itemsEqual(List<PyObject> xs, List<PyObject> ys) {
        if (xs.size() != ys.size()) {
            return false;
        }
        for (int i = 0; i < xs.size(); i++) {
            if (!sameOrEqual(xs.get(i), ys.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean setsEqual(PyAnySet a, PyAnySet b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PyObject e : a.elements()) {
            if (indexOfEqual(b.elements(), e) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean dictsEqual(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            int j = indexOfEqual(b.keys(), a.keys().get(i));
            if (j < 0 || !sameOrEqual(a.values().get(i), b.values().get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Where an object equal to {@code wanted} sits in {@code objects}, or -1. */
    static int indexOfEqual(List<PyObject> objects, PyObject wanted) {
        for (int i = 0; i < objects.size(); i++) {
            if (sameOrEqual(objects.get(i), wanted)) {
                return i;
            }
        }
        return -1;
    }
}
