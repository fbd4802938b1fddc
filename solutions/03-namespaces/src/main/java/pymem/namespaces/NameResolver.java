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
 * Run-time name access, by the classification the symbol table gave each name: what CPython's
 * LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME (and their STORE and DELETE twins) do.
 *
 * <p>Function blocks are "optimized": a local name is only ever looked for in the frame's locals. Module
 * and class bodies are not: a local name not bound yet falls back to globals, then builtins.
 */
public final class NameResolver implements NameAccess {

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

    @Override
    public void store(Frame frame, String identifier, PyObject value) {
        switch (kindOf(frame, identifier)) {
            case GLOBAL_EXPLICIT -> frame.globals().bind(identifier, value);
            case CELL, FREE -> cellOf(frame, identifier).setContents(value);
            default -> frame.locals().bind(identifier, value);
        }
    }

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
