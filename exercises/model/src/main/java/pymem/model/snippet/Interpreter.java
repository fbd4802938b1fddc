package pymem.model.snippet;

import java.util.List;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;

/**
 * Runs a snippet: parse, collect the blocks, let the {@link ScopeAnalyzer} classify every name, then
 * execute. The evaluator never decides where a name lives: every load, store and delete of a name goes to
 * the {@link NameAccess}, and every frame and closure comes from the {@link FrameFactory}.
 *
 * <pre>
 *   Transcript t = new Interpreter(symbolTable, names, frames).run("x = 5\nprint(x)\n");
 *   t.output()    // "5\n"
 * </pre>
 *
 * <p>The work is shared out: {@link Parser} reads the text, {@link BlockCollector} records the names,
 * {@link Executor} walks statements and expressions, {@link Calls} makes and calls functions and classes,
 * {@link Values} does the arithmetic, {@link Printing} the reprs, {@link Builtins} provides {@code print}
 * and friends, and {@link CompileChecks} rejects what CPython's compiler rejects.
 */
public final class Interpreter {
    private final ScopeAnalyzer analyzer;
    private final NameAccess names;
    private final FrameFactory frames;

    public Interpreter(ScopeAnalyzer analyzer, NameAccess names, FrameFactory frames) {
        this.analyzer = analyzer;
        this.names = names;
        this.frames = frames;
    }

    /** Parses and collects the blocks of {@code source} without classifying them (for symbol-table tests). */
    public static Block blocksOf(String source) {
        Node.Module module = Parser.parse(source);
        return BlockCollector.collect(module).get(module);
    }

    /** Parses {@code source} and runs the symbol table over it; returns the classified module block. */
    public Block analyze(String source) {
        Node.Module module = Parser.parse(source);
        Map<Node, Block> found = BlockCollector.collect(module);
        analyzer.analyze(found.get(module));
        return found.get(module);
    }

    /**
     * Runs {@code source} as a module and returns what it printed and the Python exception that ended it, if
     * any. A SyntaxError from the symbol table or the compiler ends the run before anything executes, as in
     * CPython.
     *
     * @throws pymem.model.OutOfScopeError for a program that is valid Python but that the model does not
     *     run as CPython would (the message says what and why)
     */
    public Transcript run(String source) {
        StringBuilder out = new StringBuilder();
        try {
            Node.Module module = Parser.parse(source);
            Map<Node, Block> blocks = BlockCollector.collect(module);
            Block top = blocks.get(module);
            analyzer.analyze(top);
            CompileChecks.returnsInsideFunctions(module.body(), false);
            CompileChecks.noClassPassesACellItAlsoBinds(top);
            Heap heap = new Heap();
            Values values = new Values(heap);
            Printing printing = new Printing(values);
            Executor executor = new Executor(names, frames, blocks, heap, values, printing);
            Namespace globals = new Namespace("__main__");
            Frame frame = frames.enter(top, globals, Builtins.create(heap, values, printing, out), List.of());
            executor.execute(module.body(), frame);
            return new Transcript(out.toString(), null);
        } catch (PyException e) {
            return new Transcript(out.toString(), e);
        }
    }
}
