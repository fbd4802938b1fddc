package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyObject;
import pymem.model.PySet;

/** Adapted from Lib/test/test_weakref.py test_weak_values, test_weak_keys and Lib/test/test_weakset.py. */
@DisplayName("WeakValueDictionary, WeakKeyDictionary and WeakSet (task 5)")
@Tag("task:5")
class WeakContainersHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;

    @Test
    @Concept("6.9")
    @Points(2)
    @DisplayName("drops a WeakValueDictionary entry when its value dies")
    void weakValueEntryVanishes() {
        WeakValueDictionary d = new WeakValueDictionary(weakrefs);
        PyInstance v = fx.obj();
        PyInstance w = fx.obj();
        d.put("k", v);
        d.put("other", w);
        assertThat(d.get("k")).as("a living value is found under its key").isSameAs(v);
        weakrefs.clearWeakRefs(v);
        assertThat(d.containsKey("k")).as("'k' in d is False once the value died").isFalse();
        assertThat(d.get("k")).as("d.get('k') must be None once the value died").isNull();
        assertThat(d.size()).as("len(d) counts only entries whose value lives").isEqualTo(1);
        assertThat(d.get("other")).as("other entries stay").isSameAs(w);
    }

    @Test
    @Concept("6.9")
    @Points(3)
    @DisplayName("keeps the newer value when the value a key used to have dies")
    void oldValueDeathKeepsNewValue() {
        WeakValueDictionary d = new WeakValueDictionary(weakrefs);
        PyInstance v1 = fx.obj();
        PyInstance v2 = fx.obj();
        d.put("k", v1);
        d.put("k", v2);
        weakrefs.clearWeakRefs(v1);
        assertThat(d.get("k") == v2).as("d['k'] = v2 replaced v1: v1's death must not remove the key")
                .isEqualTo(WeakrefFacts.WVD_OLD_VALUE_DEATH_KEEPS_NEW);
        assertThat(d.size()).as("len(d) after the old value died: the key with its new value stays").isEqualTo(1);
    }

    @Test
    @Concept("6.9")
    @Points(2)
    @DisplayName("drops a WeakKeyDictionary entry when its key dies")
    void weakKeyEntryVanishes() {
        WeakKeyDictionary d = new WeakKeyDictionary(weakrefs);
        PyInstance k1 = fx.obj();
        PyInstance k2 = fx.obj();
        PyObject one = fx.heap.newInt(1);
        d.put(k1, one);
        d.put(k2, fx.heap.newInt(2));
        assertThat(d.get(k1)).as("the value stored under a living key").isSameAs(one);
        weakrefs.clearWeakRefs(k1);
        assertThat(d.containsKey(k1)).as("a dead key's entry disappears").isFalse();
        assertThat(d.size()).as("len(d) after one key died").isEqualTo(1);
        assertThat(d.containsKey(k2)).as("other keys stay").isTrue();
    }

    @Test
    @Concept("6.9")
    @Points(1)
    @DisplayName("replaces the value of a WeakKeyDictionary key stored again")
    void weakKeyReplacesValue() {
        WeakKeyDictionary d = new WeakKeyDictionary(weakrefs);
        PyInstance k = fx.obj();
        PyObject two = fx.heap.newInt(2);
        d.put(k, fx.heap.newInt(1));
        d.put(k, two);
        assertThat(d.size()).as("storing under the same key object again makes no second entry").isEqualTo(1);
        assertThat(d.get(k)).as("d[k] is the value stored last").isSameAs(two);
        assertThat(d.get(fx.obj())).as("an object that is not a key finds nothing").isNull();
    }

    @Test
    @Concept("6.9")
    @Points(2)
    @DisplayName("drops a WeakSet member when it dies, and keeps members distinct")
    void weakSetMemberVanishes() {
        WeakSet s = new WeakSet(weakrefs);
        PyInstance a = fx.obj();
        PyInstance b = fx.obj();
        PyInstance c = fx.obj();
        s.add(a);
        s.add(b);
        s.add(a);
        s.add(c);
        assertThat(s.size()).as("adding a member twice keeps one").isEqualTo(3);
        weakrefs.clearWeakRefs(b);
        assertThat(s.contains(b)).as("a dead member leaves the WeakSet").isFalse();
        assertThat(s.discard(c)).as("discard removes a living member").isTrue();
        assertThat(s.discard(c)).as("discarding again finds nothing").isFalse();
        assertThat(s.size()).as("len(s) after discarding: only the remaining living member counts").isEqualTo(1);
        assertThat(s.contains(a)).as("the remaining member is still in the WeakSet").isTrue();
    }

    @Test
    @Concept("6.9")
    @Points(3)
    @DisplayName("keeps iterating safely while members die, skipping those not yet reached")
    void weakSetIterationSurvivesDeaths() {
        WeakSet s = new WeakSet(weakrefs);
        List<PyInstance> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(fx.obj());
            s.add(members.get(i));
        }
        List<PyObject> seen = WeakrefFixtures.iterate(s, 5, member -> {
            for (PyInstance other : members) {
                if (other != member) {
                    weakrefs.clearWeakRefs(other);
                }
            }
        });
        assertThat(seen.size()).as("members that die during the loop are not yielded, and the loop does not fail")
                .isEqualTo(WeakrefFacts.WEAKSET_YIELDED_WHEN_OTHERS_DIE_MID_ITERATION);
        assertThat(s.size()).as("after the loop the dead members are gone").isEqualTo(WeakrefFacts.WEAKSET_LEN_AFTER);
    }

    @Test
    @Concept("6.9")
    @Points(2)
    @DisplayName("keeps iterating a WeakValueDictionary safely while values die")
    void weakValueIterationSurvivesDeaths() {
        WeakValueDictionary d = new WeakValueDictionary(weakrefs);
        List<PyInstance> values = List.of(fx.obj(), fx.obj(), fx.obj(), fx.obj());
        for (int i = 0; i < values.size(); i++) {
            d.put("k" + i, values.get(i));
        }
        List<String> seen = WeakrefFixtures.iterate(d, 4, key -> weakrefs.clearWeakRefs(values.get(2)));
        assertThat(seen).as("iteration goes on after a value dies, without the dead entry")
                .containsExactly("k0", "k1", "k3");
        assertThat(d.size()).as("len(d) counts only the entries whose value lives").isEqualTo(3);
    }

    @Test
    @Concept("6.9")
    @Points(1)
    @DisplayName("keeps iterating a WeakKeyDictionary safely while keys die")
    void weakKeyIterationSurvivesDeaths() {
        WeakKeyDictionary d = new WeakKeyDictionary(weakrefs);
        List<PyInstance> keys = List.of(fx.obj(), fx.obj(), fx.obj());
        keys.forEach(k -> d.put(k, fx.heap.newInt(0)));
        List<PyObject> seen = WeakrefFixtures.iterate(d, 3, key -> weakrefs.clearWeakRefs(keys.get(1)));
        assertThat(seen).as("keys dying mid-iteration are skipped").containsExactly(keys.get(0), keys.get(2));
    }

    @Test
    @Concept("6.2")
    @Points(1)
    @DisplayName("answers False for an int in a WeakSet but refuses to add one")
    void weakSetAndUnreferenceableObjects() {
        WeakSet s = new WeakSet(weakrefs);
        s.add(fx.obj());
        assertThat(s.contains(fx.heap.newInt(7))).as("7 in WeakSet() is False, not an error")
                .isEqualTo(WeakrefFacts.WEAKSET_CONTAINS_INT);
        PyException e = catchThrowableOfType(PyException.class, () -> s.add(fx.heap.newInt(7)));
        assertThat(e).as("WeakSet().add(7) raises: an int cannot be weakly referenced").isNotNull();
        assertThat(e.getMessage()).as("adding 5 to a WeakSet must raise CPython's TypeError message").isEqualTo(WeakrefFacts.REFUSED_INT);
    }

    @Test
    @Concept("6.9")
    @Points(1)
    @DisplayName("drops entries whose objects a collection found unreachable")
    void containersFollowCollections() {
        WeakSet s = new WeakSet(weakrefs);
        WeakValueDictionary d = new WeakValueDictionary(weakrefs);
        PyInstance a = fx.obj();
        PyInstance b = fx.obj();
        a.setAttribute("partner", b);
        b.setAttribute("partner", a);
        s.add(a);
        d.put("b", b);
        weakrefs.handleWeakrefs(List.of(a, b), List.of());
        assertThat(s.size()).as("a WeakSet member collected as garbage leaves the set").isZero();
        assertThat(d.size()).as("a WeakValueDictionary value collected as garbage drops its entry").isZero();
    }

    @Test
    @Concept("6.9")
    @Points(1)
    @DisplayName("raises for d.get(7) and s.discard(7) but answers False to 7 in d")
    void unreferenceableKeys() {
        WeakKeyDictionary d = new WeakKeyDictionary(weakrefs);
        WeakSet s = new WeakSet(weakrefs);
        d.put(fx.obj(), fx.heap.newInt(1));
        PyException get = catchThrowableOfType(PyException.class, () -> d.get(fx.heap.newInt(7)));
        assertThat(get).as("WeakKeyDictionary.get(key) makes ref(key) first: an int raises TypeError").isNotNull();
        assertThat(get.pythonType()).as("d.get(7) raises TypeError").isEqualTo("TypeError");
        assertThat(get.getMessage()).as("the message of ref(7)'s TypeError").isEqualTo(WeakrefFacts.WKD_GET_INT_ERROR);
        assertThat(d.containsKey(fx.heap.newInt(7))).as("'key in d' catches that TypeError and answers False")
                .isEqualTo(WeakrefFacts.WKD_CONTAINS_INT);
        PyException discard = catchThrowableOfType(PyException.class, () -> s.discard(fx.heap.newInt(7)));
        assertThat(discard).as("WeakSet.discard(x) makes ref(x) first: an int raises TypeError").isNotNull();
        assertThat(discard.getMessage()).as("the message of ref(7)'s TypeError")
                .isEqualTo(WeakrefFacts.WEAKSET_DISCARD_INT_ERROR);
    }

    @Test
    @Concept("6.9")
    @Points(2)
    @DisplayName("refuses unhashable members and keys with CPython's TypeError and stays unchanged")
    void unhashableKeys() {
        WeakKeyDictionary d = new WeakKeyDictionary(weakrefs);
        WeakSet s = new WeakSet(weakrefs);
        PySet set = fx.heap.newSet();
        assertThat(refusal(() -> s.add(set))).as("WeakSet().add(set()): the ref is made, then hashing it hashes the set")
                .isEqualTo(WeakrefFacts.WEAKSET_ADD_UNHASHABLE_SET);
        assertThat(refusal(() -> d.put(set, fx.heap.newInt(1)))).as("a set cannot be a WeakKeyDictionary key")
                .isEqualTo(WeakrefFacts.WKD_PUT_UNHASHABLE_SET);
        assertThat(refusal(() -> s.contains(set))).as("'set() in WeakSet()' hashes the ref too: TypeError, not False")
                .isEqualTo(WeakrefFacts.WEAKSET_CONTAINS_UNHASHABLE_SET);
        assertThat(refusal(() -> d.containsKey(set))).as("'set() in WeakKeyDictionary()' raises the same TypeError")
                .isEqualTo(WeakrefFacts.WKD_CONTAINS_UNHASHABLE_SET);
        assertThat(refusal(() -> d.get(set))).as("WeakKeyDictionary.get(set()) raises the same TypeError")
                .isEqualTo(WeakrefFacts.WKD_GET_UNHASHABLE_SET);
        PyInstance eqOnly = fx.heap.newInstance(classWithEq("EqOnly"));
        assertThat(refusal(() -> s.add(eqOnly))).as("a class that defines __eq__ alone gets __hash__ = None")
                .isEqualTo(WeakrefFacts.WEAKSET_ADD_UNHASHABLE_EQ_ONLY);
        assertThat(refusal(() -> d.put(eqOnly, fx.heap.newInt(1)))).as("nor a WeakKeyDictionary key")
                .isEqualTo(WeakrefFacts.WKD_PUT_UNHASHABLE_EQ_ONLY);
        PyClass hashNone = fx.heap.newClass("HashNone");
        hashNone.setAttribute("__hash__", fx.heap.newNone());
        PyInstance noHash = fx.heap.newInstance(hashNone);
        assertThat(refusal(() -> s.add(noHash))).as("__hash__ = None makes instances unhashable")
                .isEqualTo(WeakrefFacts.WEAKSET_ADD_UNHASHABLE_HASH_NONE);
        assertThat(refusal(() -> d.put(noHash, fx.heap.newInt(1)))).as("nor a WeakKeyDictionary key")
                .isEqualTo(WeakrefFacts.WKD_PUT_UNHASHABLE_HASH_NONE);
        PyClass child = fx.heap.register(new PyClass("EqOnlyChild", List.of(classWithEq("EqOnly")), null));
        PyInstance inherited = fx.heap.newInstance(child);
        assertThat(refusal(() -> s.add(inherited))).as("a subclass inherits __hash__ = None from its base")
                .isEqualTo(WeakrefFacts.WEAKSET_ADD_UNHASHABLE_EQ_ONLY_CHILD);
        assertThat(refusal(() -> d.put(inherited, fx.heap.newInt(1)))).as("nor a WeakKeyDictionary key")
                .isEqualTo(WeakrefFacts.WKD_PUT_UNHASHABLE_EQ_ONLY_CHILD);
        assertThat(s.size() != 0 || d.size() != 0).as("a refused add leaves the containers as they were")
                .isEqualTo(WeakrefFacts.REFUSED_ADD_CHANGES_LEN);
        assertThat(weakrefs.getweakrefcount(set)).as("the ref made for a refused key dies with the failed call")
                .isEqualTo(WeakrefFacts.REFUSED_ADD_LEAVES_WEAKREFCOUNT);
        assertThat(weakrefs.getweakrefcount(eqOnly)).as("no ref is left on an unhashable instance either")
                .isEqualTo(WeakrefFacts.REFUSED_ADD_LEAVES_WEAKREFCOUNT);
    }

    private PyClass classWithEq(String name) {
        PyClass cls = fx.heap.newClass(name);
        cls.setAttribute("__eq__", fx.heap.newFunction("__eq__", args -> fx.heap.newBool(args.get(0) == args.get(1))));
        return cls;
    }

    /** The message of the TypeError the action raises, or a text saying what happened instead. */
    private static String refusal(Runnable action) {
        try {
            action.run();
            return "no error";
        } catch (PyException e) {
            return "TypeError".equals(e.pythonType()) ? e.getMessage() : e.pythonType() + ": " + e.getMessage();
        }
    }
}
