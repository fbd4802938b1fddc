package pymem.weakref;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/** What every weakref test needs: a heap, a plain class C, instances of it, and a callback journal. */
final class WeakrefFixtures {
    final Heap heap = new Heap();
    final PyClass cls = heap.newClass("C");
    final WeakRefs weakrefs = new WeakRefs();

    /** {@code C()}. */
    PyInstance obj() {
        return heap.newInstance(cls);
    }

    /** A callback that writes {@code label} to {@code log} when it runs. */
    static WeakCallback logging(List<String> log, String label) {
        return ref -> log.add(label);
    }

    /** A model function that records each call's arguments in {@code calls} and returns {@code result}. */
    PyFunction recorder(List<List<PyObject>> calls, PyObject result) {
        return heap.newFunction("recorder", args -> {
            calls.add(new ArrayList<>(args));
            return result;
        });
    }

    /**
     * A for-each loop over {@code items} that calls {@code body} before collecting each item, and fails once
     * more than {@code max} items came out, so a broken iterator cannot loop forever.
     */
    static <T> List<T> iterate(Iterable<T> items, int max, Consumer<T> body) {
        List<T> seen = new ArrayList<>();
        for (T item : items) {
            if (seen.size() == max) {
                throw new AssertionError("the iteration yields more items than the container ever held");
            }
            body.accept(item);
            seen.add(item);
        }
        return seen;
    }
}
