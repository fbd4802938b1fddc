package pymem.mutability;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 02-mutability against CPython 3.11 on generated scenarios (grader/differential/02-mutability). */
@DisplayName("02-mutability against CPython 3.11")
class MutabilityDifferentialTest {
    @Test
    @DisplayName("gives CPython's answer to every generated scenario the model covers")
    void agreesWithCPython() {
        DifferentialSuite.of("02-mutability").assertAgreement(new MutabilityReplayer());
    }
}
