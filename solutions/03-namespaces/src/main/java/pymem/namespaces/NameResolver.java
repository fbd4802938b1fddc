package pymem.namespaces;

import pymem.model.PyCell;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameAccess;
import pymem.model.snippet.NameKind;

/**
 * Run-time name access: what happens when a running block reads, binds or deletes a name, decided by the
 * {@link pymem.model.snippet.NameKind} the symbol table gave the name in the frame's block
 * ({@code frame.block().kindOf(identifier)}). Every name the evaluator passes here has a classification.
 */
public final class NameResolver implements NameAccess {
    // How: by the classification the symbol table gave each name, what CPython's LOAD_FAST / LOAD_DEREF /
    // LOAD_GLOBAL / LOAD_NAME (and their STORE and DELETE twins) do. Function blocks are "optimized": a
    // local name is only ever looked for in the frame's locals. Module and class bodies are not: a local
    // name not bound yet falls back to globals, then builtins.

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
        Block block = frame.block();
        switch (kindOf(frame, identifier)) {
            case LOCAL:
                if (block.kind() == BlockKind.FUNCTION) {
                    return boundOrUnboundLocal(frame.locals().get(identifier), identifier);
                }
                return nameLookup(frame, identifier);
            case GLOBAL_IMPLICIT, GLOBAL_EXPLICIT:
                // Not bound in this block: its own namespace cannot hold it, so straight to globals, then builtins.
                return globalLookup(frame, identifier);
            case CELL:
                return boundOrUnboundLocal(cellOf(frame, identifier).contents(), identifier);
            default: // FREE
                PyObject value = cellOf(frame, identifier).contents();
                if (value == null) {
                    throw freeVariableUnbound(identifier);
                }
                return value;
        }
    }

    /**
     * {@code identifier = value} in {@code frame}: a declared global binds in the module's namespace, a CELL
     * or FREE name sets its cell's contents (seen by every closure sharing the cell), anything else binds in
     * the frame's locals.
     */
    @Override
    public void store(Frame frame, String identifier, PyObject value) {
        switch (kindOf(frame, identifier)) {
            case GLOBAL_EXPLICIT -> frame.globals().bind(identifier, value);
            case CELL, FREE -> cellOf(frame, identifier).setContents(value);
            default -> frame.locals().bind(identifier, value);
        }
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
        switch (kindOf(frame, identifier)) {
            case GLOBAL_EXPLICIT -> {
                if (frame.globals().unbind(identifier) == null) {
                    throw nameError(identifier);
                }
            }
            case CELL, FREE -> {
                PyCell cell = cellOf(frame, identifier);
                if (cell.contents() == null) {
                    throw kindOf(frame, identifier) == NameKind.CELL ? unboundLocal(identifier) : freeVariableUnbound(identifier);
                }
                cell.setContents(null);
            }
            default -> {
                if (frame.locals().unbind(identifier) == null) {
                    throw frame.block().kind() == BlockKind.FUNCTION ? unboundLocal(identifier) : nameError(identifier);
                }
            }
        }
    }

    private static NameKind kindOf(Frame frame, String identifier) {
        return frame.block().kindOf(identifier);
    }

    private static PyCell cellOf(Frame frame, String identifier) {
        return frame.cell(identifier);
    }

    /** LOAD_NAME: this block's namespace, then the module's, then builtins. */
    private static PyObject nameLookup(Frame frame, String identifier) {
        PyObject value = frame.locals().get(identifier);
        return value != null ? value : globalLookup(frame, identifier);
    }

    /** LOAD_GLOBAL: the module's namespace, then builtins; a global shadows a builtin of the same name. */
    private static PyObject globalLookup(Frame frame, String identifier) {
        PyObject value = frame.globals().get(identifier);
        value = value != null ? value : frame.builtins().get(identifier);
        if (value == null) {
            throw nameError(identifier);
        }
        return value;
    }

    private static PyObject boundOrUnboundLocal(PyObject value, String identifier) {
        if (value == null) {
            throw unboundLocal(identifier);
        }
        return value;
    }

    static PyException nameError(String identifier) {
        return new PyException("NameError", "name '" + identifier + "' is not defined");
    }

    static PyException unboundLocal(String identifier) {
        return new PyException("UnboundLocalError",
                "cannot access local variable '" + identifier + "' where it is not associated with a value");
    }

    static PyException freeVariableUnbound(String identifier) {
        return new PyException("NameError", "cannot access free variable '" + identifier
                + "' where it is not associated with a value in enclosing scope");
    }
}
