package pymem.mutability;

import java.util.ArrayList;
import java.util.List;

import pymem.model.Heap;
import pymem.model.PyAnySet;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/** {@code for item in y}: what iterating each built-in type yields, as {@code list.extend} sees it. */
final class Iteration {
    private Iteration() {
    }

    /**
     * The items of {@code y}, copied first (so that {@code l += l} reads the list before growing it). A str
     * yields new one-character strings and bytes or bytearray new ints, as CPython does.
     */
    static List<PyObject> itemsOf(Heap heap, PyObject y) {
        switch (y.kind()) {
            case LIST:
                return new ArrayList<>(((PyList) y).items());
            case TUPLE:
                return ((PyTuple) y).items();
            case SET:
            case FROZENSET:
                return new ArrayList<>(((PyAnySet) y).elements());
            case DICT:
                return new ArrayList<>(((PyDict) y).keys());
            case STR:
                List<PyObject> chars = new ArrayList<>();
                ((PyStr) y).value().codePoints().forEach(c -> chars.add(heap.newStr(new String(Character.toChars(c)))));
                return chars;
            case BYTES:
            case BYTEARRAY:
                List<PyObject> ints = new ArrayList<>();
                for (byte b : Equality.bytesOf(y)) {
                    ints.add(heap.newInt(b & 0xff));
                }
                return ints;
            default:
                throw new PyException("TypeError", "'" + y.typeName() + "' object is not iterable");
        }
    }
}
