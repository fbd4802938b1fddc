package pymem.weakref;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 06-weakref against CPython 3.11 on generated scenarios (grader/differential/06-weakref). */
@DisplayName("06-weakref against CPython 3.11")
class WeakrefDifferentialTest {
    @Test
    @DisplayName("gives CPython's callback order and container lengths on every generated scenario")
    void agreesWithCPython() {
        DifferentialSuite.of("06-weakref").assertAgreement(new WeakrefReplayer());
    }
}
