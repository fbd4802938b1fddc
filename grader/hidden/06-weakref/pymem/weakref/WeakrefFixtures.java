package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pymem.grading.Prerequisite;
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

    /** Checks, with objects of its own, that ref(o) without a callback is shared (concept 6.3). */
    static void requireSharedRefs() {
        Prerequisite.check("6.3", () -> {
            WeakrefFixtures f = new WeakrefFixtures();
            PyInstance o = f.obj();
            Ref first = f.weakrefs.ref(o);
            assertThat(f.weakrefs.ref(o)).as("ref(o) is ref(o) while the first lives").isSameAs(first);
        });
    }

    /** Checks, with objects of its own, that callbacks run newest ref first at a death (concept 6.4). */
    static void requireCallbackOrder() {
        Prerequisite.check("6.4", () -> {
            WeakrefFixtures f = new WeakrefFixtures();
            PyInstance o = f.obj();
            List<String> log = new ArrayList<>();
            f.weakrefs.ref(o, logging(log, "older"));
            f.weakrefs.ref(o, logging(log, "newer"));
            f.weakrefs.clearWeakRefs(o);
            assertThat(log).as("callbacks at a death: newest ref first").containsExactly("newer", "older");
        });
    }

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
