package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;

@Tag("task:6")
@DisplayName("Task 6: names")
class NamesTest {
    private final Heap heap = new Heap();
    private final Names names = new Names(new Namespace("<module>"));

    @Test
    @Tag("concept:1.8")
    @DisplayName("binds y = x to the same object: id(y) == id(x)")
    void aliasSharesTheObject() {
        // GIVEN x = 50
        names.assign("x", heap.newInt(50));
        // WHEN y = x
        names.assignName("y", "x");
        // THEN both names label one object
        assertThat(names.id("y")).as("id(y) == id(x)").isEqualTo(names.id("x"));
        assertThat(names.sameObject("x", "y")).as("y is x").isTrue();
    }

    @Test
    @Tag("concept:1.8")
    @DisplayName("leaves x alone when y is rebound: x = 60; y = x; y += 5")
    void rebindingOneNameLeavesTheOther() {
        PyObject sixty = heap.newInt(60);
        names.assign("x", sixty);
        names.assignName("y", "x");
        // WHEN y += 5 on an int: a new object 65, bound to y only
        names.assign("y", heap.newInt(65));
        // THEN x still labels 60
        assertThat(names.lookup("x")).as("x after y += 5").isSameAs(sixty);
        assertThat(names.sameObject("x", "y")).as("y is x after y += 5").isFalse();
    }

    @Test
    @Tag("concept:1.8")
    @DisplayName("raises NameError for a name never bound")
    void unboundName() {
        assertThatThrownBy(() -> names.lookup("x")).as("x")
                .isInstanceOf(PyException.class)
                .hasMessage("name 'x' is not defined");
    }
}
