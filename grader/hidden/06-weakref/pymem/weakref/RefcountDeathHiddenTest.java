package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyException;
import pymem.model.PyInstance;

/**
 * The runtime calls clearWeakRefs(obj) when obj's reference count reaches zero (PyObject_ClearWeakRefs).
 * Adapted from Lib/test/test_weakref.py: test_basic_callback, test_multiple_callbacks, test_callback_ordering
 * (callbacks newest first) and the unraisable-exception cases.
 */
@DisplayName("Death by reference count (task 2)")
@Tag("task:2")
class RefcountDeathHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;

    @Test
    @Concept("6.1")
    @Points(2)
    @DisplayName("answers None at once when the referent dies at del, with no collection")
    void notebookExampleDiesAtDel() {
        PyInstance obj = fx.obj();
        Ref refStillExist = weakrefs.ref(obj);
        weakrefs.clearWeakRefs(obj);
        assertThat(refStillExist.get() == null)
                .as("del obj with no cycle frees obj at once: r() is None before any gc.collect()")
                .isEqualTo(WeakrefFacts.NOTEBOOK_DEAD_AT_DEL);
        assertThat(weakrefs.getweakrefcount(obj)).as("a dead object has no weak references left").isZero();
    }

    @Test
    @Concept("6.4")
    @Points(3)
    @DisplayName("runs the callbacks newest first")
    void callbacksRunNewestFirst() {
        PyInstance o = fx.obj();
        List<Integer> order = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            int label = n;
            weakrefs.ref(o, ref -> order.add(label));
        }
        weakrefs.clearWeakRefs(o);
        assertThat(order).as("callbacks run newest ref first (r3, r2, r1), not in creation order")
                .isEqualTo(WeakrefFacts.CALLBACK_ORDER);
    }

    @Test
    @Concept("6.4")
    @Points(2)
    @DisplayName("passes each callback its own, already dead, ref")
    void eachCallbackReceivesItsRef() {
        PyInstance o = fx.obj();
        List<Ref> received = new ArrayList<>();
        Ref r1 = weakrefs.ref(o, received::add);
        Ref r2 = weakrefs.ref(o, received::add);
        weakrefs.clearWeakRefs(o);
        assertThat(received).as("each callback is called with the weakref it belongs to")
                .containsExactly(r2, r1);
        assertThat(WeakrefFacts.CALLBACK_RECEIVES_ITS_REF).as("the CPython fact this test follows: a callback receives its own ref").isTrue();
        assertThat(r1.get()).as("the ref a callback receives is already dead: r() is None").isNull();
    }

    @Test
    @Concept("6.4")
    @Points(2)
    @DisplayName("clears every ref and proxy to the object before the first callback runs")
    void allRefsClearedBeforeCallbacks() {
        PyInstance o = fx.obj();
        List<Boolean> sawAllDead = new ArrayList<>();
        Ref basic = weakrefs.ref(o);
        Proxy proxy = weakrefs.proxy(o);
        List<Ref> withCallbacks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            withCallbacks.add(weakrefs.ref(o, ref -> sawAllDead.add(basic.get() == null
                    && withCallbacks.stream().allMatch(r -> r.get() == null) && proxyIsDead(proxy))));
        }
        weakrefs.clearWeakRefs(o);
        assertThat(sawAllDead).as("every weak reference is cleared before any callback runs")
                .containsExactly(true, true, true);
        assertThat(WeakrefFacts.CALLBACK_SEES_ALL_REFS_DEAD).as("the CPython fact this test follows: a callback sees every ref to the object dead").isTrue();
    }

    private static boolean proxyIsDead(Proxy proxy) {
        try {
            proxy.target();
            return false;
        } catch (PyException e) {
            return true;
        }
    }

    @Test
    @Concept("6.5")
    @Points(3)
    @DisplayName("reports a raising callback and still runs the others")
    void raisingCallbackIsReportedAndOthersRun() {
        PyInstance o = fx.obj();
        List<Integer> ran = new ArrayList<>();
        PyException boom = new PyException("ValueError", "boom");
        weakrefs.ref(o, ref -> ran.add(1));
        weakrefs.ref(o, ref -> {
            throw boom;
        });
        weakrefs.ref(o, ref -> ran.add(3));
        weakrefs.clearWeakRefs(o);
        assertThat(ran).as("an exception in one callback must not stop the callbacks after it")
                .isEqualTo(WeakrefFacts.RAISING_CALLBACK_OTHERS_RUN);
        assertThat(weakrefs.unraisable()).as("the callback's exception is reported ('Exception ignored in')")
                .hasSize(WeakrefFacts.RAISING_CALLBACK_REPORTED).containsExactly(boom);
    }

    @Test
    @Concept("6.4")
    @Points(1)
    @DisplayName("runs each callback only once, however often the hook is called")
    void callbackRunsOnce() {
        PyInstance o = fx.obj();
        List<String> log = new ArrayList<>();
        weakrefs.ref(o, WeakrefFixtures.logging(log, "cb"));
        weakrefs.clearWeakRefs(o);
        weakrefs.clearWeakRefs(o);
        assertThat(log).as("a dead ref's callback has already run and must not run again").containsExactly("cb");
        assertThat(weakrefs.unraisable()).as("no callback raised").isEmpty();
    }

    @Test
    @Concept("6.1")
    @Points(1)
    @DisplayName("leaves the weak references to other objects alone")
    void otherObjectsKeepTheirRefs() {
        PyInstance dying = fx.obj();
        PyInstance living = fx.obj();
        List<String> log = new ArrayList<>();
        weakrefs.ref(dying);
        Ref toLiving = weakrefs.ref(living, WeakrefFixtures.logging(log, "living"));
        weakrefs.clearWeakRefs(dying);
        assertThat(toLiving.get()).as("only the dead object's refs are cleared").isSameAs(living);
        assertThat(log).as("only the dead object's callbacks run").isEmpty();
        assertThat(weakrefs.getweakrefcount(living)).as("the living object keeps its ref").isEqualTo(1);
    }

    @Test
    @Concept("6.1")
    @Points(1)
    @DisplayName("does nothing for an object nobody refers to weakly")
    void deathWithoutWeakrefs() {
        PyInstance o = fx.obj();
        weakrefs.clearWeakRefs(o);
        weakrefs.clearWeakRefs(fx.heap.newInt(5));
        assertThat(weakrefs.unraisable()).as("a death without weak references reports nothing").isEmpty();
        assertThat(weakrefs.getweakrefcount(o)).as("an object nobody refers to weakly has getweakrefcount 0").isZero();
    }
}
