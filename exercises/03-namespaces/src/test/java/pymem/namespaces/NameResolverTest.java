package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameKind;

/** Hand-made frames, so that task 3 can be done before tasks 1, 2 and 4. */
@DisplayName("Looking names up at run time")
@Tag("task:3")
class NameResolverTest {
    private final Heap heap = new Heap();
    private final NameResolver names = new NameResolver();
    private Namespace globals;
    private Namespace builtins;
    private Block function;

    @BeforeEach
    void setUp() {
        globals = new Namespace("__main__");
        builtins = new Namespace("builtins");
        function = new Block(BlockKind.FUNCTION, "f", new Block(BlockKind.MODULE, "top", null));
    }

    private Frame functionFrame(Map<String, PyCell> cells) {
        return new Frame(function, new Namespace("f"), globals, builtins, cells);
    }

    @Test
    @Tag("concept:3.5")
    @DisplayName("finds a global before a builtin of the same name")
    void globalsBeforeBuiltins() {
        // GIVEN len is both a global and a builtin, and a global (implicit) in f
        function.classify("len", NameKind.GLOBAL_IMPLICIT);
        PyObject mine = heap.newStr("mine");
        globals.bind("len", mine);
        builtins.bind("len", heap.newStr("builtin"));
        // WHEN f reads len THEN it gets the global
        assertThat(names.load(functionFrame(Map.of()), "len")).as("len in f").isSameAs(mine);
    }

    @Test
    @Tag("concept:3.5")
    @DisplayName("raises UnboundLocalError for a local of a function that is not bound yet")
    void unboundLocal() {
        function.classify("x", NameKind.LOCAL);
        globals.bind("x", heap.newInt(10));
        assertThatThrownBy(() -> names.load(functionFrame(Map.of()), "x"))
                .isInstanceOf(PyException.class)
                .hasMessage("cannot access local variable 'x' where it is not associated with a value")
                .satisfies(e -> assertThat(((PyException) e).pythonType()).isEqualTo("UnboundLocalError"));
    }

    @Test
    @Tag("concept:3.6")
    @DisplayName("lets a class body's local that is not bound yet fall back to the global: x = 10; class C: y = x; x = 1")
    void classBodyFallsBackToGlobals() {
        // GIVEN x is LOCAL in the class body (the body binds it), not bound there yet, and a global
        Block cls = new Block(BlockKind.CLASS, "C", function.parent());
        cls.classify("x", NameKind.LOCAL);
        PyObject global = heap.newInt(10);
        globals.bind("x", global);
        Frame body = new Frame(cls, new Namespace("C"), globals, builtins, Map.of());
        // WHEN the body reads x THEN it gets the global: class bodies are not optimized
        assertThat(names.load(body, "x")).as("x in the class body before its own x = 1").isSameAs(global);
    }

    @Test
    @Tag("concept:3.5")
    @DisplayName("raises NameError for a global found neither in globals nor builtins")
    void undefinedGlobal() {
        function.classify("nowhere", NameKind.GLOBAL_IMPLICIT);
        assertThatThrownBy(() -> names.load(functionFrame(Map.of()), "nowhere"))
                .isInstanceOf(PyException.class)
                .hasMessage("name 'nowhere' is not defined");
    }

    @Test
    @Tag("concept:3.7")
    @DisplayName("stores a FREE name into its cell, where every sharer sees it")
    void storeIntoCell() {
        function.classify("n", NameKind.FREE);
        PyCell cell = new PyCell(heap.newInt(0));
        PyObject one = heap.newInt(1);
        names.store(functionFrame(Map.of("n", cell)), "n", one);
        assertThat(cell.contents()).as("the shared cell after n = 1").isSameAs(one);
    }

    @Test
    @Tag("concept:3.7")
    @DisplayName("raises the free-variable NameError when a FREE name's cell is empty")
    void emptyFreeCell() {
        function.classify("n", NameKind.FREE);
        assertThatThrownBy(() -> names.load(functionFrame(Map.of("n", new PyCell(null))), "n"))
                .isInstanceOf(PyException.class)
                .hasMessage("cannot access free variable 'n' where it is not associated with a value in enclosing scope");
    }
}
