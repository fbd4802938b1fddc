package pymem.namespaces;

import java.util.List;

import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.snippet.Block;
import pymem.model.snippet.Frame;
import pymem.model.snippet.FrameFactory;

/**
 * Frames and closures: the evaluator asks for a new frame every time a block starts to run (the module
 * once, a class body once, a function or comprehension at every call), and for a closure every time a
 * {@code def}, {@code lambda}, {@code class} or comprehension creates a nested block's function.
 */
public final class Closures implements FrameFactory {

    /**
     * A new frame to run {@code block}. Its locals are the module's globals for the module block, and a new
     * empty namespace otherwise. Every CELL name of the block gets a new, empty cell, so two runs of one
     * function never share their cells; every FREE name gets the cell at the same position in
     * {@code closure}, FREE names taken in the order of {@code block.namesOf(NameKind.FREE)}.
     */
    @Override
    public Frame enter(Block block, Namespace globals, Namespace builtins, List<PyCell> closure) {
        throw new UnsupportedOperationException("TODO task 4: Closures.enter");
    }

    /**
     * The closure for a function (or class body, or comprehension) of block {@code child} created while
     * {@code defining} runs: for each FREE name of {@code child}, in {@code child.namesOf(NameKind.FREE)}
     * order, the very cell {@code defining} has for that name (not a copy, not its current value).
     */
    @Override
    public List<PyCell> closureFor(Frame defining, Block child) {
        throw new UnsupportedOperationException("TODO task 4: Closures.closureFor");
    }
}
