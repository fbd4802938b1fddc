package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import pymem.model.Heap;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFloat;
import pymem.model.PyFunction;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/** Builds Python values on a fresh heap in few keystrokes, and checks raised errors. Not a test class. */
final class MutabilityFixtures {
    final Heap heap = new Heap();

    PyInt i(long value) {
        return heap.newInt(value);
    }

    PyInt big(String decimal) {
        return heap.newInt(new BigInteger(decimal));
    }

    /** 2**exponent, plus {@code plus}. */
    PyInt pow2(int exponent, long plus) {
        return heap.newInt(BigInteger.TWO.pow(exponent).add(BigInteger.valueOf(plus)));
    }

    PyFloat f(double value) {
        return heap.newFloat(value);
    }

    PyStr s(String value) {
        return heap.newStr(value);
    }

    PyBytes b(String ascii) {
        return heap.newBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    PyByteArray ba(String ascii) {
        return heap.newByteArray(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    PyList list(PyObject... items) {
        return heap.newList(items);
    }

    PyTuple tuple(PyObject... items) {
        return heap.newTuple(items);
    }

    /** {@code class name: pass}. */
    PyClass cls(String name) {
        return heap.newClass(name);
    }

    /** A function that ignores its arguments and returns {@code result}. */
    PyFunction function(String name, PyObject result) {
        return heap.newFunction(name, args -> result);
    }

    /**
     * Runs {@code call} and checks it raised the Python exception {@code type} with CPython's exact
     * {@code message}; {@code concept} says what a wrong implementation got wrong.
     */
    static void assertRaises(String concept, String type, String message, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(concept + ": a Python " + type + " must be raised").isInstanceOf(PyException.class);
        assertThat(((PyException) thrown).pythonType()).as(concept + ": the exception type").isEqualTo(type);
        assertThat(thrown.getMessage()).as(concept + ": CPython's exact message").isEqualTo(message);
    }
}
