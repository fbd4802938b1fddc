package pymem.refcount;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.differential.DifferentialSuite;

/** The reference of 04-refcount against CPython 3.11 on generated scenarios (grader/differential/04-refcount). */
@DisplayName("04-refcount against CPython 3.11")
class RefCountDifferentialTest {
    @Test
    @DisplayName("gives CPython's counts, errors and order of deaths for every generated program")
    void agreesWithCPython() {
        DifferentialSuite.of("04-refcount").assertAgreement(new RefCountReplayer());
    }
}
