package pymem.sizeof;

import pymem.model.PyObject;

/** The deep size of an object: what pympler's asizeof reports, without its rounding to 8 bytes. */
public final class DeepSize {
    private DeepSize() {
    }

    /**
     * The sum of {@link Sizeof#getsizeof} over {@code x} and every object reachable from it through
     * references ({@link PyObject#forEachReferent}), each distinct object counted once however often it is
     * reached, cycles included. Classes and functions are code, not data: they are neither counted nor
     * looked into. Any depth of nesting works: a list nested 100,000 levels
     * deep is sized without a StackOverflowError.
     */
    public static long asizeof(PyObject x) {
        throw new UnsupportedOperationException("TODO task 7: DeepSize.asizeof");
    }
}
