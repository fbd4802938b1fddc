package pymem.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An instance of a user-defined class. Its attributes are a name-to-object map in assignment order: in
 * CPython 3.11 these are the "inline values" of a managed dict (a real {@code __dict__} object is only made
 * when code asks for one), or the slots of a {@code __slots__} class.
 */
public final class PyInstance extends PyObject {
    private final PyClass cls;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();

    public PyInstance(PyClass cls) {
        super(Kind.INSTANCE);
        this.cls = cls;
    }

    /** {@code type(obj)}. */
    public PyClass cls() {
        return cls;
    }

    @Override
    public String typeName() {
        return cls.name();
    }

    /** {@code obj.attr}, or {@code null} when the instance has no such attribute of its own. */
    public PyObject getAttribute(String attr) {
        return attributes.get(attr);
    }

    /** {@code obj.attr = value}; returns the value replaced, or {@code null}. */
    public PyObject setAttribute(String attr, PyObject value) {
        return attributes.put(attr, value);
    }

    /** {@code del obj.attr}; returns the removed value, or {@code null}. */
    public PyObject removeAttribute(String attr) {
        return attributes.remove(attr);
    }

    /** The instance's attributes in assignment order (read-only). */
    public Map<String, PyObject> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Visits the class first (heap types are referred to by their instances), then the attribute values. */
    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        visit.accept(cls);
        attributes.values().forEach(visit);
    }

    @Override
    public String repr() {
        return "<" + cls.name() + " object at 0x" + Long.toHexString(address()) + ">";
    }
}
