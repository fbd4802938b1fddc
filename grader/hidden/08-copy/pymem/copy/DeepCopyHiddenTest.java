package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyFrozenSet;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.copy.Memo;

@DisplayName("copy.deepcopy with a memo (task 3)")
@Tag("task:3")
class DeepCopyHiddenTest {
    private final CopyFixtures.World w = new CopyFixtures.World();

    /** deepcopy(x) that must finish within {@code budget} new objects; a runaway copy fails with {@code concept}. */
    private PyObject deepcopyWithin(PyObject x, long budget, String concept) {
        PyObject[] result = new PyObject[1];
        w.allowOnly(budget);
        assertThatCode(() -> result[0] = w.copier.deepcopy(x)).as(concept).doesNotThrowAnyException();
        return result[0];
    }

    @Test
    @Concept("8.4")
    @Points(1)
    @DisplayName("copies the nested lists in the notebook's deep-copy example")
    void notebookDeepExample() {
        PyList a = w.heap.newList(w.ints(1, 2, 5), w.ints(3, 4));
        PyList c = (PyList) w.copier.deepcopy(a);
        ((PyList) c.get(0)).append(w.heap.newInt(6));
        assertThat(((PyList) a.get(0)).size()).as("c[0].append(6) must leave a[0] alone: nested lists are copied")
                .isEqualTo(3);
        assertThat(c.get(1)).as("every nested list is copied").isNotSameAs(a.get(1));
        assertThat(((PyList) c.get(1)).get(0)).as("ints inside are atomic: the copy holds the same int objects")
                .isSameAs(((PyList) a.get(1)).get(0));
    }

    @Test
    @Concept("8.3")
    @Points(2)
    @DisplayName("copies an object reached twice only once, so the copy shares it too")
    void sharedReferencesStayShared() {
        PyList inner = w.ints(1);
        PyList x = w.heap.newList(inner, inner);
        PyList y = (PyList) deepcopyWithin(x, 10, "deepcopy must finish");
        assertThat(y).as("deepcopy returns a new list").isNotSameAs(x);
        assertThat(y.get(0)).as("the shared inner list is copied").isNotSameAs(inner);
        assertThat(y.get(1)).as("the memo maps an object reached twice to one copy: c[0] is c[1]").isSameAs(y.get(0));
        assertThat(w.heap.liveCount()).as("x = [l, l] deep-copies into exactly two new lists")
                .isEqualTo(5);
    }

    @Test
    @Concept("8.4")
    @Points(2)
    @DisplayName("copies a list that contains itself into a list that contains itself")
    void reflexiveList() {
        PyList x = w.heap.newList();
        x.append(x);
        PyObject y = deepcopyWithin(x, 50,
                "a list must enter the memo before its items are copied, so the cycle ends at its copy");
        assertThat(y).as("deepcopy of x = [x] is a new list").isInstanceOf(PyList.class).isNotSameAs(x);
        assertThat(((PyList) y).size()).as("the copy has one item").isEqualTo(1);
        assertThat(((PyList) y).get(0)).as("the copy's item is the copy itself: y[0] is y").isSameAs(y);
    }

    @Test
    @Concept("8.4")
    @Points(2)
    @DisplayName("copies a dict that contains itself into a dict that contains itself")
    void reflexiveDict() {
        PyDict x = w.heap.newDict();
        PyObject foo = w.heap.newStr("foo");
        x.put(foo, x);
        PyObject y = deepcopyWithin(x, 50,
                "a dict must enter the memo before its values are copied, so the cycle ends at its copy");
        assertThat(y).as("deepcopy of x = {'foo': x} is a new dict").isInstanceOf(PyDict.class).isNotSameAs(x);
        assertThat(((PyDict) y).keys()).as("str keys are atomic: the copy uses the same key object")
                .containsExactly(foo);
        assertThat(((PyDict) y).get(foo)).as("y['foo'] is y").isSameAs(y);
    }

    @Test
    @Concept("8.4")
    @Points(2)
    @DisplayName("copies an instance whose attribute is itself into an instance whose attribute is its copy")
    void reflexiveInstance() {
        PyClass cls = w.heap.newClass("C");
        PyInstance x = w.instance(cls);
        x.setAttribute("foo", x);
        x.setAttribute("n", w.heap.newInt(7));
        PyObject y = deepcopyWithin(x, 50,
                "an instance's copy must enter the memo before its attributes are copied");
        assertThat(y).as("deepcopy of an instance is a new instance").isInstanceOf(PyInstance.class).isNotSameAs(x);
        PyInstance copy = (PyInstance) y;
        assertThat(copy.cls()).as("classes are atomic: the copy is an instance of the same class").isSameAs(cls);
        assertThat(copy.getAttribute("foo")).as("y.foo is y").isSameAs(y);
        assertThat(copy.attributes().keySet()).as("the copy has the same attribute names in order")
                .containsExactly("foo", "n");
    }

    @Test
    @Concept("8.4")
    @Points(2)
    @DisplayName("deep-copies instance attributes and dict values, keeping atomic keys and the class")
    void instancesAndDictsAreDeep() {
        PyClass cls = w.heap.newClass("Point");
        PyInstance x = w.instance(cls);
        PyDict d = w.heap.newDict();
        PyObject key = w.heap.newStr("xs");
        d.put(key, w.ints(1, 2));
        x.setAttribute("data", d);
        PyInstance y = (PyInstance) w.copier.deepcopy(x);
        PyObject data = y.getAttribute("data");
        assertThat(data).as("a deep copy copies the dict held in an attribute").isInstanceOf(PyDict.class)
                .isNotSameAs(d);
        assertThat(((PyDict) data).get(key)).as("a deep copy copies the list held as a dict value")
                .isInstanceOf(PyList.class).isNotSameAs(d.get(key));
    }

    @Test
    @Concept("8.4")
    @Points(1)
    @DisplayName("copies each dict value before its key, as y[deepcopy(k)] = deepcopy(v) evaluates")
    void dictValueBeforeKey() {
        PyClass cls = w.heap.newClass("K");
        PyInstance key = w.instance(cls);
        PyDict x = w.heap.newDict();
        x.put(key, w.ints());
        w.copier.deepcopy(x);
        List<PyObject> live = List.copyOf(w.heap.liveObjects());
        PyObject secondLast = live.get(live.size() - 2);
        PyObject last = live.get(live.size() - 1);
        String order = (secondLast instanceof PyList ? "value" : "key") + " then "
                + (last instanceof PyInstance ? "key" : "value");
        assertThat(order).as("CPython evaluates the right-hand side first: the value is copied before the key")
                .isEqualTo(CopyFacts.DICT_DEEPCOPY_ORDER);
    }

    @Test
    @Concept("8.8")
    @Points(2)
    @DisplayName("records the new list and the keep-alive list, but no atom, in the memo")
    void memoHoldsCopiesNotAtoms() {
        Memo memo = new Memo();
        PyList x = w.ints(1, 2, 3, 4);
        w.copier.deepcopy(x, memo);
        assertThat(memo.get(x)).as("memo[id(x)] is the copy of x").isNotNull().isNotSameAs(x);
        assertThat(memo.keptAlive()).as("memo[id(memo)], the keep-alive list, holds x once its copy is made").containsExactly(x);
        for (int i = 0; i < 4; i++) {
            assertThat(memo.get(x.get(i))).as("x[%d], an int returned as it is, is not memoized", i).isNull();
        }
        assertThat(memo.size()).as("len(memo) after deepcopy([1, 2, 3, 4], memo): the copy of x and the keep-alive list, nothing else")
                .isEqualTo(CopyFacts.MEMO_LEN_LIST_OF_FOUR_INTS);
    }

    @Test
    @Concept("8.8")
    @Points(2)
    @DisplayName("keeps every copied original alive in memo[id(memo)], innermost first")
    void memoKeepsOriginalsAlive() {
        Memo memo = new Memo();
        PyList x = w.heap.newList(w.ints(1), w.ints(2));
        w.copier.deepcopy(x, memo);
        assertThat(memo.size()).as("len(memo) after deepcopy([[1], [2]], memo): three copies and the keep-alive list")
                .isEqualTo(CopyFacts.MEMO_LEN_LIST_OF_TWO_LISTS);
        assertThat(memo.keptAlive().size() == 3 && memo.keptAlive().get(0) == x.get(0)
                && memo.keptAlive().get(1) == x.get(1) && memo.keptAlive().get(2) == x)
                .as("each original is appended to memo[id(memo)] once its copy is complete: [x[0], x[1], x]")
                .isEqualTo(CopyFacts.KEEPALIVE_LIST_OF_TWO_LISTS_OUTER_IS_LAST);
        Memo single = new Memo();
        PyList empty = w.heap.newList();
        w.copier.deepcopy(empty, single);
        assertThat(single.keptAlive()).as("memo[id(memo)][0] is x after deepcopy([], memo)").containsExactly(empty);
    }

    @Test
    @Concept("8.3")
    @Points(2)
    @DisplayName("returns the copy already in a memo passed in, and adds nothing for it")
    void memoHitReturnsRecordedCopy() {
        Memo memo = new Memo();
        PyList x = w.ints(1);
        PyList earlier = w.ints(9);
        memo.put(x, earlier);
        int before = w.heap.liveCount();
        assertThat(w.copier.deepcopy(x, memo)).as("deepcopy(x, memo) returns memo[id(x)] when it is there")
                .isSameAs(earlier);
        assertThat(w.heap.liveCount()).as("a memo hit creates no new object").isEqualTo(before);
        assertThat(memo.keptAlive()).as("a memo hit keeps nothing new alive").isEmpty();
        PyList outer = w.heap.newList(x, x);
        PyList y = (PyList) w.copier.deepcopy(outer, memo);
        assertThat(y.get(0)).as("items already in the memo are replaced by their recorded copy").isSameAs(earlier);
    }

    @Test
    @Concept("8.1")
    @Points(1)
    @DisplayName("returns atoms as they are, creating nothing and memoizing nothing")
    void atomsAreReturnedAsTheyAre() {
        Memo memo = new Memo();
        List<PyObject> atoms = List.of(w.heap.newInt(5), w.heap.newStr("s"), w.heap.newNone(),
                w.heap.newBytes(new byte[] {1}), w.heap.newClass("K"), w.method("f", args -> args.get(0)));
        int before = w.heap.liveCount();
        for (PyObject atom : atoms) {
            assertThat(w.copier.deepcopy(atom, memo)).as("deepcopy of an atomic %s is the object itself", atom.typeName())
                    .isSameAs(atom);
        }
        assertThat(w.heap.liveCount()).as("deep-copying atoms creates no object").isEqualTo(before);
        assertThat(memo.size()).as("atoms never enter the memo").isZero();
    }

    @Test
    @Concept("8.6")
    @Points(1)
    @DisplayName("always rebuilds sets, frozensets and bytearrays, with deep copies of the elements")
    void setsAndBytearraysAreRebuilt() {
        PyFrozenSet fs = w.heap.newFrozenSet(w.heap.newInt(1), w.heap.newInt(2));
        assertThat(w.copier.deepcopy(fs) == fs).as("deepcopy(frozenset) is a new frozenset, even of ints")
                .isEqualTo(CopyFacts.DEEPCOPY_FROZENSET_IS_ORIGINAL);
        assertThat(w.copier.deepcopy(fs)).as("deepcopy(frozenset) is a frozenset").isInstanceOf(PyFrozenSet.class);
        PyInstance member = w.instance(w.heap.newClass("C"));
        PySet set = w.heap.newSet(member);
        PySet setCopy = (PySet) w.copier.deepcopy(set);
        assertThat(setCopy).as("deepcopy(set) is a new set").isNotSameAs(set);
        assertThat(setCopy.elements().get(0)).as("a set's elements are deep-copied").isNotSameAs(member)
                .isInstanceOf(PyInstance.class);
        PyByteArray bytes = w.heap.newByteArray(new byte[] {7});
        PyObject bytesCopy = w.copier.deepcopy(bytes);
        assertThat(bytesCopy).as("deepcopy(bytearray) is a new bytearray").isInstanceOf(PyByteArray.class)
                .isNotSameAs(bytes);
        assertThat(((PyByteArray) bytesCopy).value()).as("with the same bytes").containsExactly(7);
    }

    @Test
    @Concept("8.6")
    @Points(1)
    @DisplayName("copies a set's elements before memoizing the set, as CPython rebuilds it from a list")
    void setInCycleIsRebuiltAfterItsElements() {
        Prerequisite.check("8.4", () -> { // the cycle back to the set goes through a list, which must be memoized first
            CopyFixtures.World scratch = new CopyFixtures.World();
            PyList x = scratch.heap.newList();
            x.append(x);
            scratch.allowOnly(50); // a copy that never closes the cycle stops here instead of running forever
            PyList y = (PyList) scratch.copier.deepcopy(x);
            assertThat(y.get(0)).as("x = []; x.append(x): deepcopy(x)[0] is the copy itself").isSameAs(y);
        });
        PySet s = w.heap.newSet();
        PyInstance member = w.instance(w.heap.newClass("C"));
        s.add(member);
        member.setAttribute("back", s);
        PySet y = (PySet) deepcopyWithin(s, 100, "deepcopy must finish on a cycle through a set");
        PyInstance memberCopy = (PyInstance) y.elements().get(0);
        assertThat(memberCopy.getAttribute("back") == y)
                .as("a set is memoized only after its elements are copied, so a cycle back to it meets a second copy")
                .isEqualTo(CopyFacts.SET_CYCLE_THROUGH_INSTANCE_PRESERVED);
        assertThat(memberCopy.getAttribute("back")).as("the set reached through the cycle is still a copy")
                .isInstanceOf(PySet.class).isNotSameAs(s);
    }

    @Test
    @Concept("8.6")
    @Points(1)
    @DisplayName("refuses to deep-copy a cell with CPython's TypeError")
    void cellCannotBeDeepCopied() {
        PyList x = w.heap.newList(w.heap.newCell(w.ints(1)));
        assertThatThrownBy(() -> w.copier.deepcopy(x)).as("copy.deepcopy(cell) raises TypeError")
                .isInstanceOf(PyException.class).hasMessage(CopyFacts.CELL_DEEPCOPY_ERROR);
    }

    @Test
    @Concept("8.4")
    @Points(3)
    @DisplayName("deep-copies an instance used as a dict key, and shares that copy wherever the key is reached")
    void instanceKeysAreCopied() {
        PyInstance key = w.instance(w.heap.newClass("C"));
        PyList tag = w.ints(1);
        key.setAttribute("tag", tag);
        PyDict d = w.heap.newDict();
        d.put(key, w.ints(2));
        d.put(w.heap.newStr("plain"), key);
        PyDict y = (PyDict) w.copier.deepcopy(d);
        PyObject newKey = y.keys().get(0);
        assertThat(newKey == key).as("deepcopy copies dict keys too: an instance key (hashable by identity) becomes a new instance")
                .isEqualTo(CopyFacts.DEEPCOPY_INSTANCE_KEY_IS_ORIGINAL);
        assertThat(newKey).as("the copied key is an instance of the same class").isInstanceOf(PyInstance.class);
        assertThat(y.values().get(1) == newKey).as("the key reached again as a value is the one copy, through the memo")
                .isEqualTo(CopyFacts.DEEPCOPY_INSTANCE_KEY_SHARED_WITH_VALUE);
        assertThat(((PyInstance) newKey).getAttribute("tag") == tag).as("the copied key's attributes are deep-copied as well")
                .isEqualTo(CopyFacts.DEEPCOPY_INSTANCE_KEY_ATTRIBUTE_IS_ORIGINAL);
    }

    @Test
    @Concept("8.6")
    @Points(2)
    @DisplayName("gives a deep copy its own bytearray, one copy however often it is reached")
    void bytearrayIsCopiedOnce() {
        PyByteArray bytes = w.heap.newByteArray(new byte[] {'a', 'b'});
        PyList y = (PyList) w.copier.deepcopy(w.heap.newList(bytes, bytes));
        assertThat(y.get(0) == bytes).as("a bytearray is mutable: deepcopy([ba, ba])[0] is a new bytearray")
                .isEqualTo(CopyFacts.DEEPCOPY_BYTEARRAY_IS_ORIGINAL);
        assertThat(y.get(0) == y.get(1)).as("reached twice, it is copied once (the memo)")
                .isEqualTo(CopyFacts.DEEPCOPY_SHARED_BYTEARRAY_COPIED_ONCE);
    }
}

