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
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/** Adapted from Lib/test/test_weakref.py FinalizeTestCase: test_finalize, test_order, test_atexit. */
@DisplayName("weakref.finalize (task 6)")
@Tag("task:6")
class FinalizeHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;
    private final List<List<PyObject>> calls = new ArrayList<>();

    @Test
    @Concept("6.10")
    @Points(3)
    @DisplayName("calls func(*args) once when the object dies")
    void runsOnceAtDeath() {
        PyInstance o = fx.obj();
        PyObject one = fx.heap.newInt(1);
        PyObject two = fx.heap.newInt(2);
        Finalize f = weakrefs.finalize(o, fx.recorder(calls, fx.heap.newNone()), one, two);
        assertThat(f.alive()).as("a new finalizer is alive").isTrue();
        assertThat(calls).as("nothing is called before the object dies").isEmpty();
        weakrefs.clearWeakRefs(o);
        assertThat(calls).as("the object's death calls func with the args given to finalize")
                .containsExactly(List.of(one, two));
        assertThat(f.alive()).as("a finalizer that ran is dead").isFalse();
        assertThat(f.call()).as("calling it afterwards returns None").isNull();
        assertThat(calls).as("and calls nothing again").hasSize(1);
    }

    @Test
    @Concept("6.10")
    @Points(2)
    @DisplayName("runs on the first explicit call, returning func's result, and never again")
    void explicitCallRunsOnce() {
        PyInstance o = fx.obj();
        PyObject answer = fx.heap.newInt(WeakrefFacts.FINALIZE_FIRST_CALL);
        Finalize f = weakrefs.finalize(o, fx.recorder(calls, answer));
        assertThat(f.call()).as("f() returns what func returned").isSameAs(answer);
        assertThat(f.alive()).as("f.alive after f()").isEqualTo(WeakrefFacts.FINALIZE_ALIVE_AFTER_CALL);
        assertThat(f.call() == null).as("a second f() returns None").isEqualTo(WeakrefFacts.FINALIZE_SECOND_CALL_IS_NONE);
        weakrefs.clearWeakRefs(o);
        assertThat(calls).as("the object's later death does not call func again").hasSize(1);
    }

    @Test
    @Concept("6.10")
    @Points(2)
    @DisplayName("detaches without calling, after which nothing runs")
    void detachNeverCalls() {
        PyInstance o = fx.obj();
        PyObject arg = fx.heap.newStr("x");
        PyFunction func = fx.recorder(calls, fx.heap.newNone());
        Finalize f = weakrefs.finalize(o, func, arg);
        FinalizeInfo info = f.detach();
        assertThat(info).as("detach() returns (obj, func, args)").isEqualTo(new FinalizeInfo(o, func, List.of(arg)));
        assertThat(info.obj() == o).as("detach() must return the very object it watched").isEqualTo(WeakrefFacts.FINALIZE_DETACH_RETURNS_OBJ);
        assertThat(f.alive()).as("a detached finalizer is dead").isFalse();
        assertThat(f.detach() == null).as("detaching twice returns None")
                .isEqualTo(WeakrefFacts.FINALIZE_DETACH_AGAIN_IS_NONE);
        weakrefs.clearWeakRefs(o);
        assertThat(calls).as("detach() never calls func, not even at the object's death").isEmpty();
    }

    @Test
    @Concept("6.10")
    @Points(1)
    @DisplayName("peeks without changing anything, and peeks None once dead")
    void peekChangesNothing() {
        PyInstance o = fx.obj();
        PyFunction func = fx.recorder(calls, fx.heap.newNone());
        Finalize f = weakrefs.finalize(o, func);
        assertThat(f.peek()).as("peek() shows (obj, func, args)").isEqualTo(new FinalizeInfo(o, func, List.of()));
        assertThat(f.alive()).as("peek() leaves the finalizer alive").isTrue();
        weakrefs.clearWeakRefs(o);
        assertThat(f.peek()).as("peek() is None once the finalizer ran").isNull();
        assertThat(f.detach()).as("detach() is None once the finalizer ran").isNull();
    }

    @Test
    @Concept("6.10")
    @Points(3)
    @DisplayName("runs the finalizers still alive at exit, newest first, skipping atexit=False")
    void atExitNewestFirst() {
        List<Integer> order = new ArrayList<>();
        List<Finalize> finalizers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int label = i;
            PyFunction func = fx.heap.newFunction("fin" + i, args -> {
                order.add(label);
                return fx.heap.newNone();
            });
            finalizers.add(weakrefs.finalize(fx.obj(), func));
        }
        assertThat(finalizers.get(0).atexit()).as("atexit is True by default").isEqualTo(WeakrefFacts.FINALIZE_DEFAULT_ATEXIT);
        finalizers.get(3).call();
        finalizers.get(4).setAtexit(false);
        order.clear();
        weakrefs.runAtExit();
        assertThat(order).as("at exit the alive finalizers with atexit=True run in reverse creation order")
                .containsExactly(2, 1, 0);
        assertThat(WeakrefFacts.FINALIZE_ATEXIT_ORDER).as("the CPython fact this test follows: finalizers run at exit newest first").isEqualTo(List.of(2, 1, 0));
        assertThat(finalizers.get(4).alive()).as("an atexit=False finalizer stays alive at exit").isTrue();
        assertThat(finalizers.get(0).alive()).as("a finalizer run at exit is dead").isFalse();
    }

    @Test
    @Concept("6.10")
    @Points(2)
    @DisplayName("runs the finalizers of one object newest first at its death, skipping those called or detached")
    void severalFinalizersOnOneObject() {
        WeakrefFixtures.requireCallbackOrder();
        // After test_weakref's FinalizeTestCase.test_order.
        PyInstance a = fx.obj();
        List<String> res = new ArrayList<>();
        List<Finalize> fs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String label = "f" + i;
            fs.add(weakrefs.finalize(a, fx.heap.newFunction(label, args -> {
                res.add(label);
                return fx.heap.newNone();
            })));
        }
        fs.get(4).detach();
        fs.get(4).call();
        res.add("A");
        fs.get(2).call();
        res.add("B");
        fs.get(2).call();
        res.add("C");
        weakrefs.clearWeakRefs(a);
        res.add("D");
        fs.get(1).call();
        assertThat(String.join(" ", res))
                .as("each finalizer runs once: explicitly, or at the death newest first; detached ones never")
                .isEqualTo(WeakrefFacts.FINALIZE_TEST_ORDER);
    }

    @Test
    @Concept("6.5")
    @Points(1)
    @DisplayName("reports an exception raised at death, but lets an explicit call raise")
    void exceptionsFromFinalizers() {
        PyException boom = new PyException("ValueError", "boom");
        PyFunction raising = fx.heap.newFunction("raising", args -> {
            throw boom;
        });
        PyInstance dying = fx.obj();
        weakrefs.finalize(dying, raising);
        weakrefs.clearWeakRefs(dying);
        assertThat(weakrefs.unraisable()).as("an exception from a finalizer run at death is reported")
                .containsExactly(boom);
        Finalize explicit = weakrefs.finalize(fx.obj(), raising);
        assertThat(catchThrowableOfType(PyException.class, explicit::call))
                .as("f() raises what func raised").isSameAs(boom);
    }

    @Test
    @Concept("6.2")
    @Points(1)
    @DisplayName("refuses to watch an object that cannot be weakly referenced")
    void finalizeOfIntRefused() {
        PyException e = catchThrowableOfType(PyException.class,
                () -> weakrefs.finalize(fx.heap.newInt(1), fx.recorder(calls, fx.heap.newNone())));
        assertThat(e).as("weakref.finalize(1, f) raises TypeError").isNotNull();
        assertThat(e.getMessage()).as("finalize(5, f) must raise CPython's TypeError message").isEqualTo(WeakrefFacts.REFUSED_INT);
    }
}
