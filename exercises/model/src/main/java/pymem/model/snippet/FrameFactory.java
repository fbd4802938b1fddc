package pymem.model.snippet;

import java.util.List;

import pymem.model.Namespace;
import pymem.model.PyCell;

/** Frames and closures: how a block gets its cells (exercise 03 implements it). */
public interface FrameFactory {
    /**
     * A new frame to run {@code block}: the module's frame, a class body's, or one call of a function.
     * {@code closure} holds the cells of the block's free names, in the order of {@code closureFor}.
     */
    Frame enter(Block block, Namespace globals, Namespace builtins, List<PyCell> closure);

    /** The cells a function or class defined in {@code defining} captures for its block {@code child}. */
    List<PyCell> closureFor(Frame defining, Block child);
}
