package pymem.identity;

import java.util.Arrays;
import java.util.List;

import pymem.model.Kind;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/** Task 5: Python's {@code is} (same object) and {@code ==} (equal values), which are different questions. */
public final class Comparisons {
    private Comparisons() {
    }

    public static boolean is(PyObject a, PyObject b) {
        return a == b;
    }

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
        // None, classes, functions, cells, instances: object.__eq__, which is identity.
        return a == b;
    }

    private static void refuseOutOfScope(PyObject obj) {
        Kind kind = obj.kind();
        if (kind == Kind.DICT || kind == Kind.SET || kind == Kind.FROZENSET) {
            throw new IllegalArgumentException("== on " + kind.pythonName() + " needs hashing: not part of exercise 01");
        }
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
