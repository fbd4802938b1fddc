package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.NameKind;

@DisplayName("Frames and closures")
class ClosuresTest {
    private final Namespace globals = new Namespace("__main__");
    private final Namespace builtins = new Namespace("builtins");

    @Test
    @Tag("concept:3.7")
    @Tag("task:4")
    @DisplayName("gives every CELL name of a block a new empty cell on each entry")
    void freshEmptyCells() {
        // GIVEN a hand-classified function whose local n is used by a nested function
        Block f = new Block(BlockKind.FUNCTION, "f", new Block(BlockKind.MODULE, "top", null));
        f.classify("n", NameKind.CELL);
        Closures closures = new Closures();
        // WHEN it is entered twice
        Frame first = closures.enter(f, globals, builtins, List.of());
        Frame second = closures.enter(f, globals, builtins, List.of());
        // THEN
        assertThat(first.cell("n")).as("a CELL name has a cell").isNotNull();
        assertThat(first.cell("n").contents()).as("a new cell is empty").isNull();
        assertThat(second.cell("n")).as("each call has its own cell").isNotSameAs(first.cell("n"));
    }

    @Test
    @Tag("concept:3.7")
    @Tag("task:4")
    @DisplayName("captures the defining frame's cells themselves")
    void capturesCells() {
        Block top = new Block(BlockKind.MODULE, "top", null);
        Block f = new Block(BlockKind.FUNCTION, "f", top);
        Block g = new Block(BlockKind.FUNCTION, "g", f);
        f.classify("n", NameKind.CELL);
        g.classify("n", NameKind.FREE);
        Closures closures = new Closures();
        Frame running = closures.enter(f, globals, builtins, List.of());
        List<PyCell> closure = closures.closureFor(running, g);
        assertThat(closure).as("g's closure").containsExactly(running.cell("n"));
        assertThat(closures.enter(g, globals, builtins, closure).cell("n")).as("n in a call of g").isSameAs(running.cell("n"));
    }

    @Test
    @Tag("concept:3.6")
    @Tag("task:4")
    @DisplayName("runs module code with the globals as its locals")
    void moduleLocalsAreGlobals() {
        Frame module = new Closures().enter(new Block(BlockKind.MODULE, "top", null), globals, builtins, List.of());
        assertThat(module.locals()).isSameAs(globals);
    }

    @Test
    @Tag("concept:3.7")
    @Tag("task:4")
    @DisplayName("makes two closures of one call share a counter (all tasks together)")
    void endToEnd() {
        // GIVEN, WHEN: python3 prints "1 2" for this snippet
        String source = """
                def make():
                    count = 0
                    def up():
                        nonlocal count
                        count += 1
                        return count
                    return up
                up = make()
                print(up(), up())
                """;
        // THEN
        assertThat(new Interpreter(new SymbolTableBuilder(), new NameResolver(), new Closures()).run(source).oneLine())
                .isEqualTo("1 2");
    }
}
