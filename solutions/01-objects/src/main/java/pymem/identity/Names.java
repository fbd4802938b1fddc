package pymem.identity;

import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * Task 6: names bound to objects, over one {@link Namespace} (a module's globals, say). A name is a label
 * on an object, never a box holding a value: {@code y = x} puts a second label on x's object, and binding
 * either name again moves that label only.
 *
 * <p>Every method that reads a name that is not bound raises Python's error: a {@code PyException} of type
 * {@code NameError} with the message {@code name 'x' is not defined} (with the name in place of x).
 */
public final class Names {
    private final Namespace namespace;

    public Names(Namespace namespace) {
        this.namespace = namespace;
    }

    /** {@code name = obj}: binds {@code name} to {@code obj}, replacing any earlier binding of that name only. */
    public void assign(String name, PyObject obj) {
        namespace.bind(name, obj);
    }

    /** {@code target = source}: binds {@code target} to the object {@code source} is bound to right now. */
    public void assignName(String target, String source) {
        namespace.bind(target, lookup(source));
    }

    /** The object {@code name} is bound to (evaluating the expression {@code name}). */
    public PyObject lookup(String name) {
        PyObject obj = namespace.get(name);
        if (obj == null) {
            throw nameError(name);
        }
        return obj;
    }

    /** {@code id(name)}: the address of the object {@code name} is bound to. */
    public long id(String name) {
        return lookup(name).address();
    }

    /** {@code a is b} for two names: true when both are bound to one object. */
    public boolean sameObject(String a, String b) {
        return lookup(a) == lookup(b);
    }

    /**
     * {@code del name}: removes the label; the object and any other name bound to it are untouched. Deleting
     * a name that is not bound raises the NameError.
     */
    public void delete(String name) {
        if (namespace.unbind(name) == null) {
            throw nameError(name);
        }
    }

    private static PyException nameError(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }
}
