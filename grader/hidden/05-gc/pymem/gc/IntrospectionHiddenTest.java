package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

@DisplayName("Task 5: get_referents and get_referrers")
@Tag("task:5")
class IntrospectionHiddenTest {
    private final GcFixtures w = new GcFixtures();

    /** Every test here builds on tracking (5.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        GcFixtures.requireTracking();
    }

    private static List<Integer> sortedInts(List<PyObject> objs) {
        return objs.stream().map(o -> ((PyInt) o).value()).map(BigInteger::intValue).sorted()
                .collect(Collectors.toList());
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("reports no referents for atoms")
    void atomsHaveNoReferents() {
        List<PyObject> got = w.gc.getReferents(w.integer(1), w.str("a"), w.heap.newComplex(0, 4));
        assertThat(sortedInts(got)).as("gc.get_referents(1, 'a', 4j)").isEqualTo(GcFacts.REFERENTS_OF_ATOMS);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("concatenates the referents of several containers, tracked or not")
    void referentsOfSeveralContainers() {
        PyList list = w.list(w.integer(1), w.integer(2));
        PyDict dict = w.dict();
        w.put(dict, w.integer(3), w.integer(4));
        PyTuple tuple = w.tuple(w.integer(0), w.integer(0), w.integer(0));
        List<PyObject> got = w.gc.getReferents(list, dict, tuple);
        assertThat(w.gc.isTracked(dict)).as("the dict of ints is untracked").isFalse();
        assertThat(sortedInts(got)).as("sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0)))")
                .isEqualTo(GcFacts.REFERENTS_OF_LIST_DICT_TUPLE_SORTED);
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("reports every reference of a list, duplicates included")
    void referentsIncludeDuplicates() {
        PyList inner = w.list();
        PyObject one = w.integer(1);
        PyList outer = w.list(one, inner, one);
        assertThat(w.gc.getReferents(outer)).as("get_referents reports every reference, duplicates included")
                .containsExactly(one, inner, one);
    }

    /** The names of {@code objs}, by identity, from {@code names} (name, object, name, object, ...). */
    private static List<String> named(List<PyObject> objs, Object... names) {
        Map<PyObject, String> byObject = new IdentityHashMap<>();
        for (int i = 0; i < names.length; i += 2) {
            byObject.put((PyObject) names[i + 1], (String) names[i]);
        }
        return objs.stream().map(o -> byObject.getOrDefault(o, "?")).collect(Collectors.toList());
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("lists a tuple's and a list's referents from the last item to the first, as their traversal does")
    void sequencesAreTraversedLastToFirst() {
        PyList a = w.list();
        PyList b = w.list();
        PyList c = w.list();
        assertThat(named(w.gc.getReferents(w.tuple(a, b, c)), "a", a, "b", b, "c", c))
                .as("tupletraverse visits the last item first").isEqualTo(GcFacts.REFERENTS_OF_TUPLE);
        assertThat(named(w.gc.getReferents(w.list(a, b, c)), "a", a, "b", b, "c", c))
                .as("list_traverse visits the last item first").isEqualTo(GcFacts.REFERENTS_OF_LIST);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("visits a dict's str keys only once its key table has held another kind of key")
    void dictTraversalSkipsStrKeys() {
        PyList a = w.list();
        PyList b = w.list();
        PyStr k1 = w.str("k1");
        PyStr k2 = w.str("k2");
        PyDict strKeyed = w.dict();
        w.put(strKeyed, k1, a);
        w.put(strKeyed, k2, b);
        assertThat(named(w.gc.getReferents(strKeyed), "a", a, "b", b, "k1", k1, "k2", k2))
                .as("a dict of str keys visits only its values").isEqualTo(GcFacts.REFERENTS_OF_STR_KEYED_DICT);
        PyInstance key = w.instance(w.cls("Plain"));
        PyDict general = w.dict();
        w.put(general, k2, a);
        w.put(general, key, b);
        assertThat(named(w.gc.getReferents(general), "a", a, "b", b, "k2", k2, "key", key))
                .as("a general key table visits each value, then its key")
                .isEqualTo(GcFacts.REFERENTS_OF_GENERAL_DICT);
        PyInt one = w.integer(1);
        PyDict onceGeneral = w.dict();
        w.put(onceGeneral, one, a);
        onceGeneral.remove(one);
        one.setRefcount(one.refcount() - 1);
        a.setRefcount(a.refcount() - 1);
        w.put(onceGeneral, k2, b);
        assertThat(named(w.gc.getReferents(onceGeneral), "b", b, "k2", k2))
                .as("a key table that held a key other than a str stays a general one")
                .isEqualTo(GcFacts.REFERENTS_OF_DICT_THAT_HELD_AN_INT_KEY);
        assertThat(w.gc.getReferrers(k1).contains(strKeyed)).as("gc.get_referrers of a str key of a str-keyed dict")
                .isEqualTo(GcFacts.STR_KEY_REFERRED_BY_DICT);
        assertThat(w.gc.getReferrers(key).contains(general)).as("gc.get_referrers of a key the traversal visits")
                .isEqualTo(GcFacts.INSTANCE_KEY_REFERRED_BY_DICT);
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("lists an instance's attribute values before its class")
    void instanceValuesBeforeItsClass() {
        PyClass plain = w.cls("Plain");
        PyInstance obj = w.instance(plain);
        PyList a = w.list();
        PyList b = w.list();
        w.setattr(obj, "x", a);
        w.setattr(obj, "y", b);
        assertThat(named(w.gc.getReferents(obj), "a", a, "b", b, "Plain", plain))
                .as("subtype_traverse visits the values, then the type").isEqualTo(GcFacts.REFERENTS_OF_INSTANCE);
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("refuses get_referents of a class or a function as out of scope")
    void classesAndFunctionsAreOutOfScope() {
        PyClass cls = w.clsWithDel("R", args -> w.heap.newNone());
        assertThatThrownBy(() -> w.gc.getReferents(cls))
                .as("CPython lists a class's __dict__ and __mro__, which the model does not have")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> w.gc.getReferents(cls.ownAttribute("__del__")))
                .as("CPython lists a function's code, globals and tuples, which the model does not have")
                .isInstanceOf(OutOfScopeError.class);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("finds every tracked container that refers to any of the given objects, once each")
    void referrersAreTrackedContainers() {
        PyList target = w.list();
        PyList other = w.list();
        PyList twice = w.list(target, target);
        PyTuple tuple = w.tuple(other);
        PyList unrelated = w.list(w.integer(5));
        assertThat(w.gc.getReferrers(target)).as("gc.get_referrers(x): a container holding x twice appears once")
                .containsExactly(twice);
        assertThat(w.gc.getReferrers(target, other)).as("several arguments: referrers of any of them")
                .containsExactlyInAnyOrder(twice, tuple)
                .doesNotContain(unrelated);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("does not report untracked or frozen referrers")
    void referrersSkipUntrackedAndFrozen() {
        PyInt key = w.integer(9);
        PyDict untracked = w.dict();
        w.put(untracked, key, w.integer(1));
        PyList held = w.list();
        PyList holder = w.list(held);
        w.gc.freeze();
        PyList youngHolder = w.list(held);
        List<PyObject> ofHeld = w.gc.getReferrers(held);
        assertThat(w.gc.getReferrers(key)).as("an untracked dict is not searched").isEmpty();
        assertThat(ofHeld.contains(holder)).as("the permanent generation is not searched")
                .isEqualTo(GcFacts.FROZEN_REFERRER_REPORTED);
        assertThat(ofHeld).as("referrers in generations 0 to 2 are found").containsExactly(youngHolder);
    }
}
