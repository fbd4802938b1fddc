package pymem.mutability;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * The augmented assignment statement, {@code target op= value}, in CPython's two steps: compute
 * {@code inplace(target, value)}, then <em>store the result back into the target</em>, whatever it is. For a
 * mutable target the result is the same object (the store changes nothing visible); for an immutable one
 * it is a new object, and the store rebinds the name. When the target is an item of a tuple, step one can
 * succeed and step two fail.
 */
public final class AugmentedAssignment {
    private final Operators operators;

    /** @param heap where new result objects are registered */
    public AugmentedAssignment(Heap heap) {
        this.operators = new Operators(heap);
    }

    /**
     * {@code name += value} in {@code namespace}: the name is bound to {@link Operators#inplaceAdd}'s result,
     * which is the same object for a mutable left operand (every other name bound to it sees the change) and
     * a new object for an immutable one (other names keep the old object). Returns the object now bound.
     *
     * @throws PyException NameError {@code name 'x' is not defined} when the name is not bound; any error of
     *     the operation, and then the binding is unchanged
     */
    public PyObject addToName(Namespace namespace, String name, PyObject value) {
        PyObject result = operators.inplaceAdd(boundObject(namespace, name), value);
        namespace.bind(name, result);
        return result;
    }

    /**
     * {@code name |= value} in {@code namespace}, as {@link #addToName} with {@link Operators#inplaceOr}: a set
     * or dict changes in place, a frozenset or int is replaced by a new object.
     *
     * @throws PyException as {@link #addToName}
     */
    public PyObject orToName(Namespace namespace, String name, PyObject value) {
        PyObject result = operators.inplaceOr(boundObject(namespace, name), value);
        namespace.bind(name, result);
        return result;
    }

    /**
     * {@code container[key] += value}: reads the item ({@link Mutations#getItem}), applies
     * {@link Operators#inplaceAdd}, then stores the result back ({@link Mutations#setItem}), whatever it is.
     * Returns the stored result.
     *
     * <p>With {@code t = (1, [2])}, {@code t[1] += [3]} extends the list in place and then raises, because
     * a tuple refuses item assignment: afterwards {@code t} is {@code (1, [2, 3])}.
     *
     * @throws PyException any error of the three steps; an error in the store comes after the operation's
     *     effect on a mutable item has happened
     */
    public PyObject addToItem(PyObject container, PyObject key, PyObject value) {
        PyObject result = operators.inplaceAdd(Mutations.getItem(container, key), value);
        Mutations.setItem(container, key, result);
        return result;
    }

    /**
     * {@code container[key] |= value}, as {@link #addToItem} with {@link Operators#inplaceOr}.
     *
     * @throws PyException as {@link #addToItem}
     */
    public PyObject orToItem(PyObject container, PyObject key, PyObject value) {
        PyObject result = operators.inplaceOr(Mutations.getItem(container, key), value);
        Mutations.setItem(container, key, result);
        return result;
    }

    private static PyObject boundObject(Namespace namespace, String name) {
        PyObject target = namespace.get(name);
        if (target == null) {
            throw new PyException("NameError", "name '" + name + "' is not defined");
        }
        return target;
    }
}
