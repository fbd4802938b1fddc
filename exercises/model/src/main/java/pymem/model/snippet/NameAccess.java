package pymem.model.snippet;

import pymem.model.PyObject;

/** Run-time name access: what LOAD_*, STORE_* and DELETE_* do (exercise 03 implements it). */
public interface NameAccess {
    /** The object {@code identifier} refers to in {@code frame}; throws NameError or UnboundLocalError. */
    PyObject load(Frame frame, String identifier);

    /** {@code identifier = value} in {@code frame}. */
    void store(Frame frame, String identifier, PyObject value);

    /** {@code del identifier} in {@code frame}; throws NameError or UnboundLocalError when it is not bound. */
    void delete(Frame frame, String identifier);
}
