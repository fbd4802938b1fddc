package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;

@Tag("task:3")
@DisplayName("Task 3: singletons")
class SingletonsTest {
    private final ObjectSpace space = new ObjectSpace(new Heap());

    @Test
    @Tag("concept:1.4")
    @DisplayName("has one None, one True and one False")
    void noneTrueFalse() {
        assertThat(space.none()).as("None is None").isSameAs(space.none());
        assertThat(space.bool(true)).as("True is True").isSameAs(space.bool(true));
        assertThat(space.bool(false)).as("False is False").isSameAs(space.bool(false));
        assertThat(space.bool(true)).as("True is not False").isNotSameAs(space.bool(false));
    }

    @Test
    @Tag("concept:1.4")
    @DisplayName("shares the empty str and the empty tuple: str() is '' and tuple() is ()")
    void emptyStrAndTuple() {
        assertThat(space.newStr("")).as("str() is ''").isSameAs(space.newStr(""));
        assertThat(space.newTuple()).as("tuple() is ()").isSameAs(space.newTuple());
    }

    @Test
    @Tag("concept:1.4")
    @DisplayName("shares chr(233) but not chr(256)")
    void latin1Characters() {
        assertThat(space.newStr("\u00e9")).as("chr(233) is chr(233)").isSameAs(space.newStr("\u00e9"));
        assertThat(space.newStr("\u0100")).as("chr(256) is chr(256)").isNotSameAs(space.newStr("\u0100"));
    }
}
