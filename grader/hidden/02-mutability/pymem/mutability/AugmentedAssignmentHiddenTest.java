package pymem.mutability;

import static org.assertj.core.api.Assertions.assertThat;
import static pymem.mutability.MutabilityFacts.*;
import static pymem.mutability.MutabilityFixtures.assertRaises;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.model.Namespace;
import pymem.model.PyDict;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyTuple;

@DisplayName("Augmented assignment and aliasing (task 6)")
@Tag("task:6")
class AugmentedAssignmentHiddenTest {
    private final MutabilityFixtures py = new MutabilityFixtures();
    private final AugmentedAssignment aug = new AugmentedAssignment(py.heap);
    private final Namespace ns = new Namespace("<module>");

    /**
     * Augmented assignment stores back what the in-place operator returns (concept 2.6): when += or |= is
     * wrong, say so instead of blaming the assignment.
     */
    @BeforeEach
    void prerequisites() {
        Prerequisite.check("2.6", () -> {
            MutabilityFixtures f = new MutabilityFixtures();
            Operators ops = new Operators(f.heap);
            PyList l = f.list(f.i(1));
            assertThat(ops.inplaceAdd(l, f.list(f.i(2)))).as("l += [2] returns l itself").isSameAs(l);
            assertThat(l.size()).as("l += [2] extends l in place").isEqualTo(2);
            assertThat(ops.inplaceAdd(l, f.tuple(f.i(3)))).as("l += (3,) extends l with any iterable").isSameAs(l);
            PyObject n = f.i(60);
            assertThat(ops.inplaceAdd(n, f.i(5))).as("n += 5 on an int gives a new int").isNotSameAs(n);
        });
    }

    @Test
    @Concept("2.10")
    @Points(3)
    @DisplayName("x = [1, 2, 3]; y = x; y += [4] changes the one list both names see")
    void mutableAliasSeesTheChange() {
        PyList x = py.list(py.i(1), py.i(2), py.i(3));
        ns.bind("x", x);
        ns.bind("y", ns.get("x"));
        PyObject result = aug.addToName(ns, "y", py.list(py.i(4)));
        assertThat(ns.get("y")).as("list += keeps y bound to the same object (same id)").isSameAs(x).isSameAs(result);
        assertThat(ns.get("x").repr()).as("the mutation through y shows through x").isEqualTo("[1, 2, 3, 4]");
    }

    @Test
    @Concept("2.10")
    @Points(3)
    @DisplayName("x = 60; y = x; y += 5 rebinds y to a new int 65 and leaves x at 60")
    void immutableAliasIsRebound() {
        PyInt sixty = py.i(60);
        ns.bind("x", sixty);
        ns.bind("y", sixty);
        aug.addToName(ns, "y", py.i(5));
        assertThat(ns.get("y")).as("int += must rebind y to a new object").isNotSameAs(sixty);
        assertThat(ns.get("y").repr()).as("y after y += 5").isEqualTo(REPR_SIXTY_IADD_FIVE);
        assertThat(ns.get("x")).as("x still names the old int").isSameAs(sixty);
        assertThat(sixty.longValue()).as("the int 60 itself never changes").isEqualTo(60);
    }

    @Test
    @Concept("2.10")
    @Points(2)
    @DisplayName("makes |= change a shared set in place but rebind a name holding a frozenset")
    void orAssignment() {
        PySet s = py.heap.newSet(py.i(1));
        ns.bind("a", s);
        ns.bind("b", s);
        aug.orToName(ns, "b", py.heap.newSet(py.i(2)));
        assertThat(ns.get("a").repr()).as("set |= through b is seen through a").isEqualTo("{1, 2}");
        assertThat(ns.get("b")).as("set |= keeps the binding").isSameAs(s);
        PyObject fs = py.heap.newFrozenSet(py.i(1));
        ns.bind("f", fs);
        ns.bind("g", fs);
        PyObject returned = aug.orToName(ns, "g", py.heap.newSet(py.i(2)));
        assertThat(ns.get("g")).as("frozenset |= rebinds g to a new frozenset").isNotSameAs(fs).isSameAs(returned);
        assertThat(ns.get("f").repr()).as("f still names the old frozenset").isEqualTo("frozenset({1})");
        PyTuple t = py.tuple(py.i(1));
        ns.bind("t", t);
        ns.bind("u", t);
        assertThat(aug.addToName(ns, "u", py.tuple(py.i(2)))).as("the object now bound to u is returned").isSameAs(ns.get("u"));
        assertThat(ns.get("t").repr() + ns.get("u").repr()).as("tuple += rebinds u only").isEqualTo("(1,)(1, 2)");
    }

    @Test
    @Concept("2.10")
    @Points(3)
    @DisplayName("t = (1, [2]); t[1] += [3] raises the item-assignment TypeError and still extends the list")
    void theFamousTupleCase() {
        PyList inner = py.list(py.i(2));
        PyTuple t = py.tuple(py.i(1), inner);
        assertRaises("t[1] += [3]: the store into the tuple fails", "TypeError", MSG_FAMOUS, () -> aug.addToItem(t, py.i(1), py.list(py.i(3))));
        assertThat(t.repr()).as("the list was extended in place before the tuple refused the store").isEqualTo(FAMOUS_TUPLE_AFTER);
        assertThat(t.get(1)).as("the tuple still holds the same list").isSameAs(inner);
        PyTuple numbers = py.tuple(py.i(1));
        assertRaises("t[0] += 1", "TypeError", MSG_TUPLE_SETITEM, () -> aug.addToItem(numbers, py.i(0), py.i(1)));
        assertThat(numbers.repr()).as("t[0] += 1 leaves the tuple unchanged").isEqualTo("(1,)");
    }

    @Test
    @Concept("2.10")
    @Points(2)
    @DisplayName("stores the result of container[key] op= value back into the container")
    void itemTargets() {
        PyList l = py.list(py.i(1), py.list());
        PyObject stored = aug.addToItem(l, py.i(0), py.i(10));
        assertThat(l.get(0)).as("l[0] += 10 stores the new int in the list").isSameAs(stored);
        assertThat(stored.repr()).as("l[0] after l[0] += 10").isEqualTo("11");
        PyObject inner = l.get(1);
        aug.addToItem(l, py.i(-1), py.tuple(py.i(5)));
        assertThat(l.get(1)).as("l[-1] += (5,) extends the inner list, which stays in place").isSameAs(inner);
        assertThat(inner.repr()).as("the inner list").isEqualTo("[5]");
        PyDict d = py.heap.newDict();
        PySet s = py.heap.newSet(py.i(1));
        d.put(py.s("k"), s);
        aug.orToItem(d, py.s("k"), py.heap.newSet(py.i(2)));
        assertThat(s.repr()).as("d['k'] |= {2} changes the set stored there").isEqualTo("{1, 2}");
        assertThat(d.size()).as("the store uses the existing equal key").isEqualTo(1);
        d.put(py.i(1), py.heap.newFrozenSet(py.i(1)));
        PyObject newFrozen = aug.orToItem(d, py.f(1.0), py.heap.newSet(py.i(3)));
        assertThat(d.get(d.keys().get(1))).as("d[1.0] |= {3} on a frozenset stores a new frozenset under key 1").isSameAs(newFrozen);
    }

    @Test
    @Concept("2.10")
    @Points(1)
    @DisplayName("leaves the binding alone when the operation fails, and reports an unbound name")
    void failures() {
        PyInt one = py.i(1);
        ns.bind("x", one);
        assertRaises("x = 1; x += 'a'", "TypeError", MSG_INT_IADD_STR, () -> aug.addToName(ns, "x", py.s("a")));
        assertThat(ns.get("x")).as("a failed += does not rebind").isSameAs(one);
        assertRaises("x = {1}; x |= [2]", "TypeError", MSG_SET_IOR_LIST, () -> {
            ns.bind("s", py.heap.newSet(py.i(1)));
            aug.orToName(ns, "s", py.list(py.i(2)));
        });
        assertRaises("missing += 1", "NameError", MSG_NAME_NOT_DEFINED, () -> aug.addToName(ns, "missing", one));
        assertRaises("missing |= 1", "NameError", MSG_NAME_NOT_DEFINED, () -> aug.orToName(ns, "missing", one));
        assertThat(ns.contains("missing")).as("a failed augmented assignment binds nothing").isFalse();
    }
}
