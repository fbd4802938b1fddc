package pymem.mutability;

import pymem.model.PyObject;

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
        throw new UnsupportedOperationException("TODO task 2: Equality.equal");
    }
}
