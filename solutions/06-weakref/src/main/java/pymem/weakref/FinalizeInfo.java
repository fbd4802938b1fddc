package pymem.weakref;

import java.util.List;
import pymem.model.PyFunction;
import pymem.model.PyObject;

/**
 * What {@code finalize.peek()} and {@code finalize.detach()} return: the tuple {@code (obj, func, args,
 * kwargs)} without kwargs, which the model's functions do not have.
 *
 * @param obj  the (still living) object the finalizer watches
 * @param func the function the finalizer would call
 * @param args the arguments it would pass
 */
public record FinalizeInfo(PyObject obj, PyFunction func, List<PyObject> args) {
}
