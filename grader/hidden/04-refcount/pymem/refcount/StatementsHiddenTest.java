package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Namespace;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

@DisplayName("the operations that own references")
@Tag("task:4")
class StatementsHiddenTest {
    private final RefcountFixtures w = new RefcountFixtures();

    /** Every test here builds on incref, the last decref and the statements that build objects (4.1, 4.3, 4.7, 4.8): when one is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        RefcountFixtures.requireCountingAndRelease();
        RefcountFixtures.requireStatements();
    }

    private PyObject fresh() {
        return w.py.newList(w.heap.newInt(6), w.heap.newInt(5), w.heap.newInt(8));
    }

    @Test
    @Concept("4.7")
    @Points(3)
    @DisplayName("the notebook's example: names and a list holding x twice move getrefcount 2, 3, 5, 2")
    void notebookSequence() {
        PyObject x = w.bind("x", fresh());
        assertThat(w.refs(x)).as("x = [6, 5, 8]: one name plus the temporary")
                .isEqualTo(RefCountFacts.GETREFCOUNT_FRESH_NAME);
        w.py.assign(w.globals, "y", x);
        assertThat(w.refs(x)).as("y = x: binding a second name takes a reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_ALIAS);
        w.bind("l", w.py.newList(x, x));
        assertThat(w.refs(x)).as("l = [x, x]: each slot of a new list owns a reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_LIST_OF_TWO);
        w.py.delete(w.globals, "y");
        w.py.delete(w.globals, "l");
        assertThat(w.refs(x)).as("del y, l: del releases the name's reference, and the dead list its two")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_DEL_ALIAS_AND_LIST);
    }

    @Test
    @Concept("4.7")
    @Points(2)
    @DisplayName("rebinding a name releases the object it was bound to")
    void rebindReleasesTheOldObject() {
        PyObject x = w.bind("x", fresh());
        w.py.assign(w.globals, "y", x);
        w.py.assign(w.globals, "y", fresh());
        assertThat(w.refs(x)).as("y = [0] after y = x: rebinding must release the old object")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_REBIND_AWAY);
    }

    @Test
    @Concept("4.7")
    @Points(2)
    @DisplayName("rebinding the only name of an object deallocates it")
    void rebindFreesAnObjectOnlyThatNameOwned() {
        PyObject first = w.bind("x", w.heap.newList());
        PyObject second = w.bind("x", w.heap.newList());
        assertThat(w.heap.isLive(first)).as("x = [] twice: the first list lost its only owner").isFalse();
        assertThat(w.rc.deallocationLog()).as("rebinding deallocates the old object at once").containsExactly(first);
        assertThat(w.refs(second)).as("the name now owns the new object").isEqualTo(2);
    }

    @Test
    @Concept("4.9")
    @Points(2)
    @DisplayName("rebinding a name to the object it already holds keeps that object alive")
    void rebindToTheSameObjectKeepsItAlive() {
        PyObject x = w.bind("x", w.heap.newList());
        w.py.assign(w.globals, "x", x);
        assertThat(w.heap.isLive(x)).as("x = x: take the new reference before releasing the old one").isTrue();
        assertThat(w.refs(x)).as("x = x changes no count").isEqualTo(2);
    }

    @Test
    @Concept("4.7")
    @Points(1)
    @DisplayName("del of the only name deallocates the object")
    void delOfTheOnlyNameFreesTheObject() {
        PyObject x = w.bind("x", w.heap.newList());
        w.py.delete(w.globals, "x");
        assertThat(w.globals.contains("x")).as("del x unbinds the name").isFalse();
        assertThat(w.heap.isLive(x)).as("del of the last owner deallocates the object").isFalse();
    }

    @Test
    @Concept("4.7")
    @Points(1)
    @DisplayName("del of an unbound name raises NameError and changes nothing")
    void delOfUnboundNameRaisesNameError() {
        PyObject y = w.bind("y", w.heap.newList());
        assertThatThrownBy(() -> w.py.delete(w.globals, "x"))
                .as("del x for an unbound x is a NameError")
                .isInstanceOf(PyException.class)
                .hasMessage(RefCountFacts.NAME_ERROR_MESSAGE)
                .extracting(e -> ((PyException) e).pythonType()).isEqualTo("NameError");
        assertThat(w.refs(y)).as("a failed del releases nothing").isEqualTo(2);
    }

    @Test
    @Concept("4.7")
    @Points(1)
    @DisplayName("a parameter is one more name: getrefcount(p) inside f(x) is 3")
    void parameterIsOneMoreName() {
        PyObject x = w.bind("x", fresh());
        Namespace frame = new Namespace("f");
        w.py.assign(frame, "p", x);
        assertThat(w.refs(x)).as("calling f(x) binds the parameter p to x: a reference of its own")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AS_PARAMETER);
        w.py.delete(frame, "p");
        assertThat(w.refs(x)).as("the call's end releases the parameter").isEqualTo(2);
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("a tuple holding x three times owns three references")
    void tupleOwnsOneReferencePerSlot() {
        PyObject x = w.bind("x", fresh());
        w.bind("t", w.py.newTuple(x, x, x));
        assertThat(w.refs(x)).as("t = (x, x, x): each tuple slot owns a reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_IN_TUPLE_OF_THREE);
    }

    @Test
    @Concept("4.8")
    @Points(2)
    @DisplayName("storing into a dict takes a reference and clearing it gives it back")
    void dictStoreAndClear() {
        PyObject x = w.bind("x", fresh());
        PyStr k = w.heap.newStr("k");
        PyDict d = w.bind("d", w.heap.newDict());
        w.py.setItem(d, k, x);
        assertThat(w.refs(x)).as("d['k'] = x: the entry owns a reference to its value")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_DICT_STORE);
        assertThat(w.refs(k)).as("the entry owns a reference to its key").isEqualTo(2);
        w.py.clear(d);
        assertThat(w.refs(x)).as("d.clear(): every value loses its entry's reference")
                .isEqualTo(RefCountFacts.GETREFCOUNT_AFTER_DICT_CLEAR);
        assertThat(w.heap.isLive(k)).as("d.clear(): a key only its entry owned is deallocated").isFalse();
        assertThat(d.size()).as("d.clear() empties the dict").isZero();
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("replacing a dict value keeps the key's single reference and releases the old value")
    void dictReplaceReleasesOldValue() {
        PyStr k = w.bind("k", w.heap.newStr("k"));
        PyObject old = w.heap.newList();
        PyObject replacement = w.bind("r", w.heap.newList());
        PyDict d = w.bind("d", w.heap.newDict());
        w.py.setItem(d, k, old);
        w.py.setItem(d, k, replacement);
        assertThat(w.heap.isLive(old)).as("d[k] = new releases the value it replaces").isFalse();
        assertThat(w.refs(k)).as("an existing entry keeps one reference to its key, not two")
                .isEqualTo(3);
        assertThat(w.refs(replacement)).as("the entry owns the new value").isEqualTo(3);
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("del d[key] releases the key and the value; a missing key raises KeyError")
    void dictDelItem() {
        PyStr k = w.bind("k", w.heap.newStr("k"));
        PyObject v = w.bind("v", w.heap.newList());
        PyDict d = w.bind("d", w.heap.newDict());
        w.py.setItem(d, k, v);
        w.py.delItem(d, k);
        assertThat(w.refs(k)).as("del d[k] releases the entry's key").isEqualTo(2);
        assertThat(w.refs(v)).as("del d[k] releases the entry's value").isEqualTo(2);
        assertThatThrownBy(() -> w.py.delItem(d, w.heap.newStr("zz")))
                .as("del d['zz'] for a missing key is a KeyError whose message is the key's repr")
                .isInstanceOf(PyException.class)
                .hasMessage(RefCountFacts.KEY_ERROR_MESSAGE);
    }

    @Test
    @Concept("4.8")
    @Points(2)
    @DisplayName("l[i] = x takes a reference to x and releases the item it replaces, counting negative i from the end")
    void listSetItemReplaces() {
        PyObject a = w.heap.newList();
        PyObject b = w.bind("b", w.heap.newList());
        PyObject x = w.bind("x", w.heap.newList());
        PyList l = w.bind("l", w.py.newList(a, b));
        w.py.setItem(l, -2, x);
        assertThat(l.get(0)).as("l[-2] is the first slot of a two-item list").isSameAs(x);
        assertThat(w.heap.isLive(a)).as("the replaced item lost its only owner").isFalse();
        assertThat(w.refs(x)).as("the slot owns a reference to its new item").isEqualTo(3);
        w.py.setItem(l, 1, x);
        assertThat(w.refs(b)).as("l[1] = x releases the old b").isEqualTo(2);
        assertThat(w.refs(x)).as("both slots now own x").isEqualTo(4);
    }

    @Test
    @Concept("4.8")
    @Points(2)
    @DisplayName("an out-of-range l[i] = x raises IndexError and takes no reference")
    void listSetItemOutOfRange() {
        PyObject x = w.bind("x", w.heap.newList());
        PyList l = w.bind("l", w.py.newList(w.heap.newList()));
        for (int index : new int[] {1, -2}) {
            assertThatThrownBy(() -> w.py.setItem(l, index, x))
                    .as("l[i] = x just past either end of the list is an IndexError")
                    .isInstanceOf(PyException.class)
                    .hasMessage(RefCountFacts.LIST_ASSIGNMENT_INDEX_ERROR_MESSAGE);
        }
        assertThat(w.refs(x)).as("a failed store must not leak a reference to the item").isEqualTo(2);
        w.py.setItem(l, -1, x);
        assertThat(w.refs(x)).as("l[-1] = x on a one-item list stores into its only slot").isEqualTo(3);
    }

    @Test
    @Concept("4.9")
    @Points(2)
    @DisplayName("l[0] = l[0] keeps alive an item only the list owns")
    void storingAnItemOverItselfKeepsItAlive() {
        PyList l = w.bind("l", w.py.newList(w.heap.newList()));
        PyObject item = l.get(0);
        w.py.setItem(l, 0, item);
        assertThat(w.heap.isLive(item)).as("take the new reference before releasing the replaced one").isTrue();
        assertThat(w.refs(item)).as("l[0] = l[0] changes no count").isEqualTo(2);
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("del l[i] releases the removed item; an index out of range raises IndexError")
    void listDelItem() {
        PyObject a = w.heap.newList();
        PyObject b = w.bind("b", w.heap.newList());
        PyList l = w.bind("l", w.py.newList(a, b));
        w.py.delItem(l, -2);
        assertThat(w.heap.isLive(a)).as("del l[-2] releases the first item").isFalse();
        assertThat(l.items()).as("del l[-2] removes the first slot").containsExactly(b);
        assertThatThrownBy(() -> w.py.delItem(l, 1))
                .as("del l[i] past the end is an IndexError")
                .isInstanceOf(PyException.class)
                .hasMessage(RefCountFacts.LIST_DELETION_INDEX_ERROR_MESSAGE);
        w.py.delItem(l, 0);
        assertThat(w.refs(b)).as("del l[0] releases b").isEqualTo(2);
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("l.append(x) takes a reference and l.clear() releases every item")
    void listAppendAndClear() {
        PyObject x = w.bind("x", w.heap.newList());
        PyObject only = w.heap.newList();
        PyList l = w.bind("l", w.py.newList(only));
        w.py.append(l, x);
        w.py.append(l, x);
        assertThat(w.refs(x)).as("each append takes a reference").isEqualTo(4);
        w.py.clear(l);
        assertThat(w.refs(x)).as("l.clear() releases one reference per slot").isEqualTo(2);
        assertThat(w.heap.isLive(only)).as("l.clear() deallocates an item only the list owned").isFalse();
        assertThat(l.size()).as("l.clear() empties the list").isZero();
    }

    @Test
    @Concept("4.8")
    @Points(1)
    @DisplayName("an instance owns its class and its attributes; del of a missing attribute raises AttributeError")
    void instanceAttributes() {
        PyClass cls = w.bind("C", w.heap.newClass("C"));
        long before = w.refs(cls);
        PyInstance c = w.bind("c", w.py.newInstance(cls));
        assertThat(w.refs(cls) - before).as("c = C(): an instance owns a reference to its class")
                .isEqualTo(RefCountFacts.INSTANCE_ADDS_TO_CLASS);
        PyObject first = w.heap.newList();
        PyObject x = w.bind("x", w.heap.newList());
        w.py.setAttr(c, "a", first);
        w.py.setAttr(c, "a", x);
        assertThat(w.heap.isLive(first)).as("c.a = x releases the value c.a held").isFalse();
        w.py.delAttr(c, "a");
        assertThat(w.refs(x)).as("del c.a releases the attribute's value").isEqualTo(2);
        assertThatThrownBy(() -> w.py.delAttr(c, "x"))
                .as("del c.x for a missing attribute is an AttributeError")
                .isInstanceOf(PyException.class)
                .hasMessage(RefCountFacts.ATTRIBUTE_ERROR_MESSAGE);
    }

    @Test
    @Concept("4.7")
    @Points(1)
    @DisplayName("binding a name to None adds one to None's count and del takes it back (test_sys)")
    void bindingNoneMovesItsCount() {
        // test_sys.test_refcount: in 3.11 None is not static, its count moves like any other.
        PyObject none = w.bind("__none_holder__", w.heap.newNone());
        long before = w.refs(none);
        w.py.assign(w.globals, "n", none);
        assertThat(w.refs(none) - before).as("n = None takes a reference to None like any object")
                .isEqualTo(RefCountFacts.BIND_NONE_ADDS);
        w.py.delete(w.globals, "n");
        assertThat(w.refs(none) - before).as("del n gives it back")
                .isEqualTo(RefCountFacts.DEL_NONE_RESTORES);
    }

    @Test
    @Concept("4.9")
    @Points(2)
    @DisplayName("x = x on the only name of a container frees neither it nor what it holds")
    void selfAssignmentOfTheOnlyOwner() {
        PyList inner = w.py.newList();
        PyList x = w.bind("x", w.py.newList(inner));
        w.py.assign(w.globals, "x", x);
        w.py.assign(w.globals, "x", w.get("x"));
        assertThat(w.heap.isLive(x)).as("x = x: the name takes its new reference before it releases the old one, "
                + "so the object never reaches zero").isTrue();
        assertThat(x.refcount()).as("x = x leaves the count as it was: one, the name's").isEqualTo(1);
        assertThat(w.heap.isLive(inner)).as("nothing the object holds is released either").isTrue();
        assertThat(w.rc.deallocationLog()).as("x = x deallocates nothing").isEmpty();
    }

    @Test
    @Concept("4.9")
    @Points(2)
    @DisplayName("l[i] = l[i] keeps alive an item only the list owns, at any index, with all it holds")
    void storingAnItemBackIntoItsSlot() {
        PyList deep = w.py.newList();
        PyList first = w.py.newList(deep);
        PyList last = w.py.newList();
        PyList l = w.bind("l", w.py.newList(first, last));
        w.py.setItem(l, 0, l.get(0));
        w.py.setItem(l, -1, l.get(1));
        assertThat(w.heap.isLive(first) && w.heap.isLive(last)).as("l[0] = l[0]: the slot takes its new reference before "
                + "it releases the old one, so an item only the list owns never reaches zero").isTrue();
        assertThat(first.refcount()).as("l[0] = l[0] leaves the item's count at one, its slot's").isEqualTo(1);
        assertThat(last.refcount()).as("l[-1] = l[-1] leaves the item's count at one, its slot's").isEqualTo(1);
        assertThat(w.heap.isLive(deep)).as("what the item holds stays alive too").isTrue();
        assertThat(w.rc.deallocationLog()).as("storing an item back into its own slot deallocates nothing").isEmpty();
    }

    @Test
    @Concept("4.8")
    @Points(2)
    @DisplayName("storing into an existing key again and again leaves the key one reference, which del d[k] releases")
    void repeatedStoresKeepOneKeyReference() {
        PyStr k = w.bind("k", w.heap.newStr("k"));
        PyDict d = w.bind("d", w.heap.newDict());
        for (int i = 0; i < 3; i++) {
            w.py.setItem(d, k, w.py.newList());
        }
        assertThat(k.refcount()).as("d[k] = ... three times: the name and the one entry own the key").isEqualTo(2);
        w.py.delItem(d, k);
        w.py.delete(w.globals, "k");
        assertThat(w.heap.isLive(k)).as("after del d[k] and del k, no one owns the key: it is deallocated").isFalse();
    }
}

