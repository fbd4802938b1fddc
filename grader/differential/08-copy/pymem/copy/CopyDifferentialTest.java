package pymem.copy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 08-copy against CPython 3.11 on generated scenarios (grader/differential/08-copy). */
@DisplayName("08-copy against CPython 3.11")
class CopyDifferentialTest {
    @Test
    @DisplayName("gives CPython's identity structure and memo contents on every generated object graph")
    void agreesWithCPython() {
        DifferentialSuite.of("08-copy").assertAgreement(new CopyReplayer());
    }
}
