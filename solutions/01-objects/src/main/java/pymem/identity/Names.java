package pymem.identity;

import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * Task 6: names are labels bound to objects. {@code y = x} puts a second label on x's object; binding
 * either name again moves only that label.
 */
public final class Names {
    private final Namespace namespace;

    public Names(Namespace namespace) {
        this.namespace = namespace;
    }

    public void assign(String name, PyObject obj) {
        namespace.bind(name, obj);
    }

    public void assignName(String target, String source) {
        namespace.bind(target, lookup(source));
    }

    public PyObject lookup(String name) {
        PyObject obj = namespace.get(name);
        if (obj == null) {
            throw nameError(name);
        }
        return obj;
    }

    public long id(String name) {
        return lookup(name).address();
    }

    public boolean sameObject(String a, String b) {
        return lookup(a) == lookup(b);
    }

    public void delete(String name) {
        if (namespace.unbind(name) == null) {
            throw nameError(name);
        }
    }

    private static PyException nameError(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }
}
