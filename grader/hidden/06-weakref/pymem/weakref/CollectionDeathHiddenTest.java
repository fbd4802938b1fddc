package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The collector calls handleWeakrefs(unreachable, garbageRefs) after finding garbage, before finalizers.
 * Adapted from Lib/test/test_weakref.py test_callback_in_cycle and Lib/test/test_gc.py test_trash_weakref_clear.
 */
@DisplayName("Death in a garbage collection (task 3)")
@Tag("task:3")
class CollectionDeathHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;

    /** a <-> b, a two-instance cycle nobody else refers to. */
    private List<PyInstance> cycle() {
        PyInstance a = fx.obj();
        PyInstance b = fx.obj();
        a.setAttribute("partner", b);
        b.setAttribute("partner", a);
        return List.of(a, b);
    }

    @Test
    @Concept("6.6")
    @Points(2)
    @DisplayName("clears every ref to an unreachable object and runs the callbacks of reachable refs")
    void refsToGarbageAreClearedAndCallbacksRun() {
        List<PyInstance> garbage = cycle();
        List<Ref> received = new ArrayList<>();
        Ref basic = weakrefs.ref(garbage.get(0));
        Ref withCallback = weakrefs.ref(garbage.get(1), received::add);
        weakrefs.handleWeakrefs(garbage, List.of());
        assertThat(basic.get()).as("a ref to an unreachable object answers None after the collection").isNull();
        assertThat(withCallback.get()).as("every ref to an unreachable object is cleared").isNull();
        assertThat(received).as("a reachable ref's callback runs and receives the ref")
                .containsExactly(withCallback);
        assertThat(WeakrefFacts.REACHABLE_WEAKREF_CALLBACK_RUNS).as("the CPython fact this test follows: a reachable weakref's callback runs").isTrue();
    }

    @Test
    @Concept("6.6")
    @Points(3)
    @DisplayName("never runs the callback of a weakref that is itself garbage")
    void garbageRefCallbackDoesNotRun() {
        List<PyInstance> garbage = cycle();
        List<String> log = new ArrayList<>();
        Ref held = weakrefs.ref(garbage.get(1), WeakrefFixtures.logging(log, "garbage ref"));
        Ref outside = weakrefs.ref(garbage.get(0), WeakrefFixtures.logging(log, "reachable ref"));
        weakrefs.handleWeakrefs(garbage, List.of(held));
        assertThat(log.contains("garbage ref"))
                .as("a weakref that is itself garbage must not run its callback (it could see freed objects)")
                .isEqualTo(WeakrefFacts.GARBAGE_WEAKREF_CALLBACK_RUNS);
        assertThat(log).as("the reachable ref's callback still runs").containsExactly("reachable ref");
        assertThat(held.get()).as("the garbage ref is cleared too").isNull();
        assertThat(outside.get()).as("the reachable ref to an object that died in the collection must be cleared too").isNull();
    }

    @Test
    @Concept("6.6")
    @Points(2)
    @DisplayName("skips the callback when a class, and the instance holding it and a weakref to it, die together")
    void callbackInCycleLikeTestWeakref() {
        // After CPython's test_callback_in_cycle: I.J = J; I.wr = weakref.ref(J, I.acallback); del I, J, II
        PyClass j = fx.heap.newClass("J");
        PyClass ii = fx.heap.newClass("II");
        PyInstance i = fx.heap.newInstance(ii);
        i.setAttribute("J", j);
        List<String> log = new ArrayList<>();
        Ref wr = weakrefs.ref(j, WeakrefFixtures.logging(log, "acallback"));
        weakrefs.handleWeakrefs(List.of(ii, i, j), List.of(wr));
        assertThat(log).as("a weakref that dies with its referent in one collection must not call back into the garbage")
                .isEmpty();
        assertThat(wr.get()).as("the weakref to the collected class is cleared").isNull();
    }

    @Test
    @Concept("6.6")
    @Points(2)
    @DisplayName("clears a garbage weakref to a living object, whose callback then never runs")
    void garbageRefToLivingObjectIsCleared() {
        WeakrefFixtures.requireSharedRefs();
        List<PyInstance> garbage = cycle();
        PyInstance living = fx.obj();
        List<String> log = new ArrayList<>();
        PyInstance other = fx.obj();
        Ref shared = weakrefs.ref(living);
        Ref held = weakrefs.ref(living, WeakrefFixtures.logging(log, "held by garbage"));
        Ref kept = weakrefs.ref(living, WeakrefFixtures.logging(log, "kept"));
        Ref sharedHeld = weakrefs.ref(other);
        weakrefs.handleWeakrefs(garbage, List.of(held, sharedHeld));
        assertThat(held.get()).as("a weakref inside the garbage is cleared even if its referent lives").isNull();
        assertThat(kept.get()).as("other refs to the living object are untouched").isSameAs(living);
        assertThat(weakrefs.ref(living)).as("the living object's shared ref is untouched").isSameAs(shared);
        assertThat(weakrefs.getweakrefcount(living)).as("the cleared ref leaves its referent's list").isEqualTo(2);
        assertThat(weakrefs.ref(other).get()).as("once the shared ref was cleared as garbage, ref(o) makes a new one")
                .isSameAs(other);
        weakrefs.clearWeakRefs(living);
        assertThat(log).as("when the living object dies later, only the surviving ref's callback runs")
                .containsExactly("kept");
    }

    @Test
    @Concept("6.4")
    @Points(3)
    @DisplayName("clears the refs to all unreachable objects before any callback or finalizer runs")
    void everythingClearedBeforeCallbacks() {
        List<PyInstance> garbage = cycle();
        Ref toA = weakrefs.ref(garbage.get(0));
        Ref toB = weakrefs.ref(garbage.get(1));
        List<Boolean> sawCleared = new ArrayList<>();
        weakrefs.ref(garbage.get(0), ref -> sawCleared.add(toA.get() == null && toB.get() == null));
        weakrefs.ref(garbage.get(1), ref -> sawCleared.add(toA.get() == null && toB.get() == null));
        weakrefs.handleWeakrefs(garbage, List.of());
        assertThat(sawCleared).as("callbacks run only after the refs to every unreachable object were cleared")
                .containsExactly(true, true);
        assertThat(toA.get() == null && toB.get() == null)
                .as("when the hook returns (and __del__ methods run next) the refs are already None")
                .isEqualTo(WeakrefFacts.DEL_SEES_WEAKREF_CLEARED);
    }

    @Test
    @Concept("6.4")
    @Points(1)
    @DisplayName("runs callbacks object by object in unreachable order, newest ref first within an object")
    void callbackOrderInACollection() {
        List<PyInstance> garbage = cycle();
        List<String> log = new ArrayList<>();
        weakrefs.ref(garbage.get(1), WeakrefFixtures.logging(log, "b1"));
        weakrefs.ref(garbage.get(0), WeakrefFixtures.logging(log, "a1"));
        weakrefs.ref(garbage.get(0), WeakrefFixtures.logging(log, "a2"));
        weakrefs.ref(garbage.get(1), WeakrefFixtures.logging(log, "b2"));
        weakrefs.handleWeakrefs(garbage, List.of());
        assertThat(log).as("handle_weakrefs walks the unreachable objects in order, each one's refs newest first")
                .containsExactly("a2", "a1", "b2", "b1");
    }

    @Test
    @Concept("6.5")
    @Points(1)
    @DisplayName("reports a raising callback during a collection and still runs the others")
    void raisingCallbackInCollection() {
        List<PyInstance> garbage = cycle();
        List<String> log = new ArrayList<>();
        PyException boom = new PyException("RuntimeError", "boom");
        weakrefs.ref(garbage.get(0), WeakrefFixtures.logging(log, "first"));
        weakrefs.ref(garbage.get(0), ref -> {
            throw boom;
        });
        weakrefs.ref(garbage.get(1), WeakrefFixtures.logging(log, "other object"));
        weakrefs.handleWeakrefs(garbage, List.of());
        assertThat(log).as("an exception in one callback must not stop the others").containsExactly("first", "other object");
        assertThat(weakrefs.unraisable()).as("the exception is reported, not raised").containsExactly(boom);
    }

    @Test
    @Concept("6.1")
    @Points(1)
    @DisplayName("leaves the refs to reachable objects alone")
    void reachableObjectsKeepTheirRefs() {
        List<PyInstance> garbage = cycle();
        PyInstance survivor = fx.obj();
        List<String> log = new ArrayList<>();
        Ref toSurvivor = weakrefs.ref(survivor, WeakrefFixtures.logging(log, "survivor"));
        weakrefs.handleWeakrefs(garbage, List.of());
        assertThat(toSurvivor.get()).as("a collection clears only refs to the unreachable objects").isSameAs(survivor);
        assertThat(log).as("no callback runs for a survivor").isEmpty();
        assertThat(weakrefs.getweakrefcount(garbage.get(0))).as("freed garbage keeps no refs").isZero();
    }
}
