package pymem.namespaces;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 03-namespaces against CPython 3.11 on generated programs (grader/differential/03-namespaces). */
@DisplayName("03-namespaces against CPython 3.11")
class NamespacesDifferentialTest {
    @Test
    @DisplayName("classifies every name as symtable does and prints what python3 prints, on every generated program")
    void agreesWithCPython() {
        DifferentialSuite.of("03-namespaces").assertAgreement(new NamespacesReplayer());
    }
}
