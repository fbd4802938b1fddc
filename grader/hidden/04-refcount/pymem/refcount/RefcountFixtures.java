package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;

import pymem.grading.Prerequisite;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyList;
import pymem.model.PyObject;

/** A fresh little interpreter for one hidden test: a heap, its counts, the statements, a module namespace. */
final class RefcountFixtures {
    final Heap heap = new Heap();
    final RefCounts rc = new RefCounts(heap);
    final Statements py = new Statements(heap, rc);
    final Namespace globals = new Namespace("<module>");

    /**
     * Checks, on a heap of its own, that incref counts (concept 4.1): a test that needs it fails with "not
     * checked: depends on 4.1" rather than blaming its own concept when incref is what is broken.
     */
    static void requireCounting() {
        Prerequisite.check("4.1", () -> {
            Heap scratch = new Heap();
            RefCounts counts = new RefCounts(scratch);
            PyObject o = scratch.newList();
            counts.incref(o);
            counts.incref(o);
            assertThat(o.refcount()).as("two increfs of a new list give ob_refcnt 2").isEqualTo(2);
        });
    }

    /**
     * Checks, on a heap of its own, that incref counts (4.1) and that the last decref deallocates an object and
     * releases what it holds (4.3): what every statement and cascade test builds on.
     */
    static void requireCountingAndRelease() {
        requireCounting();
        Prerequisite.check("4.3", () -> {
            Heap scratch = new Heap();
            RefCounts counts = new RefCounts(scratch);
            PyObject item = scratch.newList();
            PyObject list = scratch.newList(item);
            counts.incref(item);
            counts.incref(list);
            counts.incref(item);
            counts.decref(item);
            assertThat(scratch.isLive(item)).as("a decref that leaves an owner keeps the object").isTrue();
            counts.decref(list);
            assertThat(scratch.isLive(list)).as("the last decref of [x] deallocates it").isFalse();
            assertThat(scratch.isLive(item)).as("deallocating [x] releases x, its only owner").isFalse();
        });
    }

    /**
     * Checks, on a heap of its own, the statements every statement, deallocation and cascade test uses to build
     * its objects: a new object is owned by no one (4.1), binding and del take and release one reference (4.7),
     * and each slot of a new list, tuple, instance, dict or attribute owns one (4.8).
     */
    static void requireStatements() {
        Heap scratch = new Heap();
        RefCounts counts = new RefCounts(scratch);
        Statements py = new Statements(scratch, counts);
        Namespace ns = new Namespace("<scratch>");
        Prerequisite.check("4.1", () -> {
            assertThat(py.newList().refcount()).as("[] before anything stores it: ob_refcnt 0").isZero();
            assertThat(py.newInstance(scratch.newClass("C")).refcount()).as("C() before anything stores it: ob_refcnt 0").isZero();
        });
        Prerequisite.check("4.7", () -> {
            PyObject x = py.newList();
            py.assign(ns, "x", x);
            py.assign(ns, "y", x);
            assertThat(x.refcount()).as("x = []; y = x: two names, ob_refcnt 2").isEqualTo(2);
            py.delete(ns, "y");
            assertThat(x.refcount()).as("del y: one name left, ob_refcnt 1").isEqualTo(1);
            assertThat(scratch.isLive(x)).as("del y leaves x's object alive").isTrue();
        });
        Prerequisite.check("4.8", () -> {
            PyObject x = py.newList();
            py.assign(ns, "x", x);
            py.newList(x, x);
            assertThat(x.refcount()).as("[x, x]: one reference per slot, ob_refcnt 1 + 2").isEqualTo(3);
            py.newTuple(x);
            assertThat(x.refcount()).as("(x,): one more").isEqualTo(4);
            pymem.model.PyInstance obj = py.newInstance(scratch.newClass("C"));
            py.setAttr(obj, "a", x);
            assertThat(x.refcount()).as("obj.a = x: one more").isEqualTo(5);
            pymem.model.PyDict d = scratch.newDict();
            PyObject k = scratch.newStr("k");
            py.setItem(d, k, x);
            assertThat(x.refcount()).as("d['k'] = x: one more").isEqualTo(6);
            assertThat(k.refcount()).as("d['k'] = x: the entry owns its key").isEqualTo(1);
        });
    }

    /**
     * What {@code sys.getrefcount(obj)} reports (ob_refcnt + 1), read from the object's own field: a test of
     * another concept must not fail because the student's {@code getrefcount} (concept 4.2) is wrong.
     */
    long refs(PyObject obj) {
        return obj.refcount() + 1;
    }

    /** The object a global name is bound to. */
    PyObject get(String name) {
        return globals.get(name);
    }

    /** {@code name = value} in the module namespace; returns value. */
    <T extends PyObject> T bind(String name, T value) {
        py.assign(globals, name, value);
        return value;
    }

    /** {@code l = []; for _ in range(depth): l = [l]}: a chain of depth + 1 lists bound to {@code name}. */
    PyList nestedLists(String name, int depth) {
        bind(name, py.newList());
        for (int i = 0; i < depth; i++) {
            bind(name, py.newList(get(name)));
        }
        return (PyList) get(name);
    }
}
