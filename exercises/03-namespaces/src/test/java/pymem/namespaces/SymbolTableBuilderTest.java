package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.PyException;
import pymem.model.snippet.Block;
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.NameKind;

/** Every expected classification below is what python3's symtable module reports for the same code. */
@DisplayName("The symbol table")
class SymbolTableBuilderTest {

    /** Parses and classifies {@code source}; returns the module block. */
    private static Block analyze(String source) {
        Block module = Interpreter.blocksOf(source);
        new SymbolTableBuilder().analyze(module);
        return module;
    }

    @Nested
    @DisplayName("task 1: local or global")
    @Tag("task:1")
    class LocalOrGlobal {

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
    @DisplayName("task 2: nested scopes")
    @Tag("task:2")
    class NestedScopes {

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
}
