package pymem.namespaces;

import pymem.model.PyObject;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameAccess;

/**
 * Run-time name access: what happens when a running block reads, binds or deletes a name, decided by the
 * {@link pymem.model.snippet.NameKind} the symbol table gave the name in the frame's block
 * ({@code frame.block().kindOf(identifier)}). Every name the evaluator passes here has a classification.
 */
public final class NameResolver implements NameAccess {

    /**
     * The object {@code identifier} refers to in {@code frame}, found as CPython 3.11 finds it:
     * <ul>
     *   <li>a LOCAL of a function: only in the frame's locals;</li>
     *   <li>a LOCAL of the module or of a class body: the frame's locals, then globals, then builtins;</li>
     *   <li>a global (explicit or implicit): globals, then builtins;</li>
     *   <li>a CELL or FREE name: the contents of the frame's cell for it.</li>
     * </ul>
     *
     * @throws pymem.model.PyException {@code UnboundLocalError: cannot access local variable 'x' where it
     *         is not associated with a value} for an unbound LOCAL of a function or an empty CELL;
     *         {@code NameError: cannot access free variable 'x' where it is not associated with a value in
     *         enclosing scope} for an empty FREE cell; {@code NameError: name 'x' is not defined} when the
     *         name is found nowhere
     */
    @Override
    public PyObject load(Frame frame, String identifier) {
        throw new UnsupportedOperationException("TODO task 3: NameResolver.load");
    }

    /**
     * {@code identifier = value} in {@code frame}: a declared global binds in the module's namespace, a CELL
     * or FREE name sets its cell's contents (seen by every closure sharing the cell), anything else binds in
     * the frame's locals.
     */
    @Override
    public void store(Frame frame, String identifier, PyObject value) {
        throw new UnsupportedOperationException("TODO task 3: NameResolver.store");
    }

    /**
     * {@code del identifier} in {@code frame}: unbinds the name where {@link #store} would have bound it
     * (a cell is emptied, not removed).
     *
     * @throws pymem.model.PyException when the name is not bound there: the same UnboundLocalError or
     *         free-variable NameError as {@link #load}; for a module or class name, or a declared global,
     *         {@code NameError: name 'x' is not defined}
     */
    @Override
    public void delete(Frame frame, String identifier) {
        throw new UnsupportedOperationException("TODO task 3: NameResolver.delete");
    }
}
