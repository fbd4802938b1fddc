package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyComplex;

/** The corners where a first implementation usually parts from CPython 3.11 (found by differential testing). */
@DisplayName("CPython's corners of hash() (task 3)")
@Tag("task:3")
class HashingCornersHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();

    @Test
    @Concept("2.4")
    @Points(2)
    @DisplayName("hashes a __hash__ that returns a bool, and a complex holding nan by its own identity")
    void hashCorners() {
        PyClass yes = py.cls("HashTrue");
        yes.setAttribute("__hash__", py.function("__hash__", py.heap.newBool(true)));
        PyClass no = py.cls("HashFalse");
        no.setAttribute("__hash__", py.function("__hash__", py.heap.newBool(false)));
        assertThat(Hashing.hash(py.heap.newInstance(yes))).as("a bool is an int: __hash__ may return True")
                .isEqualTo(HASH_INSTANCE_HASH_RETURNS_TRUE);
        assertThat(Hashing.hash(py.heap.newInstance(no))).as("a bool is an int: __hash__ may return False")
                .isEqualTo(HASH_INSTANCE_HASH_RETURNS_FALSE);
        PyComplex z = py.heap.newComplex(Double.NaN, 0);
        assertThat(Hashing.hash(z) == Long.rotateRight(z.address(), 4)).as("a complex's nan part hashes by the complex's identity")
                .isEqualTo(COMPLEX_NAN_HASH_IS_ITS_IDENTITY_HASH);
        PyComplex w = py.heap.newComplex(1, Double.NaN);
        assertThat(Hashing.hash(w) == 1 + Hashing.IMAG * Long.rotateRight(w.address(), 4))
                .as("a nan imaginary part hashes by the complex's identity too").isEqualTo(COMPLEX_NAN_IMAG_HASH_IS_1_PLUS_IMAG_TIMES_IDENTITY_HASH);
        assertThat(Hashing.hash(z) == Hashing.hash(py.heap.newComplex(Double.NaN, 0)))
                .as("two complex nans are two identities").isEqualTo(TWO_COMPLEX_NANS_HASH_EQUAL);
    }
}
