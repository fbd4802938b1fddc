package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.NameKind;

/**
 * The visible tests of exercise 03-namespaces, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class NamespacesTest {
    /** Parses and classifies {@code source}; returns the module block. */
    private static Block analyze(String source) {
        Block module = Interpreter.blocksOf(source);
        new SymbolTableBuilder().analyze(module);
        return module;
    }

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Local or global")
    class Task1 {
        @Test
        @Tag("concept:3.1")
        @DisplayName("labels an assigned name LOCAL and a name only read GLOBAL_IMPLICIT")
        void assignedIsLocal() {
            // GIVEN def f(a): b = a; print(b, c)
            Block f = analyze("def f(a):\n    b = a\n    print(b, c)\n").children().get(0);
            // THEN
            assertThat(f.kindOf("a")).as("a parameter").isEqualTo(NameKind.LOCAL);
            assertThat(f.kindOf("b")).as("b = a").isEqualTo(NameKind.LOCAL);
            assertThat(f.kindOf("c")).as("c only read").isEqualTo(NameKind.GLOBAL_IMPLICIT);
            assertThat(f.kindOf("print")).as("a builtin only read").isEqualTo(NameKind.GLOBAL_IMPLICIT);
        }

        @Test
        @Tag("concept:3.1")
        @DisplayName("labels a name LOCAL for the whole function when any statement binds it, even x += 1")
        void augmentedAssignmentBinds() {
            Block f = analyze("total = 0\ndef add(n):\n    total += n\n").children().get(0);
            assertThat(f.kindOf("total")).as("total += n binds total").isEqualTo(NameKind.LOCAL);
        }

        @Test
        @Tag("concept:3.1")
        @DisplayName("labels a name declared global GLOBAL_EXPLICIT")
        void declaredGlobal() {
            Block f = analyze("def f():\n    global g\n    g = 1\n").children().get(0);
            assertThat(f.kindOf("g")).as("global g; g = 1").isEqualTo(NameKind.GLOBAL_EXPLICIT);
        }

        @Test
        @Tag("concept:3.2")
        @DisplayName("rejects a global declaration after an assignment, with CPython's message")
        void assignedBeforeGlobal() {
            // GIVEN y = 2 before global y, WHEN analysed, THEN CPython's SyntaxError
            assertThatThrownBy(() -> analyze("def f():\n    y = 2\n    global y\n"))
                    .isInstanceOf(PyException.class)
                    .hasMessage("name 'y' is assigned to before global declaration")
                    .satisfies(e -> assertThat(((PyException) e).pythonType()).isEqualTo("SyntaxError"));
        }

        @Test
        @Tag("concept:3.2")
        @DisplayName("rejects a global declaration of a parameter")
        void parameterAndGlobal() {
            assertThatThrownBy(() -> analyze("def f(p):\n    global p\n"))
                    .isInstanceOf(PyException.class)
                    .hasMessage("name 'p' is parameter and global");
        }

        @Test
        @Tag("concept:3.1")
        @DisplayName("makes a name local to a function that only deletes it: def f(): del x")
        void deletionBinds() {
            Block f = analyze("def f():\n    del x\n").children().get(0);
            assertThat(f.kindOf("x")).as("x in f: del x binds x, so x is local").isEqualTo(NameKind.LOCAL);
        }
    
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Nested scopes")
    class Task2 {
        @Test
        @Tag("concept:3.4")
        @DisplayName("makes a local a nested function reads a CELL, and the nested read FREE")
        void cellAndFree() {
            Block outer = analyze("def outer():\n    v = 1\n    def inner():\n        return v\n").children().get(0);
            Block inner = outer.children().get(0);
            assertThat(outer.kindOf("v")).as("v in outer").isEqualTo(NameKind.CELL);
            assertThat(inner.kindOf("v")).as("v in inner").isEqualTo(NameKind.FREE);
        }

        @Test
        @Tag("concept:3.4")
        @DisplayName("makes a free name FREE in a function between, even one that never mentions it")
        void freeNamePassesThrough() {
            Block a = analyze("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n").children().get(0);
            Block b = a.children().get(0);
            Block c = b.children().get(0);
            assertThat(a.kindOf("v")).as("v in a, which binds it and a nested block reads it").isEqualTo(NameKind.CELL);
            assertThat(b.kindOf("v")).as("v in b: it passes through b on its way to c, so b must have it as FREE too")
                    .isEqualTo(NameKind.FREE);
            assertThat(c.kindOf("v")).as("v in c").isEqualTo(NameKind.FREE);
        }

        @Test
        @Tag("concept:3.4")
        @DisplayName("hides the enclosing binding from a function nested in one that declares the name global")
        void globalDeclarationHidesTheEnclosingBinding() {
            Block outer = analyze("def outer():\n    x = 1\n    def mid():\n        global x\n        def inner():\n            return x\n")
                    .children().get(0);
            Block mid = outer.children().get(0);
            assertThat(mid.children().get(0).kindOf("x")).as("x in inner: mid's global declaration hides outer's x")
                    .isEqualTo(NameKind.GLOBAL_IMPLICIT);
        }

        @Test
        @Tag("concept:3.3")
        @DisplayName("does not let a method see the names its class body binds")
        void classDoesNotEnclose() {
            Block cls = analyze("class C:\n    v = 1\n    def m(self):\n        return v\n").children().get(0);
            assertThat(cls.kindOf("v")).as("v in the class body").isEqualTo(NameKind.LOCAL);
            assertThat(cls.children().get(0).kindOf("v")).as("v in the method").isEqualTo(NameKind.GLOBAL_IMPLICIT);
        }

        @Test
        @Tag("concept:3.4")
        @DisplayName("gives a list comprehension its own block, named listcomp, with parameter .0")
        void comprehensionBlock() {
            Block comp = analyze("ys = [k * 2 for k in [1, 2]]\n").children().get(0);
            assertThat(comp.describe()).isEqualTo("listcomp: .0=LOCAL, k=LOCAL");
        }

        @Test
        @Tag("concept:3.2")
        @DisplayName("rejects nonlocal when no enclosing function binds the name")
        void noBindingForNonlocal() {
            assertThatThrownBy(() -> analyze("def f():\n    def g():\n        nonlocal q\n"))
                    .isInstanceOf(PyException.class)
                    .hasMessage("no binding for nonlocal 'q' found");
        }
    
    }

    /** Hand-made frames, so that task 3 can be done before tasks 1, 2 and 4. */
    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Looking names up")
    class Task3 {
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

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: Frames and closures")
    class Task4 {
        private final Namespace globals = new Namespace("__main__");
        private final Namespace builtins = new Namespace("builtins");

        @Test
        @Tag("concept:3.7")
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
        @DisplayName("runs module code with the globals as its locals")
        void moduleLocalsAreGlobals() {
            Frame module = new Closures().enter(new Block(BlockKind.MODULE, "top", null), globals, builtins, List.of());
            assertThat(module.locals()).isSameAs(globals);
        }

        @Test
        @Tag("concept:3.7")
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
}
