package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.identity.IdentityFacts.CHR_256_SHARED;
import static pymem.identity.IdentityFacts.EMPTY_STR_SHARED;
import static pymem.identity.IdentityFacts.EMPTY_TUPLE_SHARED;
import static pymem.identity.IdentityFacts.EQUAL_STRINGS_MADE_APART_ARE_SAME;
import static pymem.identity.IdentityFacts.FALSE_SHARED;
import static pymem.identity.IdentityFacts.LATIN1_CHAR_SINGLETON_MAX;
import static pymem.identity.IdentityFacts.NONE_SHARED;
import static pymem.identity.IdentityFacts.RUNTIME_STR_SHARED;
import static pymem.identity.IdentityFacts.TRUE_SHARED;
import static pymem.identity.SharingFixtures.assertIdentity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

@DisplayName("Task 3: singletons")
@Tag("task:3")
class SingletonsHiddenTest {
    private final Heap heap = new Heap();
    private final ObjectSpace space = new ObjectSpace(heap);

    @Test
    @Concept("1.4")
    @Points(2)
    @DisplayName("has exactly one None, one True and one False, with the right values")
    void noneTrueFalse() {
        assertIdentity(space.none(), space.none(), NONE_SHARED, "None is a singleton");
        assertIdentity(space.bool(true), space.bool(true), TRUE_SHARED, "True is a singleton");
        assertIdentity(space.bool(false), space.bool(false), FALSE_SHARED, "False is a singleton");
        assertThat(space.bool(true).value()).as("bool(True) must be True").isTrue();
        assertThat(space.bool(false).value()).as("bool(False) must be False").isFalse();
        assertThat(heap.isLive(space.none())).as("None is a live object on the heap").isTrue();
    }

    @Test
    @Concept("1.4")
    @Points(2)
    @DisplayName("shares the empty str and the empty tuple, but no other tuple")
    void emptyStrAndTuple() {
        assertIdentity(space.newStr(""), space.newStr(""), EMPTY_STR_SHARED, "the empty string is a singleton");
        assertIdentity(space.newTuple(), space.newTuple(), EMPTY_TUPLE_SHARED, "the empty tuple is a singleton");
        PyObject one = space.newInt(1);
        PyTuple pair = space.newTuple(one, one);
        assertThat(pair).as("a non-empty tuple is a new object each time").isNotSameAs(space.newTuple(one, one));
        assertThat(pair.items()).as("a tuple holds the items it was made with").containsExactly(one, one);
    }

    @Test
    @Concept("1.4")
    @Points(2)
    @DisplayName("shares every one-character string up to chr(255), and not chr(256)")
    void latin1Characters() {
        for (char c = 0; c <= LATIN1_CHAR_SINGLETON_MAX; c++) {
            PyStr first = space.newStr(String.valueOf(c));
            assertThat(first.value()).as("a one-character singleton holds its character").isEqualTo(String.valueOf(c));
            assertThat(space.newStr(String.valueOf(c))).as("one-character Latin-1 strings are singletons")
                    .isSameAs(first);
        }
        String beyond = String.valueOf((char) (LATIN1_CHAR_SINGLETON_MAX + 1));
        assertIdentity(space.newStr(beyond), space.newStr(beyond), CHR_256_SHARED,
                "only Latin-1 characters (up to 255) have singletons");
    }

    @Test
    @Concept("1.6")
    @Points(3)
    @DisplayName("never shares longer strings made at run time, not even after one was interned")
    void runTimeStringsAreNew() {
        assertIdentity(space.newStr("hello"), space.newStr("hello"), RUNTIME_STR_SHARED,
                "a string built at run time is a new object: strings are not all interned");
        assertIdentity(space.newStr("a b!"), space.newStr("a b!"), EQUAL_STRINGS_MADE_APART_ARE_SAME,
                "equal strings built apart are two objects");
        PyStr canonical = space.intern(space.newStr("hello"));
        assertThat(space.newStr("hello")).as("interning one string does not make later run-time strings interned")
                .isNotSameAs(canonical);
        assertThat(space.newStr("hello").value()).as("a run-time string holds its value").isEqualTo("hello");
    }

    @Test
    @Concept("1.4")
    @Points(2)
    @DisplayName("refuses to free None, True, False, '', () and one-character strings, but frees ordinary objects")
    void staticObjectsAreNeverFreed() {
        for (PyObject shared : new PyObject[] {space.none(), space.bool(true), space.bool(false), space.newStr(""),
                space.newTuple(), space.newStr("a"), space.newStr("\u00ff")}) {
            assertThatThrownBy(() -> space.free(shared)).as("static objects live as long as the interpreter")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(heap.isLive(shared)).as("a refused free leaves the object alive").isTrue();
        }
        for (PyObject ordinary : new PyObject[] {space.newStr("\u0100"), space.newStr("ab"),
                space.newTuple(space.none()), space.newFloat(0.5), heap.newStr("a"), heap.newTuple(), heap.newNone(),
                heap.newBool(true)}) {
            space.free(ordinary);
            assertThat(heap.isLive(ordinary)).as("an object that is not one of the space's singletons can be freed")
                    .isFalse();
        }
    }
}
