package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameKind;

@DisplayName("Task 3: looking names up at run time")
@Tag("task:3")
class LookupHiddenTest {

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("reads a function's own local, and the module's name outside it (the notebook's first example)")
    void localVersusGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NOTEBOOK_LOCAL_VS_GLOBAL))
                .as("a function's local hides the global of the same name only inside the function")
                .isEqualTo(NamespacesFacts.NOTEBOOK_LOCAL_VS_GLOBAL);
        assertThat(RunFixtures.transcript(SnippetFixtures.NOTEBOOK_BUILTIN))
                .as("a name bound nowhere in the program is found in builtins")
                .isEqualTo(NamespacesFacts.NOTEBOOK_BUILTIN);
    }

    @Test
    @Concept("3.5")
    @Points(3)
    @DisplayName("looks in globals before builtins, so a module's def shadows the builtin")
    void globalsBeforeBuiltins() {
        assertThat(RunFixtures.transcript(SnippetFixtures.GLOBAL_SHADOWS_BUILTIN))
                .as("LEGB: the module's globals are searched before builtins")
                .isEqualTo(NamespacesFacts.GLOBAL_SHADOWS_BUILTIN);
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("lets module code read a builtin until the module binds the same name, and again after del")
    void moduleFallsBackToBuiltins() {
        assertThat(RunFixtures.transcript(SnippetFixtures.MODULE_NAME_FALLS_BACK_TO_BUILTIN))
                .as("a module-level name not bound yet (or deleted) falls back to builtins")
                .isEqualTo(NamespacesFacts.MODULE_NAME_FALLS_BACK_TO_BUILTIN);
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("raises UnboundLocalError for a local read before its assignment, even when a global has that name")
    void unboundLocal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.UNBOUND_LOCAL_READ))
                .as("a LOCAL name never falls back to globals in a function: UnboundLocalError")
                .isEqualTo(NamespacesFacts.UNBOUND_LOCAL_READ);
    }

    @Test
    @Concept("3.1")
    @Points(3)
    @DisplayName("raises UnboundLocalError for x += 1 in a function where x is only a global")
    void augmentedAssignmentOfGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.AUG_ASSIGN_OF_GLOBAL))
                .as("x += 1 reads the LOCAL x first, and it is unbound: not a read of the global")
                .isEqualTo(NamespacesFacts.AUG_ASSIGN_OF_GLOBAL);
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("stores into the module's namespace after a global declaration")
    void globalDeclarationStores() {
        assertThat(RunFixtures.transcript(SnippetFixtures.GLOBAL_DECLARATION_REBINDS_MODULE_NAME))
                .as("a GLOBAL_EXPLICIT store rebinds the module's name")
                .isEqualTo(NamespacesFacts.GLOBAL_DECLARATION_REBINDS_MODULE_NAME);
        assertThat(RunFixtures.transcript(SnippetFixtures.RECURSION_FINDS_ITSELF_IN_GLOBALS))
                .as("a function finds its own name in the module's globals when it calls itself")
                .isEqualTo(NamespacesFacts.RECURSION_FINDS_ITSELF_IN_GLOBALS);
    }

    @Test
    @Concept("3.5")
    @Points(1)
    @DisplayName("raises NameError with CPython's message for a name bound nowhere")
    void undefinedName() {
        assertThat(RunFixtures.transcript(SnippetFixtures.UNDEFINED_NAME))
                .as("a global found neither in globals nor builtins is a NameError")
                .isEqualTo(NamespacesFacts.UNDEFINED_NAME);
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("unbinds a local with del, and reports deleting an unbound local as UnboundLocalError")
    void deleteLocal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_THEN_READ_LOCAL))
                .as("after del x, reading the local x is UnboundLocalError")
                .isEqualTo(NamespacesFacts.DEL_THEN_READ_LOCAL);
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_MAKES_NAME_LOCAL))
                .as("del of a local never bound is UnboundLocalError, whatever the module holds")
                .isEqualTo(NamespacesFacts.DEL_MAKES_NAME_LOCAL);
    }

    @Test
    @Concept("3.5")
    @Points(1)
    @DisplayName("reports deleting an unbound declared global as NameError")
    void deleteGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_UNBOUND_DECLARED_GLOBAL))
                .as("del of a GLOBAL_EXPLICIT name the module lacks is NameError")
                .isEqualTo(NamespacesFacts.DEL_UNBOUND_DECLARED_GLOBAL);
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("lets a class body read the global until the body binds its own name")
    void classBodyFallsBack() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN))
                .as("a class body is not a function: a LOCAL not bound yet falls back to globals")
                .isEqualTo(NamespacesFacts.CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN);
    }

    @Test
    @Concept("3.3")
    @Points(2)
    @DisplayName("runs a method against globals, not against its class body")
    void classDoesNotEncloseAtRunTime() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_BODY_DOES_NOT_ENCLOSE_METHODS))
                .as("a method's free-looking name is a global: the class attribute is not seen")
                .isEqualTo(NamespacesFacts.CLASS_BODY_DOES_NOT_ENCLOSE_METHODS);
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("keeps a comprehension's loop variable out of the enclosing namespace")
    void comprehensionDoesNotLeak() {
        assertThat(RunFixtures.transcript(SnippetFixtures.COMPREHENSION_VARIABLE_DOES_NOT_LEAK))
                .as("in 3.11 the loop variable lives in the comprehension's own frame")
                .isEqualTo(NamespacesFacts.COMPREHENSION_VARIABLE_DOES_NOT_LEAK);
    }

    @Test
    @Concept("3.3")
    @Points(2)
    @DisplayName("evaluates a class comprehension's first iterable in the class body, and the rest not")
    void comprehensionInClass() {
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_COMPREHENSION_FIRST_ITERABLE))
                .as("the first iterable is evaluated in the class body, where the class's names are visible")
                .isEqualTo(NamespacesFacts.CLASS_COMPREHENSION_FIRST_ITERABLE);
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_COMPREHENSION_INNER_NAME))
                .as("inside the comprehension the class's names are not visible: NameError")
                .isEqualTo(NamespacesFacts.CLASS_COMPREHENSION_INNER_NAME);
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("reads a module-level global through a function frame, not through the function's locals")
    void implicitGlobalSkipsLocals() {
        // A hand-made frame whose locals happen to hold the name: an implicit global must not look there.
        Heap heap = new Heap();
        Block module = new Block(BlockKind.MODULE, "top", null);
        Block function = new Block(BlockKind.FUNCTION, "f", module);
        function.classify("g", NameKind.GLOBAL_IMPLICIT);
        Namespace globals = new Namespace("__main__");
        Namespace builtins = new Namespace("builtins");
        Namespace locals = new Namespace("f");
        PyObject global = heap.newStr("global");
        globals.bind("g", global);
        locals.bind("g", heap.newStr("stale local"));
        Frame frame = new Frame(function, locals, globals, builtins, Map.of());

        assertThat(new NameResolver().load(frame, "g"))
                .as("a GLOBAL_IMPLICIT name in a function is looked up in globals, then builtins only")
                .isSameAs(global);
        globals.unbind("g");
        PyObject builtin = heap.newStr("builtin");
        builtins.bind("g", builtin);
        assertThat(new NameResolver().load(frame, "g"))
                .as("a global missing from the module is found in builtins")
                .isSameAs(builtin);
        builtins.unbind("g");
        assertThatThrownBy(() -> new NameResolver().load(frame, "g"))
                .as("a global found nowhere is a NameError")
                .isInstanceOf(PyException.class)
                .hasMessage("name 'g' is not defined");
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("raises UnboundLocalError for a global read in a function that deletes the name later")
    void deleteLaterMakesTheReadLocal() {
        // that x is LOCAL is 3.1's (del binds); what reading it unbound does is this test's concept
        Prerequisite.check("3.1", () -> assertThat(RunFixtures.scopes(SnippetFixtures.DEL_AFTER_READ_MAKES_LOCAL))
                .as("del x anywhere in f binds x: x is LOCAL in all of f, before the del too")
                .isEqualTo(NamespacesFacts.SCOPES_DEL_AFTER_READ_MAKES_LOCAL));
        assertThat(RunFixtures.transcript(SnippetFixtures.DEL_AFTER_READ_MAKES_LOCAL))
                .as("print(x) before del x reads the unbound LOCAL x, never the global")
                .isEqualTo(NamespacesFacts.DEL_AFTER_READ_MAKES_LOCAL);
    }
}

