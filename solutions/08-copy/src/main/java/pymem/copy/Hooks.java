package pymem.copy;

import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/** Finds the {@code __copy__} / {@code __deepcopy__} methods a class may define. */
final class Hooks {
    static final String COPY = "__copy__";
    static final String DEEPCOPY = "__deepcopy__";

    private Hooks() {
    }

    /** The function the instance's class (or a base) defines under {@code name}, or {@code null}. */
    static PyFunction find(PyObject x, String name) {
        if (x instanceof PyInstance instance && instance.cls().lookup(name) instanceof PyFunction hook) {
            return hook;
        }
        return null;
    }
}
