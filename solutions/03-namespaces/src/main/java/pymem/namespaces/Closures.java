package pymem.namespaces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.FrameFactory;
import pymem.model.snippet.NameKind;

/**
 * Frames and closures: the evaluator asks for a new frame every time a block starts to run (the module
 * once, a class body once, a function or comprehension at every call), and for a closure every time a
 * {@code def}, {@code lambda}, {@code class} or comprehension creates a nested block's function.
 */
public final class Closures implements FrameFactory {
    // How: every run of a block gets fresh, empty cells for its CELL names; a function made in that run
    // captures those very cells (not their values), so it sees later assignments, and two functions made
    // in the same run share them.

    /**
     * A new frame to run {@code block}. Its locals are the module's globals for the module block, and a new
     * empty namespace otherwise. Every CELL name of the block gets a new, empty cell, so two runs of one
     * function never share their cells; every FREE name gets the cell at the same position in
     * {@code closure}, FREE names taken in the order of {@code block.namesOf(NameKind.FREE)}.
     */
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

    /**
     * The closure for a function (or class body, or comprehension) of block {@code child} created while
     * {@code defining} runs: for each FREE name of {@code child}, in {@code child.namesOf(NameKind.FREE)}
     * order, the very cell {@code defining} has for that name (not a copy, not its current value).
     */
    @Override
    public List<PyCell> closureFor(Frame defining, Block child) {
        List<PyCell> closure = new ArrayList<>();
        for (String name : child.namesOf(NameKind.FREE)) {
            closure.add(defining.cell(name)); // the very cell, not its current value: late binding
        }
        return closure;
    }
}
