package pymem.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A function object. Its code is a Java {@link PyCallable}; it holds its default argument values and its
 * closure (the cells of the free variables it uses), which is what the collector must see.
 */
public final class PyFunction extends PyObject {
    private final String name;
    private final PyCallable body;
    private final List<PyObject> defaults;
    private final List<PyCell> closure;

    public PyFunction(String name, PyCallable body, List<PyObject> defaults, List<PyCell> closure) {
        super(Kind.FUNCTION);
        this.name = name;
        this.body = body;
        this.defaults = List.copyOf(defaults);
        this.closure = List.copyOf(closure);
    }

    /** A function with no defaults and no closure. */
    public PyFunction(String name, PyCallable body) {
        this(name, body, List.of(), List.of());
    }

    public String name() {
        return name;
    }

    public List<PyObject> defaults() {
        return defaults;
    }

    public List<PyCell> closure() {
        return closure;
    }

    /** Calls the function: {@code f(*args)}. */
    public PyObject call(List<PyObject> args) {
        return body.call(args);
    }

    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        defaults.forEach(visit);
        closure.forEach(visit);
    }

    @Override
    public String repr() {
        return "<function " + name + " at 0x" + Long.toHexString(address()) + ">";
    }
}
