package pymem.mutability;

import pymem.model.PyObject;

/**
 * Which objects can change after they are made: the notebook's mutable/immutable table.
 *
 * <pre>
 *   mutable                                   immutable
 *   list, dict, set, bytearray,               int, bool, float, complex, str, bytes,
 *   classes, instances, functions, cells      tuple, frozenset, None
 * </pre>
 */
public final class Mutability {
    private Mutability() {
    }

    /**
     * True when Python code can change {@code obj}'s value in place, keeping its {@code id}: list, dict, set,
     * bytearray, user classes and their instances, functions (their attributes) and cells (their contents).
     * False for int, bool, float, complex, str, bytes, tuple, frozenset and None: an operation that "changes"
     * one of those makes a new object.
     *
     * <p>A tuple is immutable even when an item is a list: the tuple's references never change, the list
     * it refers to may.
     */
    public static boolean isMutable(PyObject obj) {
        switch (obj.kind()) {
            case LIST:
            case DICT:
            case SET:
            case BYTEARRAY:
            case CLASS:
            case INSTANCE:
            case FUNCTION:
            case CELL:
                return true;
            default:
                return false;
        }
    }
}
