package pymem.model;

import java.util.List;

/** The Java body of a model function: receives the call's arguments, returns the result (never null: None). */
@FunctionalInterface
public interface PyCallable {
    PyObject call(List<PyObject> args);
}
