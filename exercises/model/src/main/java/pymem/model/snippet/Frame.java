package pymem.model.snippet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import pymem.model.Namespace;
import pymem.model.PyCell;

/**
 * One running block: what CPython's frame holds for name access.
 *
 * <pre>
 *   Frame of f                         cells (by name)
 *   +-----------------+                +-----+      +--------+
 *   | block    f      |          x --->| cell|----->| int 5  |   CELL: f's own, shared with g
 *   | locals   {a: 1} |                +-----+      +--------+
 *   | globals  ------------> module namespace (the same object in every frame of the module)
 *   | builtins ------------> builtins namespace {print, len, range, ...}
 *   | cells    ------------> {x: cell}  (CELL names: made empty on entry; FREE names: the closure's cells)
 *   +-----------------+
 * </pre>
 *
 * <p>For the module frame {@code locals} and {@code globals} are the same namespace. A class body has its
 * own {@code locals}, which become the class's attributes when the body ends.
 */
public final class Frame {
    private final Block block;
    private final Namespace locals;
    private final Namespace globals;
    private final Namespace builtins;
    private final Map<String, PyCell> cells;

    public Frame(Block block, Namespace locals, Namespace globals, Namespace builtins, Map<String, PyCell> cells) {
        this.block = block;
        this.locals = locals;
        this.globals = globals;
        this.builtins = builtins;
        this.cells = new LinkedHashMap<>(cells);
    }

    /** The block this frame runs, with its classification. */
    public Block block() {
        return block;
    }

    public Namespace locals() {
        return locals;
    }

    public Namespace globals() {
        return globals;
    }

    public Namespace builtins() {
        return builtins;
    }

    /** The cell for a CELL or FREE name, or null when this frame has none for {@code identifier}. */
    public PyCell cell(String identifier) {
        return cells.get(identifier);
    }

    /** Every cell of the frame by name (read-only). */
    public Map<String, PyCell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    @Override
    public String toString() {
        return "frame of " + block.name() + " locals " + locals.bindings().keySet() + " cells " + cells.keySet();
    }
}
