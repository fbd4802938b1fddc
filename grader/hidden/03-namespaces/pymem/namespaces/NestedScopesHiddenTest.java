package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.OutOfScopeError;

@DisplayName("Task 2: nested scopes, cells and free names")
@Tag("task:2")
class NestedScopesHiddenTest {

    @Test
    @Concept("3.4")
    @Points(3)
    @DisplayName("turns a local that a nested function reads into a cell, and the read into a free name")
    void cellAndFree() {
        assertThat(RunFixtures.scopes(SnippetFixtures.NOTEBOOK_ENCLOSING))
                .as("a local used by a nested function is CELL there and FREE in the nested function")
                .isEqualTo(NamespacesFacts.SCOPES_NOTEBOOK_ENCLOSING);
        assertThat(RunFixtures.scopes(SnippetFixtures.CLOSURES_SHARE_ONE_CELL))
                .as("a nonlocal name is FREE in the declaring function and CELL where it is bound")
                .isEqualTo(NamespacesFacts.SCOPES_CLOSURES_SHARE_ONE_CELL);
    }

    @Test
    @Concept("3.4")
    @Points(2)
    @DisplayName("binds a free name to the nearest enclosing function that assigns it")
    void nearestEnclosing() {
        assertThat(RunFixtures.scopes(SnippetFixtures.NEAREST_ENCLOSING_SCOPE))
                .as("the innermost enclosing binding wins: that block's local becomes the CELL")
                .isEqualTo(NamespacesFacts.SCOPES_NEAREST_ENCLOSING_SCOPE);
    }

    @Test
    @Concept("3.4")
    @Points(3)
    @DisplayName("makes a free name pass through a function that never mentions it")
    void passThrough() {
        assertThat(RunFixtures.scopes(SnippetFixtures.FREE_NAME_PASSES_THROUGH))
                .as("an intermediate function must carry the free name (FREE) so the innermost can reach the cell")
                .isEqualTo(NamespacesFacts.SCOPES_FREE_NAME_PASSES_THROUGH);
        assertThat(RunFixtures.scopes(SnippetFixtures.NESTED_NONLOCAL))
                .as("nonlocal through two levels: FREE in both nested functions, CELL in the outer one")
                .isEqualTo(NamespacesFacts.SCOPES_NESTED_NONLOCAL);
    }

    @Test
    @Concept("3.3")
    @Points(3)
    @DisplayName("does not let a class body enclose the methods defined in it")
    void classDoesNotEnclose() {
        assertThat(RunFixtures.scopes(SnippetFixtures.CLASS_BODY_DOES_NOT_ENCLOSE_METHODS))
                .as("a method's read of a name the class body assigns is GLOBAL_IMPLICIT, not FREE")
                .isEqualTo(NamespacesFacts.SCOPES_CLASS_BODY_DOES_NOT_ENCLOSE_METHODS);
        assertThat(RunFixtures.scopes(SnippetFixtures.CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN))
                .as("names a class body assigns are LOCAL to the class body")
                .isEqualTo(NamespacesFacts.SCOPES_CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN);
    }

    @Test
    @Concept("3.3")
    @Points(2)
    @DisplayName("passes an enclosing function's variable through a class body to its methods")
    void throughClass() {
        assertThat(RunFixtures.scopes(SnippetFixtures.NESTING_THROUGH_CLASS))
                .as("a class body is skipped as a binder, but the free name still passes through it (FREE)")
                .isEqualTo(NamespacesFacts.SCOPES_NESTING_THROUGH_CLASS);
        assertThat(RunFixtures.scopes(SnippetFixtures.NONLOCAL_IN_CLASS_BODY))
                .as("nonlocal in a class body reaches the enclosing function's variable")
                .isEqualTo(NamespacesFacts.SCOPES_NONLOCAL_IN_CLASS_BODY);
    }

    @Test
    @Concept("3.4")
    @Points(2)
    @DisplayName("gives each list comprehension a function scope of its own (3.11)")
    void comprehensionScope() {
        assertThat(RunFixtures.scopes(SnippetFixtures.COMPREHENSION_VARIABLE_DOES_NOT_LEAK))
                .as("a comprehension's loop variable is LOCAL to the listcomp block, beside its parameter .0")
                .isEqualTo(NamespacesFacts.SCOPES_COMPREHENSION_VARIABLE_DOES_NOT_LEAK);
        assertThat(RunFixtures.scopes(SnippetFixtures.CLASS_COMPREHENSION_INNER_NAME))
                .as("inside a comprehension in a class body, the class's names are GLOBAL_IMPLICIT")
                .isEqualTo(NamespacesFacts.SCOPES_CLASS_COMPREHENSION_INNER_NAME);
    }

    @Test
    @Concept("3.4")
    @Points(2)
    @DisplayName("makes a comprehension variable a cell when a lambda in the element uses it")
    void lambdasInComprehension() {
        assertThat(RunFixtures.scopes(SnippetFixtures.LATE_BINDING_LAMBDAS))
                .as("the loop variable a lambda reads is CELL in the listcomp and FREE in the lambda")
                .isEqualTo(NamespacesFacts.SCOPES_LATE_BINDING_LAMBDAS);
        assertThat(RunFixtures.scopes(SnippetFixtures.DEFAULT_CAPTURES_VALUE))
                .as("a default value is evaluated outside the lambda: no cell, the parameter is LOCAL")
                .isEqualTo(NamespacesFacts.SCOPES_DEFAULT_CAPTURES_VALUE);
    }

    @Test
    @Concept("3.4")
    @Points(2)
    @DisplayName("hides an enclosing function's binding from blocks nested in a function that declares the name global")
    void globalHidesEnclosing() {
        assertThat(RunFixtures.scopes(SnippetFixtures.GLOBAL_HIDES_ENCLOSING_BINDING))
                .as("below a global declaration the name is a global again, not FREE")
                .isEqualTo(NamespacesFacts.SCOPES_GLOBAL_HIDES_ENCLOSING_BINDING);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects nonlocal at module level and nonlocal with no enclosing binding")
    void nonlocalWithoutBinding() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_AT_MODULE_LEVEL))
                .as("nonlocal directly in the module is CPython's module-level SyntaxError")
                .isEqualTo(NamespacesFacts.NONLOCAL_AT_MODULE_LEVEL);
        assertThat(RunFixtures.transcript(SnippetFixtures.NO_BINDING_FOR_NONLOCAL))
                .as("nonlocal needs a binding in an enclosing function")
                .isEqualTo(NamespacesFacts.NO_BINDING_FOR_NONLOCAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("does not let nonlocal find a binding in a class body, a module or a global declaration")
    void nonlocalOnlyFindsFunctions() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_SKIPS_CLASS_SCOPE))
                .as("a class body's assignment is not a binding nonlocal can reach")
                .isEqualTo(NamespacesFacts.NONLOCAL_SKIPS_CLASS_SCOPE);
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_IN_MODULE_LEVEL_CLASS))
                .as("in a class at module level nonlocal finds no function binding (not the module-level error)")
                .isEqualTo(NamespacesFacts.NONLOCAL_IN_MODULE_LEVEL_CLASS);
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_CANNOT_REACH_A_GLOBAL))
                .as("a name an enclosing function declares global is not a binding for nonlocal")
                .isEqualTo(NamespacesFacts.NONLOCAL_CANNOT_REACH_A_GLOBAL);
    }

    @Test
    @Concept("3.2")
    @Points(1)
    @DisplayName("rejects a name declared both nonlocal and global in one block")
    void nonlocalAndGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.NONLOCAL_AND_GLOBAL))
                .as("one block cannot declare a name both global and nonlocal")
                .isEqualTo(NamespacesFacts.NONLOCAL_AND_GLOBAL);
    }

    @Test
    @Concept("3.4")
    @Points(2)
    @DisplayName("agrees with CPython's symtable on every remaining snippet")
    void remainingSnippetsAgreeWithSymtable() {
        String[][] cases = {
            {SnippetFixtures.GLOBAL_SHADOWS_BUILTIN, NamespacesFacts.SCOPES_GLOBAL_SHADOWS_BUILTIN},
            {SnippetFixtures.UNDEFINED_NAME, NamespacesFacts.SCOPES_UNDEFINED_NAME},
            {SnippetFixtures.CLASS_COMPREHENSION_FIRST_ITERABLE, NamespacesFacts.SCOPES_CLASS_COMPREHENSION_FIRST_ITERABLE},
            {SnippetFixtures.DEFAULT_EVALUATED_AT_DEF, NamespacesFacts.SCOPES_DEFAULT_EVALUATED_AT_DEF},
            {SnippetFixtures.CLOSURE_SEES_LATER_ASSIGNMENT, NamespacesFacts.SCOPES_CLOSURE_SEES_LATER_ASSIGNMENT},
            {SnippetFixtures.FRESH_CELLS_PER_CALL, NamespacesFacts.SCOPES_FRESH_CELLS_PER_CALL},
            {SnippetFixtures.FREE_VARIABLE_NOT_YET_BOUND, NamespacesFacts.SCOPES_FREE_VARIABLE_NOT_YET_BOUND},
            {SnippetFixtures.FREE_VARIABLE_DELETED, NamespacesFacts.SCOPES_FREE_VARIABLE_DELETED},
            {SnippetFixtures.CELL_VARIABLE_READ_BEFORE_ASSIGNMENT, NamespacesFacts.SCOPES_CELL_VARIABLE_READ_BEFORE_ASSIGNMENT},
            {SnippetFixtures.RECURSION_FINDS_ITSELF_IN_GLOBALS, NamespacesFacts.SCOPES_RECURSION_FINDS_ITSELF_IN_GLOBALS},
            {SnippetFixtures.MODULE_NAME_FALLS_BACK_TO_BUILTIN, NamespacesFacts.SCOPES_MODULE_NAME_FALLS_BACK_TO_BUILTIN},
            {SnippetFixtures.DEL_EMPTY_CELL, NamespacesFacts.SCOPES_DEL_EMPTY_CELL},
            {SnippetFixtures.DEL_EMPTY_FREE_CELL, NamespacesFacts.SCOPES_DEL_EMPTY_FREE_CELL},
        };
        for (String[] c : cases) {
            assertThat(RunFixtures.scopes(c[0]))
                    .as("every name of every function and class block classified as CPython's symtable does")
                    .isEqualTo(c[1]);
        }
    }

    @Test
    @Concept("3.3")
    @Points(2)
    @DisplayName("keeps a class body's global and nonlocal declarations to the class body itself")
    void classDeclarationsStayInTheClass() {
        assertThat(RunFixtures.scopes(SnippetFixtures.CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS))
                .as("a class's global x does not hide the enclosing function's x from the methods inside it")
                .isEqualTo(NamespacesFacts.SCOPES_CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS);
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_GLOBAL_READS_MODULE_NAME))
                .as("a class body that declares x global reads the module's x, not the enclosing function's")
                .isEqualTo(NamespacesFacts.CLASS_GLOBAL_READS_MODULE_NAME);
        assertThat(RunFixtures.scopes(SnippetFixtures.CLASS_NONLOCAL_SHARED_WITH_METHOD))
                .as("a class's nonlocal x is FREE in the class and in its methods, and a CELL in the function")
                .isEqualTo(NamespacesFacts.SCOPES_CLASS_NONLOCAL_SHARED_WITH_METHOD);
        assertThat(RunFixtures.transcript(SnippetFixtures.CLASS_NONLOCAL_SHARED_WITH_METHOD))
                .as("a class body's nonlocal assignment changes the function's variable, which a method then reads")
                .isEqualTo(NamespacesFacts.CLASS_NONLOCAL_SHARED_WITH_METHOD);
    }

    @Test
    @Concept("3.3")
    @Points(1)
    @DisplayName("refuses, as out of scope, a class that declares a name its methods read from a function")
    void classThatAlsoPassesACellIsOutOfScope() {
        assertThatThrownBy(() -> RunFixtures.transcript(SnippetFixtures.CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS))
                .as("a class with its own x that passes the function's x on to a method is out of scope, not a wrong answer")
                .isInstanceOf(OutOfScopeError.class);
    }

    @Test
    @Concept("3.1")
    @Points(1)
    @DisplayName("classifies private names in a class under their mangled spelling")
    void privateNamesAreMangled() {
        assertThat(RunFixtures.scopes(SnippetFixtures.PRIVATE_NAMES_MANGLED))
                .as("inside a class __p is _C__p, in its methods and their comprehensions too")
                .isEqualTo(NamespacesFacts.SCOPES_PRIVATE_NAMES_MANGLED);
        assertThat(RunFixtures.transcript(SnippetFixtures.PRIVATE_NAMES_MANGLED))
                .as("mangled names are found where they were bound")
                .isEqualTo(NamespacesFacts.PRIVATE_NAMES_MANGLED);
        assertThat(RunFixtures.transcript(SnippetFixtures.PRIVATE_NAME_READ_AS_MANGLED_GLOBAL))
                .as("a private name read in a method is looked up mangled, so the module's __g is not found")
                .isEqualTo(NamespacesFacts.PRIVATE_NAME_READ_AS_MANGLED_GLOBAL);
    }
}
