package pymem.namespaces;

import java.util.stream.Collectors;

import pymem.model.snippet.Block;
import pymem.model.snippet.Interpreter;

/** Runs snippets on the student's three classes; what the hidden tests compare with {@link NamespacesFacts}. */
final class Run {
    private Run() {
    }

    static Interpreter interpreter() {
        return new Interpreter(new SymbolTableBuilder(), new NameResolver(), new Closures());
    }

    /** What the snippet printed, then {@code Type: message} if an exception ended it, joined by backslash-n. */
    static String transcript(String source) {
        return interpreter().run(source).oneLine();
    }

    /** The student's classification of every function and class block, in the twin's symtable format. */
    static String scopes(String source) {
        Block top = interpreter().analyze(source);
        return top.children().stream().map(Block::describeTree).collect(Collectors.joining("; "));
    }
}
