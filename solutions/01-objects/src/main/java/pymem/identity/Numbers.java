package pymem.identity;

import java.math.BigDecimal;
import java.math.BigInteger;

import pymem.model.PyBool;
import pymem.model.PyComplex;
import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyObject;

/**
 * {@code ==} between numbers of any of the four numeric types. bool is an int (True is 1), an int equals a
 * float only when they are exactly the same number, and a complex equals a real only when its imaginary
 * part is zero.
 */
final class Numbers {
    private Numbers() {
    }

    static boolean isNumber(PyObject obj) {
        return isInteger(obj) || obj instanceof PyFloat || obj instanceof PyComplex;
    }

    static boolean equal(PyObject a, PyObject b) {
        return imagPart(a) == imagPart(b) && realsEqual(a, b);
    }

    private static boolean realsEqual(PyObject a, PyObject b) {
        if (isInteger(a) && isInteger(b)) {
            return integerValue(a).equals(integerValue(b));
        }
        if (!isInteger(a) && !isInteger(b)) {
            return realPart(a) == realPart(b); // IEEE: nan != nan, 0.0 == -0.0
        }
        // int against float: compare exactly, as CPython does; converting the int to double would make
        // 2**53 + 1 equal to 2.0**53.
        double inexact = isInteger(a) ? realPart(b) : realPart(a);
        BigInteger exact = integerValue(isInteger(a) ? a : b);
        return Double.isFinite(inexact) && new BigDecimal(inexact).compareTo(new BigDecimal(exact)) == 0;
    }

    private static boolean isInteger(PyObject obj) {
        return obj instanceof PyInt || obj instanceof PyBool;
    }

    private static BigInteger integerValue(PyObject obj) {
        if (obj instanceof PyBool) {
            return ((PyBool) obj).value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PyInt) obj).value();
    }

    /** The real part of a float or complex. */
    private static double realPart(PyObject obj) {
        return obj instanceof PyFloat ? ((PyFloat) obj).value() : ((PyComplex) obj).real();
    }

    private static double imagPart(PyObject obj) {
        return obj instanceof PyComplex ? ((PyComplex) obj).imag() : 0.0;
    }
}
