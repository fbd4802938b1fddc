package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyObject;

@Tag("task:2")
@DisplayName("Task 2: the small-int cache")
class SmallIntsTest {
    private final ObjectSpace space = new ObjectSpace(new Heap());

    @Test
    @Tag("concept:1.3")
    @DisplayName("returns one object for 256: int('256') is int('256')")
    void twoFiftySixIsCached() {
        assertThat(space.newInt(256)).as("int('256') is int('256')").isSameAs(space.newInt(256));
    }

    @Test
    @Tag("concept:1.3")
    @DisplayName("makes a new object for 257: int('257') is not int('257')")
    void twoFiftySevenIsNotCached() {
        assertThat(space.newInt(257)).as("int('257') is int('257')").isNotSameAs(space.newInt(257));
    }

    @Test
    @Tag("concept:1.3")
    @DisplayName("caches down to -5 but not -6")
    void negativeEdge() {
        assertThat(space.newInt(-5)).as("int('-5') is int('-5')").isSameAs(space.newInt(-5));
        assertThat(space.newInt(-6)).as("int('-6') is int('-6')").isNotSameAs(space.newInt(-6));
    }

    @Test
    @Tag("concept:1.3")
    @DisplayName("makes a new float every time: float('1.0') is not float('1.0')")
    void floatsAreNeverCached() {
        assertThat(space.newFloat(1.0)).as("float('1.0') is float('1.0')").isNotSameAs(space.newFloat(1.0));
    }

    @Test
    @Tag("concept:1.3")
    @DisplayName("never frees a cached small int: it lives as long as the interpreter")
    void smallIntsAreNeverFreed() {
        PyObject five = space.newInt(5);
        assertThatThrownBy(() -> space.free(five)).as("freeing the cached 5").isInstanceOf(IllegalArgumentException.class);
        assertThat(space.newInt(5)).as("int('5') after that is still the cached 5").isSameAs(five);
    }
}
