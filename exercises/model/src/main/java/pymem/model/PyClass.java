package pymem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A class made by a {@code class} statement. Its attributes (methods included) live in a name-to-object
 * map, like the class {@code __dict__}; special methods such as {@code __del__}, {@code __copy__} or
 * {@code __eq__} are {@link PyFunction}s stored there under their dunder name.
 *
 * <p>{@link #slots()} is {@code null} for an ordinary class, or the names listed in {@code __slots__}.
 */
public final class PyClass extends PyObject {
    private final String name;
    private final List<PyClass> bases;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();
    private final List<String> slots;

    public PyClass(String name, List<PyClass> bases, List<String> slots) {
        super(Kind.CLASS);
        this.name = name;
        this.bases = List.copyOf(bases);
        this.slots = slots == null ? null : List.copyOf(slots);
    }

    /** {@code class Name: pass}. */
    public PyClass(String name) {
        this(name, List.of(), null);
    }

    public String name() {
        return name;
    }

    public List<PyClass> bases() {
        return bases;
    }

    /** The names in {@code __slots__}, or {@code null} when the class has no {@code __slots__}. */
    public List<String> slots() {
        return slots;
    }

    /** {@code Cls.name = value} (also how methods are defined). */
    public void setAttribute(String attr, PyObject value) {
        attributes.put(attr, value);
    }

    /** The attribute defined on this class itself, or {@code null}. */
    public PyObject ownAttribute(String attr) {
        return attributes.get(attr);
    }

    /** The attribute from this class or, depth first, its bases (enough for single inheritance); or {@code null}. */
    public PyObject lookup(String attr) {
        PyObject found = attributes.get(attr);
        if (found != null) {
            return found;
        }
        for (PyClass base : bases) {
            found = base.lookup(attr);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public PyObject removeAttribute(String attr) {
        return attributes.remove(attr);
    }

    /** This class's own attributes, in definition order (read-only). */
    public Map<String, PyObject> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Visits the bases, then the attribute values. */
    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        bases.forEach(visit);
        new ArrayList<>(attributes.values()).forEach(visit);
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }
}
