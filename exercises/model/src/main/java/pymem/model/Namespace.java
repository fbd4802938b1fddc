package pymem.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A namespace: names bound to objects, like a module's globals or a function's locals.
 *
 * <p>A name is not an object and not a box holding a value: it is a label on an object. Binding a
 * second name to the same object ({@code y = x}) makes both labels point at one object. The namespace
 * only records the bindings; it does not count references (exercise 04 does).
 */
public final class Namespace {
    private final String name;
    private final Map<String, PyObject> bindings = new LinkedHashMap<>();

    /** @param name what the namespace belongs to, for messages, e.g. {@code "<module>"} or {@code "f"} */
    public Namespace(String name) {
        this.name = name;
        ModelWatch.namespaceCreated(this);
    }

    public String name() {
        return name;
    }

    /** The object bound to {@code identifier}, or {@code null} when the name is not bound here. */
    public PyObject get(String identifier) {
        return bindings.get(identifier);
    }

    public boolean contains(String identifier) {
        return bindings.containsKey(identifier);
    }

    /** {@code identifier = obj}; returns the object the name was bound to before, or {@code null}. */
    public PyObject bind(String identifier, PyObject obj) {
        return bindings.put(identifier, obj);
    }

    /** {@code del identifier}; returns the object it was bound to, or {@code null} if it was not bound. */
    public PyObject unbind(String identifier) {
        return bindings.remove(identifier);
    }

    /** The bindings in the order the names were first bound (read-only). */
    public Map<String, PyObject> bindings() {
        return Collections.unmodifiableMap(bindings);
    }

    @Override
    public String toString() {
        return "namespace " + name + " " + bindings.keySet();
    }
}
