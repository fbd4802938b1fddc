package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.copy.Memo;

@DisplayName("the __deepcopy__ hook (task 5)")
@Tag("task:5")
class DeepCopyHookHiddenTest {
    private final CopyFixtures.World w = new CopyFixtures.World();

    @Test
    @Concept("8.7")
    @Points(2)
    @DisplayName("calls __deepcopy__(self, memo) with the memo in use, and memoizes its result")
    void hookGetsSelfAndMemo() {
        PyClass cls = w.heap.newClass("C");
        List<PyObject> received = new ArrayList<>();
        PyObject answer = w.heap.newStr("copied by hook");
        cls.setAttribute("__deepcopy__", w.method("__deepcopy__", args -> {
            received.addAll(args);
            return answer;
        }));
        PyInstance x = w.instance(cls);
        Memo memo = new Memo();
        PyObject y = w.copier.deepcopy(w.heap.newList(x, x), memo);
        assertThat(((PyList) y).get(0)).as("deepcopy(x) returns what x.__deepcopy__(memo) returns").isSameAs(answer);
        assertThat(received).as("__deepcopy__ is called once, with self and the memo in use").containsExactly(x, memo);
        assertThat(((PyList) y).get(1)).as("the hook's result is memoized: x reached twice copies once")
                .isSameAs(answer);
        assertThat(memo.keptAlive()).as("an original copied by its hook is kept alive too").contains(x);
    }

    @Test
    @Concept("8.7")
    @Points(2)
    @DisplayName("lets a hook deep-copy its parts with the same memo, preserving sharing")
    void hookRecursesWithSameMemo() {
        PyClass cls = w.heap.newClass("Box");
        cls.setAttribute("__deepcopy__", w.method("__deepcopy__", args -> {
            PyInstance self = (PyInstance) args.get(0);
            PyInstance copy = w.heap.newInstance(self.cls());
            copy.setAttribute("content", w.copier.deepcopy(self.getAttribute("content"), (Memo) args.get(1)));
            return copy;
        }));
        PyList shared = w.ints(1);
        PyInstance box = w.instance(cls);
        box.setAttribute("content", shared);
        PyList y = (PyList) w.copier.deepcopy(w.heap.newList(shared, box));
        PyInstance boxCopy = (PyInstance) y.get(1);
        assertThat(boxCopy.getAttribute("content"))
                .as("a hook that passes the memo on sees the copies already made: sharing survives")
                .isSameAs(y.get(0));
    }

    @Test
    @Concept("8.7")
    @Points(1)
    @DisplayName("does not memoize a hook's result that is the object itself")
    void hookReturningSelfIsNotMemoized() {
        PyClass cls = w.heap.newClass("Singleton");
        cls.setAttribute("__deepcopy__", w.method("__deepcopy__", args -> args.get(0)));
        PyInstance x = w.instance(cls);
        Memo memo = new Memo();
        assertThat(w.copier.deepcopy(x, memo)).as("a hook may return self").isSameAs(x);
        assertThat(memo.size()).as("an object that is its own copy never enters the memo").isZero();
    }

    @Test
    @Concept("8.7")
    @Points(1)
    @DisplayName("finds __deepcopy__ on a base class and never calls __copy__ for a deep copy")
    void inheritedHookAndNoCrossover() {
        PyClass base = w.heap.newClass("Base");
        PyClass derived = w.heap.register(new PyClass("Derived", List.of(base), null));
        PyObject deep = w.heap.newStr("deep");
        PyObject shallow = w.heap.newStr("shallow");
        base.setAttribute("__deepcopy__", w.method("__deepcopy__", args -> deep));
        base.setAttribute("__copy__", w.method("__copy__", args -> shallow));
        PyInstance x = w.instance(derived);
        assertThat(w.copier.deepcopy(x)).as("deepcopy uses the __deepcopy__ inherited from a base").isSameAs(deep);
        assertThat(w.copier.copy(x)).as("copy uses __copy__, never __deepcopy__").isSameAs(shallow);
    }

    @Test
    @Concept("8.7")
    @Points(2)
    @DisplayName("calls a __deepcopy__ hook once for an object reached through two paths, and shares its result")
    void hookResultIsMemoized() {
        PyClass cls = w.heap.newClass("Hooked");
        List<PyObject> calls = new ArrayList<>();
        cls.setAttribute("__deepcopy__", w.method("__deepcopy__", args -> {
            calls.add(args.get(0));
            return w.heap.newInstance(cls);
        }));
        PyInstance h = w.instance(cls);
        PyList y = (PyList) w.copier.deepcopy(w.heap.newList(h, w.heap.newList(h)));
        assertThat(calls).as("deepcopy([h, [h]]): the hook's result enters the memo, so the hook runs once")
                .hasSize(CopyFacts.HOOK_CALLS_FOR_OBJECT_REACHED_TWICE);
        assertThat(y.get(0) == ((PyList) y.get(1)).get(0)).as("both paths lead to the one copy the hook made")
                .isEqualTo(CopyFacts.HOOK_COPY_SHARED_THROUGH_TWO_PATHS);
    }
}

