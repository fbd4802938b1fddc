package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import pymem.model.PyObject;

/** Assertions about identity whose expected outcome is a CPython fact (true: one object, false: two). */
final class SharingFixtures {
    private SharingFixtures() {
    }

    static void assertIdentity(PyObject first, PyObject second, boolean sameInCPython, String concept) {
        if (sameInCPython) {
            assertThat(first).as(concept).isSameAs(second);
        } else {
            assertThat(first).as(concept).isNotSameAs(second);
        }
    }
}
