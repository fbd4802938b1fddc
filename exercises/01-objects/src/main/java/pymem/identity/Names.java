package pymem.identity;

import pymem.model.Namespace;
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
        throw new UnsupportedOperationException("TODO task 6: Names.assign");
    }

    /** {@code target = source}: binds {@code target} to the object {@code source} is bound to right now. */
    public void assignName(String target, String source) {
        throw new UnsupportedOperationException("TODO task 6: Names.assignName");
    }

    /** The object {@code name} is bound to (evaluating the expression {@code name}). */
    public PyObject lookup(String name) {
        throw new UnsupportedOperationException("TODO task 6: Names.lookup");
    }

    /** {@code id(name)}: the address of the object {@code name} is bound to. */
    public long id(String name) {
        throw new UnsupportedOperationException("TODO task 6: Names.id");
    }

    /** {@code a is b} for two names: true when both are bound to one object. */
    public boolean sameObject(String a, String b) {
        throw new UnsupportedOperationException("TODO task 6: Names.sameObject");
    }

    /**
     * {@code del name}: removes the label; the object and any other name bound to it are untouched. Deleting
     * a name that is not bound raises the NameError.
     */
    public void delete(String name) {
        throw new UnsupportedOperationException("TODO task 6: Names.delete");
    }
}
