package pymem.sizeof;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 07-sizeof against CPython 3.11 on generated scenarios (grader/differential/07-sizeof). */
@DisplayName("07-sizeof against CPython 3.11")
class SizeofDifferentialTest {
    @Test
    @DisplayName("gives CPython's sizes along every generated object history")
    void agreesWithCPython() {
        DifferentialSuite.of("07-sizeof").assertAgreement(new SizeofReplayer());
    }
}
