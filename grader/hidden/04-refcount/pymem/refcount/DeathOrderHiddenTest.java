package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

/**
 * The order of deaths in a cascade, as CPython's __del__ and weakref callbacks see it: each scenario is the
 * twin's, with instances of a marker class M standing for the objects whose death CPython records.
 */
@DisplayName("the order of deaths in a cascade")
@Tag("task:3")
class DeathOrderHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();
    private final PyClass markerClass = w.bind("M", w.heap.newClass("M"));
    private final Map<PyObject, String> markers = new IdentityHashMap<>();

    /** {@code M(name)}: an instance whose death is recorded under {@code name}; owned by no one yet. */
    private PyInstance marker(String name) {
        PyInstance m = w.py.newInstance(markerClass);
        w.py.setAttr(m, "name", w.heap.newStr(name));
        markers.put(m, name);
        return m;
    }

    /** {@code name = value; del name}: the names of the markers, in the order they died. */
    private List<String> deathsOf(PyObject value) {
        w.bind("obj", value);
        int from = w.rc.deallocationLog().size();
        w.py.delete(w.globals, "obj");
        return deathsSince(from);
    }

    /** The names of the markers that died since the log had {@code from} entries, in the order they died. */
    private List<String> deathsSince(int from) {
        List<String> out = new ArrayList<>();
        for (PyObject dead : w.rc.deallocationLog().subList(from, w.rc.deallocationLog().size())) {
            if (markers.containsKey(dead)) {
                out.add(markers.get(dead));
            }
        }
        return out;
    }

    /** {@code prefix0.next = prefix1, ...}: a chain of markers, prefix0 first (the last has no next). */
    private PyInstance chain(int length, String prefix) {
        PyInstance head = null;
        for (int i = length - 1; i >= 0; i--) {
            PyInstance node = marker(prefix + i);
            if (head != null) {
                w.py.setAttr(node, "next", head);
            }
            head = node;
        }
        return head;
    }

    @Test
    @Concept("4.12")
    @Points(2)
    @DisplayName("a dying list or tuple releases its items from the last to the first")
    void sequencesReleaseLastToFirst() {
        assertThat(deathsOf(w.py.newList(marker("a"), marker("b"), marker("c"))))
                .as("list_dealloc releases the last item first").isEqualTo(RefCountFacts.DEATHS_LIST_OF_THREE);
        assertThat(deathsOf(w.py.newTuple(marker("a"), marker("b"), marker("c"))))
                .as("tupledealloc releases the last item first").isEqualTo(RefCountFacts.DEATHS_TUPLE_OF_THREE);
    }

    @Test
    @Concept("4.12")
    @Points(1)
    @DisplayName("list.clear() releases the items from the last to the first")
    void clearReleasesLastToFirst() {
        PyList list = w.bind("l", w.py.newList(marker("a"), marker("b"), marker("c")));
        int from = w.rc.deallocationLog().size();
        w.py.clear(list);
        assertThat(deathsSince(from)).as("_list_clear releases the last item first")
                .isEqualTo(RefCountFacts.DEATHS_LIST_CLEAR);
    }

    @Test
    @Concept("4.12")
    @Points(1)
    @DisplayName("a dying dict releases each entry's key, then its value, in insertion order")
    void dictReleasesKeyThenValue() {
        PyDict d = w.heap.newDict();
        w.py.setItem(d, marker("k1"), marker("v1"));
        w.py.setItem(d, marker("k2"), marker("v2"));
        assertThat(deathsOf(d)).as("dict_dealloc releases key then value, entry by entry")
                .isEqualTo(RefCountFacts.DEATHS_DICT_OF_TWO_ENTRIES);
    }

    @Test
    @Concept("4.13")
    @Points(3)
    @DisplayName("a cascade is depth first: o.a.a dies before o.b")
    void cascadeIsDepthFirst() {
        PyInstance o = marker("o");
        w.py.setAttr(o, "a", marker("a"));
        w.py.setAttr(o, "b", marker("b"));
        w.py.setAttr((PyInstance) o.getAttribute("a"), "a", marker("aa"));
        w.py.setAttr((PyInstance) o.getAttribute("a"), "b", marker("ab"));
        assertThat(deathsOf(o)).as("whatever a release kills dies before the next reference is released")
                .isEqualTo(RefCountFacts.DEATHS_INSTANCE_TREE);

        PyDict d = w.heap.newDict();
        w.py.setItem(d, w.heap.newStr("k"), marker("v"));
        PyObject nested = w.py.newList(w.py.newList(marker("l1"), marker("l2")),
                w.py.newTuple(marker("t1"), marker("t2")), d);
        assertThat(deathsOf(nested)).as("nested containers die depth first, each releasing in its own order")
                .isEqualTo(RefCountFacts.DEATHS_NESTED_CONTAINERS);
    }

    @Test
    @Concept("4.12")
    @Points(2)
    @DisplayName("an instance releases its attributes in the order of its class's key table")
    void instanceAttributesFollowTheClassKeyTable() {
        PyInstance first = w.bind("first", marker("first"));
        w.py.setAttr(first, "y", marker("first.y"));
        w.py.setAttr(first, "x", marker("first.x"));
        PyInstance second = w.bind("second", marker("second"));
        w.py.setAttr(second, "x", marker("second.x"));
        w.py.setAttr(second, "y", marker("second.y"));
        int from = w.rc.deallocationLog().size();
        w.py.delete(w.globals, "first");
        w.py.delete(w.globals, "second");
        assertThat(deathsSince(from)).as("a name's place is fixed by the first instance of the class that set it")
                .isEqualTo(RefCountFacts.DEATHS_INSTANCE_SHARED_KEY_ORDER);

        PyInstance o = w.bind("o", marker("o"));
        w.py.setAttr(o, "a", marker("a"));
        w.py.setAttr(o, "b", marker("b"));
        from = w.rc.deallocationLog().size();
        w.py.delAttr(o, "a");
        w.py.setAttr(o, "a", marker("a again"));
        w.py.delete(w.globals, "o");
        assertThat(deathsSince(from)).as("an attribute deleted and set again keeps its place in the class's key table")
                .isEqualTo(RefCountFacts.DEATHS_ATTRIBUTE_SET_AGAIN);
    }

    @Test
    @Concept("4.12")
    @Points(2)
    @DisplayName("an instance that set a name its class's full key table lacks releases in its own order")
    void instanceWithADictOfItsOwn() {
        PyClass full = w.bind("Full", w.heap.newClass("Full"));
        PyInstance first = w.bind("first", w.py.newInstance(full));
        for (int i = 0; i < RefCountFacts.SHARED_KEY_NAMES_MAX; i++) {
            w.py.setAttr(first, "a" + i, w.heap.newStr("value"));
        }
        PyInstance o = w.py.newInstance(full);
        w.py.setAttr(o, "a5", marker("a5"));
        w.py.setAttr(o, "a1", marker("a1"));
        w.py.setAttr(o, "extra", marker("extra"));
        w.py.setAttr(o, "a0", marker("a0"));
        assertThat(deathsOf(o)).as("past the key table's capacity an instance keeps a dict in insertion order")
                .isEqualTo(RefCountFacts.DEATHS_INSTANCE_WITH_OWN_DICT);
    }

    @Test
    @Concept("4.12")
    @Points(2)
    @DisplayName("each new instance takes a place in its class's key table, so a crowded class gives dicts sooner")
    void instancesFillTheKeyTable() {
        for (int i = 0; i < 28; i++) {
            w.bind("crowd" + i, marker("crowd")); // alive to the end: only o and p die
        }
        int from = w.rc.deallocationLog().size();
        PyInstance o = w.bind("o", marker("o"));
        w.py.setAttr(o, "y", marker("y"));
        w.py.setAttr(o, "x", marker("x"));
        w.py.delete(w.globals, "o");
        PyInstance p = w.bind("p", marker("p"));
        w.py.setAttr(p, "x", marker("x2"));
        w.py.setAttr(p, "y", marker("y2"));
        w.py.delete(w.globals, "p");
        assertThat(deathsSince(from)).as("instances of a class use up its key table as its names do")
                .isEqualTo(RefCountFacts.DEATHS_CROWDED_CLASS);
    }

    @Test
    @Concept("4.12")
    @Points(1)
    @DisplayName("a dying function releases its defaults, then its closure, each last to first")
    void functionReleasesDefaultsThenClosure() {
        PyCell x = w.heap.newCell(marker("x"));
        PyCell y = w.heap.newCell(marker("y"));
        w.rc.incref(x.contents());
        w.rc.incref(y.contents());
        PyInstance d1 = marker("d1");
        PyInstance d2 = marker("d2");
        for (PyObject held : List.of(d1, d2, x, y)) {
            w.rc.incref(held);
        }
        PyFunction f = w.heap.register(new PyFunction("f", args -> args.get(0), List.of(d1, d2), List.of(x, y)));
        assertThat(deathsOf(f)).as("func_clear drops the defaults tuple before the closure tuple")
                .isEqualTo(RefCountFacts.DEATHS_FUNCTION);
    }

    @Test
    @Concept("4.13")
    @Points(3)
    @DisplayName("past 50 nested deallocators the trashcan makes the rest of a chain wait, last deposited first")
    void trashcanDefersDeepDeallocations() {
        PyObject b = marker("b");
        assertThat(deathsOf(w.py.newList(b, chain(100, "c"))))
                .as("the 50th nested deallocation waits until the outermost deallocator has finished")
                .isEqualTo(RefCountFacts.DEATHS_TRASHCAN_SIBLING);
        PyObject x = chain(55, "x");
        assertThat(deathsOf(w.py.newList(x, chain(55, "y"))))
                .as("objects waiting in the trashcan die last deposited first")
                .isEqualTo(RefCountFacts.DEATHS_TRASHCAN_TWO_CHAINS);
    }
}
