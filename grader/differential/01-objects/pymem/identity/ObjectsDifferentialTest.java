package pymem.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 01-objects against CPython 3.11 on generated scenarios (grader/differential/01-objects). */
@DisplayName("01-objects against CPython 3.11")
class ObjectsDifferentialTest {
    @Test
    @DisplayName("gives CPython's answer to every generated scenario the model covers")
    void agreesWithCPython() {
        DifferentialSuite.of("01-objects").assertAgreement(new ObjectsReplayer());
    }
}
