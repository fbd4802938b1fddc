package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import pymem.grading.Prerequisite;
import pymem.model.Heap;
import pymem.model.PyCallable;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * A heap plus a collector, with the reference counts a Python program would produce. Every factory returns
 * an object with refcount 1: the name the test binds it to. Storing it in a container adds one; {@link #del}
 * drops a name's reference. The decref hook only lowers the count (freeing is exercise 04's job) and records
 * which objects it was called for.
 */
final class GcFixtures {
    final Heap heap = new Heap();
    final List<PyObject> released = new ArrayList<>();
    final GarbageCollector gc = new GarbageCollector(heap, obj -> {
        released.add(obj);
        obj.setRefcount(obj.refcount() - 1);
    });

    /**
     * Checks, in a world of its own, that containers are tracked, atoms are not, and a dict only once it holds a container (concept 5.1): a collection
     * only examines tracked objects, so every other test of the collector builds on it.
     */
    static void requireTracking() {
        Prerequisite.check("5.1", () -> {
            GcFixtures w = new GcFixtures();
            assertThat(w.gc.isTracked(w.list())).as("gc.is_tracked([])").isTrue();
            assertThat(w.gc.isTracked(w.instance(w.cls("C")))).as("gc.is_tracked(C())").isTrue();
            assertThat(w.gc.isTracked(w.integer(12345))).as("gc.is_tracked(12345)").isFalse();
            PyDict d = w.dict();
            w.put(d, w.str("a"), w.integer(1));
            assertThat(w.gc.isTracked(d)).as("gc.is_tracked({'a': 1}): a dict of atoms is not tracked").isFalse();
            w.put(d, w.str("b"), w.list());
            assertThat(w.gc.isTracked(d)).as("gc.is_tracked(d) once d['b'] = []").isTrue();
        });
    }

    /** Checks, in a world of its own, that a collection frees an unreachable self-cycle (concept 5.2). */
    static void requireFindingGarbage() {
        Prerequisite.check("5.2", () -> {
            GcFixtures w = new GcFixtures();
            PyList a = w.list();
            a.append(a);
            incref(a);
            w.del(a);
            w.gc.collect();
            assertThat(a.isFreed()).as("a = []; a.append(a); del a; gc.collect() frees a").isTrue();
        });
    }

    private <T extends PyObject> T born(T obj) {
        obj.setRefcount(1);
        gc.objectCreated(obj);
        return obj;
    }

    private static void incref(PyObject obj) {
        obj.setRefcount(obj.refcount() + 1);
    }

    PyInt integer(long value) {
        return born(heap.newInt(value));
    }

    PyStr str(String value) {
        return born(heap.newStr(value));
    }

    PyList list(PyObject... items) {
        for (PyObject item : items) {
            incref(item);
        }
        return born(heap.newList(items));
    }

    PyTuple tuple(PyObject... items) {
        for (PyObject item : items) {
            incref(item);
        }
        return born(heap.newTuple(items));
    }

    PySet set(PyObject... items) {
        for (PyObject item : items) {
            incref(item);
        }
        return born(heap.newSet(items));
    }

    PyDict dict() {
        return born(heap.newDict());
    }

    PyClass cls(String name) {
        return born(heap.newClass(name));
    }

    /** {@code class name: def __del__(self): body(self)}; the function is held by the class only. */
    PyClass clsWithDel(String name, PyCallable body) {
        PyClass cls = cls(name);
        PyFunction del = born(heap.newFunction("__del__", body));
        cls.setAttribute("__del__", del);
        return cls;
    }

    PyInstance instance(PyClass cls) {
        incref(cls);
        return born(heap.newInstance(cls));
    }

    /** {@code list.append(item)}. */
    void append(PyList list, PyObject item) {
        list.append(item);
        incref(item);
    }

    /** {@code obj.attr = value}. */
    void setattr(PyInstance obj, String attr, PyObject value) {
        incref(value);
        PyObject old = obj.setAttribute(attr, value);
        if (old != null) {
            old.setRefcount(old.refcount() - 1);
        }
    }

    /** {@code d[key] = value}, telling the collector as dict's store does. */
    void put(PyDict dict, PyObject key, PyObject value) {
        incref(key);
        incref(value);
        dict.put(key, value);
        gc.dictStored(dict, key, value);
    }

    /** {@code del name} for each object: one reference fewer. */
    void del(PyObject... names) {
        for (PyObject obj : names) {
            obj.setRefcount(obj.refcount() - 1);
        }
    }

    /** {@code a.other = b; b.other = a} over two new instances of {@code cls}; both names are dropped. */
    PyInstance[] garbagePair(PyClass cls) {
        PyInstance a = instance(cls);
        PyInstance b = instance(cls);
        setattr(a, "other", b);
        setattr(b, "other", a);
        del(a, b);
        return new PyInstance[] {a, b};
    }
}
