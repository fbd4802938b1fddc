package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import pymem.grading.Prerequisite;
import pymem.model.snippet.Block;
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.NameKind;

/** Runs snippets on the student's three classes; what the hidden tests compare with {@link NamespacesFacts}. */
final class RunFixtures {
    private RunFixtures() {
    }

    static Interpreter interpreter() {
        return new Interpreter(new SymbolTableBuilder(), new NameResolver(), new Closures());
    }

    /**
     * Checks that the symbol table makes a nested function's read of an enclosing local FREE in every block
     * between, and the binding a CELL (concept 3.4): closures can only capture the cells it names.
     */
    static void requireFreeNames() {
        Prerequisite.check("3.4", () -> {
            Block module = Interpreter.blocksOf("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n");
            new SymbolTableBuilder().analyze(module);
            Block a = module.children().get(0);
            Block b = a.children().get(0);
            assertThat(a.kindOf("v")).as("v in a, bound there and read by a nested function").isEqualTo(NameKind.CELL);
            assertThat(b.kindOf("v")).as("v in b, between a and the function that reads it").isEqualTo(NameKind.FREE);
            assertThat(b.children().get(0).kindOf("v")).as("v in c, which reads it").isEqualTo(NameKind.FREE);
        });
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
