package pymem.gc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 05-gc against CPython 3.11 on generated scenarios (grader/differential/05-gc). */
@DisplayName("05-gc against CPython 3.11")
class GcDifferentialTest {
    @Test
    @DisplayName("gives CPython's collection results, counts and order of __del__ calls for every generated program")
    void agreesWithCPython() {
        DifferentialSuite.of("05-gc").assertAgreement(new GcReplayer());
    }
}
