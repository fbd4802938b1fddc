package pymem.model.snippet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * Exercise 03's run-time half, worked out for the model's own tests: name access by kind (LOAD_FAST,
 * LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME and their STORE and DELETE twins) and frames with fresh cells.
 */
final class WorkedNames implements NameAccess, FrameFactory {

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


    @Override
    public Frame enter(Block block, Namespace globals, Namespace builtins, List<PyCell> closure) {
        List<String> freeNames = block.namesOf(NameKind.FREE);
        Map<String, PyCell> cells = new LinkedHashMap<>();
        for (String name : block.namesOf(NameKind.CELL)) {
            cells.put(name, new PyCell(null));
        }
        for (int i = 0; i < freeNames.size(); i++) {
            cells.put(freeNames.get(i), closure.get(i));
        }
        // Module code runs with its globals as its locals: a module-level binding is a global.
        Namespace locals = block.kind() == BlockKind.MODULE ? globals : new Namespace(block.name());
        return new Frame(block, locals, globals, builtins, cells);
    }

    @Override
    public List<PyCell> closureFor(Frame defining, Block child) {
        List<PyCell> closure = new ArrayList<>();
        for (String name : child.namesOf(NameKind.FREE)) {
            closure.add(defining.cell(name)); // the very cell, not its current value: late binding
        }
        return closure;
    }
}
