package pymem.grading.picture;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;
import pymem.model.PyObject;

/**
 * The model objects a failed assertion names as its expected and its actual value: what the picture compares
 * ({@code containsExactly(l, c, b, a)} on a deallocation log names four objects expected and those logged).
 * Only a PyObject, an array, or a JDK collection of them is read (at most 1,000 elements), a collection the
 * assertion itself has just iterated to describe the failure.
 */
final class AssertedObjects {
    /** At most this many elements of a collection are looked at. */
    private static final int MAX_ELEMENTS = 1000;

    private AssertedObjects() {
    }

    static List<PyObject> expected(Throwable thrown) {
        return thrown instanceof AssertionFailedError f && f.isExpectedDefined() ? objects(f.getExpected()) : List.of();
    }

    static List<PyObject> actual(Throwable thrown) {
        return thrown instanceof AssertionFailedError f && f.isActualDefined() ? objects(f.getActual()) : List.of();
    }

    private static List<PyObject> objects(ValueWrapper wrapper) {
        return objects(wrapper == null ? null : wrapper.getEphemeralValue());
    }

    static List<PyObject> objects(Object value) {
        List<PyObject> out = new ArrayList<>();
        if (value instanceof PyObject) {
            out.add((PyObject) value);
        } else if (value instanceof Object[]) {
            for (Object o : (Object[]) value) {
                add(out, o);
            }
        } else if (value instanceof Iterable && value.getClass().getName().startsWith("java.")) {
            // a JDK collection, or a JDK view of one (an unmodifiable log): the assertion has just iterated it
            int seen = 0;
            for (Object o : (Iterable<?>) value) {
                if (!add(out, o) || ++seen == MAX_ELEMENTS) {
                    break;
                }
            }
        }
        return out;
    }

    /** Adds {@code o} when it is an object of the model; false once the list is full. */
    private static boolean add(List<PyObject> out, Object o) {
        if (out.size() == HeapSnapshot.MAX_COMPARED) {
            return false;
        }
        if (o instanceof PyObject) {
            out.add((PyObject) o);
        }
        return true;
    }
}
