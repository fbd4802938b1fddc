package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.identity.IdentityFacts.ALIAS_SAME_ID;
import static pymem.identity.IdentityFacts.NAME_ERROR_X;
import static pymem.identity.IdentityFacts.REBIND_Y_CHANGES_X;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyObject;

@DisplayName("Task 6: names")
@Tag("task:6")
class NamesHiddenTest {
    private final Heap heap = new Heap();
    private final Namespace globals = new Namespace("<module>");
    private final Names names = new Names(globals);

    @Test
    @Concept("1.8")
    @Points(2)
    @DisplayName("makes y = x a second name for the same object")
    void aliasing() {
        PyObject list = heap.newList(heap.newInt(1));
        names.assign("x", list);
        names.assignName("y", "x");
        assertThat(names.id("y") == names.id("x")).as("after y = x, id(y) == id(x)").isEqualTo(ALIAS_SAME_ID);
        assertThat(names.id("x")).as("id(x) is the address of x's object").isEqualTo(list.address());
        assertThat(names.lookup("y")).as("y = x binds y to x's object, not to a copy").isSameAs(list);
        assertThat(globals.get("y")).as("the binding lives in the namespace").isSameAs(list);
        assertThat(names.sameObject("x", "y")).as("y is x after y = x").isTrue();
    }

    @Test
    @Concept("1.8")
    @Points(3)
    @DisplayName("moves only the rebound name: rebinding y leaves x, and rebinding x leaves y")
    void rebinding() {
        PyObject first = heap.newList();
        names.assign("x", first);
        names.assignName("y", "x");
        PyObject second = heap.newList();
        names.assign("y", second);
        assertThat(names.lookup("x") == names.lookup("y")).as("rebinding y must not change x")
                .isEqualTo(REBIND_Y_CHANGES_X);
        assertThat(names.lookup("x")).as("rebinding y must not change x").isSameAs(first);
        names.assignName("y", "x");
        names.assign("x", second);
        assertThat(names.lookup("y")).as("y = x copies the binding, not a link to the name x").isSameAs(first);
        assertThat(names.sameObject("x", "y")).as("x and y now label different objects").isFalse();
    }

    @Test
    @Concept("1.8")
    @Points(1)
    @DisplayName("tells two names for equal but separate objects apart")
    void equalIsNotSame() {
        names.assign("a", heap.newInt(1000));
        names.assign("b", heap.newInt(1000));
        assertThat(names.sameObject("a", "b")).as("two names are the same object only when bound to one object")
                .isFalse();
        assertThat(names.id("a")).as("different objects have different ids").isNotEqualTo(names.id("b"));
    }

    @Test
    @Concept("1.8")
    @Points(2)
    @DisplayName("removes only the deleted name: del y leaves x and its object")
    void deletion() {
        PyObject obj = heap.newList();
        names.assign("x", obj);
        names.assignName("y", "x");
        names.delete("y");
        assertThat(globals.contains("y")).as("del y unbinds y").isFalse();
        assertThat(names.lookup("x")).as("del y leaves x bound").isSameAs(obj);
        assertThat(heap.isLive(obj)).as("del removes a name, never the object").isTrue();
    }

    @Test
    @Concept("1.8")
    @Points(2)
    @DisplayName("raises NameError with CPython's message for every use of an unbound name")
    void unboundNames() {
        names.assign("x", heap.newList());
        Executable[] uses = {
            () -> names.lookup("ghost"),
            () -> names.assignName("y", "ghost"),
            () -> names.id("ghost"),
            () -> names.sameObject("x", "ghost"),
            () -> names.sameObject("ghost", "x"),
            () -> names.delete("ghost"),
        };
        String expected = NAME_ERROR_X.replace("'x'", "'ghost'");
        for (Executable use : uses) {
            assertThatThrownBy(use::execute).as("an unbound name raises NameError")
                    .isInstanceOf(PyException.class)
                    .hasMessage(expected)
                    .satisfies(e -> assertThat(((PyException) e).pythonType()).as("the error is a NameError")
                            .isEqualTo("NameError"));
        }
        assertThat(globals.contains("y")).as("a failed y = ghost binds nothing").isFalse();
    }
}
