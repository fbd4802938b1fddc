package pymem.refcount;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyList;
import pymem.model.PyObject;

/** A fresh little interpreter for one hidden test: a heap, its counts, the statements, a module namespace. */
final class HiddenFixture {
    final Heap heap = new Heap();
    final RefCounts rc = new RefCounts(heap);
    final Statements py = new Statements(heap, rc);
    final Namespace globals = new Namespace("<module>");

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
