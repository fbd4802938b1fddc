package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;

@DisplayName("Task 1: local or global, and bad declarations")
@Tag("task:1")
class DeclarationsHiddenTest {

    @Test
    @Concept("3.1")
    @Points(3)
    @DisplayName("makes a name local to a function when the function only augments it (x += 1)")
    void augmentedAssignmentMakesLocal() {
        assertThat(RunFixtures.scopes(SnippetFixtures.AUG_ASSIGN_OF_GLOBAL))
                .as("x += 1 binds x, so x is LOCAL in the function, not a read of the global")
                .isEqualTo(NamespacesFacts.SCOPES_AUG_ASSIGN_OF_GLOBAL);
    }

    @Test
    @Concept("3.1")
    @Points(2)
    @DisplayName("makes a name local to a function when the function deletes it")
    void deleteMakesLocal() {
        assertThat(RunFixtures.scopes(SnippetFixtures.DEL_MAKES_NAME_LOCAL))
                .as("del x binds x for scoping purposes: x is LOCAL in that function")
                .isEqualTo(NamespacesFacts.SCOPES_DEL_MAKES_NAME_LOCAL);
        assertThat(RunFixtures.scopes(SnippetFixtures.DEL_THEN_READ_LOCAL))
                .as("a name assigned, deleted and read in one function stays LOCAL")
                .isEqualTo(NamespacesFacts.SCOPES_DEL_THEN_READ_LOCAL);
    }

    @Test
    @Concept("3.1")
    @Points(2)
    @DisplayName("labels parameters and assigned names LOCAL and names only read GLOBAL_IMPLICIT")
    void localOrImplicitGlobal() {
        assertThat(RunFixtures.scopes(SnippetFixtures.NOTEBOOK_LOCAL_VS_GLOBAL))
                .as("an assignment in a function makes a local that hides the module's name")
                .isEqualTo(NamespacesFacts.SCOPES_NOTEBOOK_LOCAL_VS_GLOBAL);
        assertThat(RunFixtures.scopes(SnippetFixtures.NOTEBOOK_BUILTIN))
                .as("a parameter is LOCAL; a name only read (a builtin) is GLOBAL_IMPLICIT")
                .isEqualTo(NamespacesFacts.SCOPES_NOTEBOOK_BUILTIN);
        assertThat(RunFixtures.scopes(SnippetFixtures.UNBOUND_LOCAL_READ))
                .as("a name read before it is assigned in the same function is still LOCAL")
                .isEqualTo(NamespacesFacts.SCOPES_UNBOUND_LOCAL_READ);
    }

    @Test
    @Concept("3.1")
    @Points(2)
    @DisplayName("labels a name declared global GLOBAL_EXPLICIT, even where the function assigns it")
    void explicitGlobal() {
        assertThat(RunFixtures.scopes(SnippetFixtures.GLOBAL_DECLARATION_REBINDS_MODULE_NAME))
                .as("a global declaration wins over the assignment: GLOBAL_EXPLICIT")
                .isEqualTo(NamespacesFacts.SCOPES_GLOBAL_DECLARATION_REBINDS_MODULE_NAME);
        assertThat(RunFixtures.scopes(SnippetFixtures.DEL_UNBOUND_DECLARED_GLOBAL))
                .as("a global declaration wins over del too")
                .isEqualTo(NamespacesFacts.SCOPES_DEL_UNBOUND_DECLARED_GLOBAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects a global declaration that comes after an assignment to the name")
    void assignedBeforeGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.ASSIGNED_BEFORE_GLOBAL))
                .as("an assignment before 'global x' in the same block is CPython's SyntaxError")
                .isEqualTo(NamespacesFacts.ASSIGNED_BEFORE_GLOBAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("counts an augmented assignment before a global declaration as an assignment")
    void augmentedAssignedBeforeGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.AUG_ASSIGNED_BEFORE_GLOBAL))
                .as("x += 1 before 'global x' is an assignment before the declaration, not a use")
                .isEqualTo(NamespacesFacts.AUG_ASSIGNED_BEFORE_GLOBAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects a global declaration that comes after a read of the name")
    void usedPriorToGlobal() {
        assertThat(RunFixtures.transcript(SnippetFixtures.USED_PRIOR_TO_GLOBAL))
                .as("a read before 'global x' in the same block is CPython's 'used prior' SyntaxError")
                .isEqualTo(NamespacesFacts.USED_PRIOR_TO_GLOBAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects declaring a parameter global or nonlocal")
    void parameterDeclared() {
        assertThat(RunFixtures.transcript(SnippetFixtures.PARAMETER_AND_GLOBAL))
                .as("a parameter cannot also be declared global")
                .isEqualTo(NamespacesFacts.PARAMETER_AND_GLOBAL);
        assertThat(RunFixtures.transcript(SnippetFixtures.PARAMETER_AND_NONLOCAL))
                .as("a parameter cannot also be declared nonlocal")
                .isEqualTo(NamespacesFacts.PARAMETER_AND_NONLOCAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects a nonlocal declaration that comes after an assignment or a read of the name")
    void nonlocalAfterUse() {
        assertThat(RunFixtures.transcript(SnippetFixtures.ASSIGNED_BEFORE_NONLOCAL))
                .as("an assignment before 'nonlocal x' in the same block is a SyntaxError")
                .isEqualTo(NamespacesFacts.ASSIGNED_BEFORE_NONLOCAL);
        assertThat(RunFixtures.transcript(SnippetFixtures.USED_PRIOR_TO_NONLOCAL))
                .as("a read before 'nonlocal x' in the same block is a SyntaxError")
                .isEqualTo(NamespacesFacts.USED_PRIOR_TO_NONLOCAL);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("raises a declaration SyntaxError before any of the snippet runs")
    void syntaxErrorBeforeExecution() {
        assertThat(RunFixtures.transcript(SnippetFixtures.SYNTAX_ERROR_BEFORE_ANY_OUTPUT))
                .as("the symbol table is built for the whole module before its first statement runs")
                .isEqualTo(NamespacesFacts.SYNTAX_ERROR_BEFORE_ANY_OUTPUT);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("rejects a function or lambda with two parameters of the same name")
    void duplicateParameter() {
        assertThat(RunFixtures.transcript(SnippetFixtures.DUPLICATE_PARAMETER))
                .as("a def naming one parameter twice is CPython's duplicate-argument SyntaxError")
                .isEqualTo(NamespacesFacts.DUPLICATE_PARAMETER);
        assertThat(RunFixtures.transcript(SnippetFixtures.DUPLICATE_LAMBDA_PARAMETER))
                .as("a lambda naming one parameter twice is the same SyntaxError, raised before anything runs")
                .isEqualTo(NamespacesFacts.DUPLICATE_LAMBDA_PARAMETER);
    }

    @Test
    @Concept("3.2")
    @Points(2)
    @DisplayName("reports the SyntaxError CPython reports when a snippet has two")
    void firstSyntaxErrorWins() {
        assertThat(RunFixtures.transcript(SnippetFixtures.FIRST_ERROR_IN_SOURCE_ORDER))
                .as("declaration and parameter errors are found in source order: a nested def before a later line of its parent")
                .isEqualTo(NamespacesFacts.FIRST_ERROR_IN_SOURCE_ORDER);
        assertThat(RunFixtures.transcript(SnippetFixtures.OUTER_ERROR_BEFORE_NESTED_ONE))
                .as("declaration and parameter errors are found in source order: a parent's line before a later nested def")
                .isEqualTo(NamespacesFacts.OUTER_ERROR_BEFORE_NESTED_ONE);
        assertThat(RunFixtures.transcript(SnippetFixtures.DECLARATION_ERROR_BEFORE_BINDING_ERROR))
                .as("a nonlocal without a binding is found only after every block's declarations were checked")
                .isEqualTo(NamespacesFacts.DECLARATION_ERROR_BEFORE_BINDING_ERROR);
    }
}
