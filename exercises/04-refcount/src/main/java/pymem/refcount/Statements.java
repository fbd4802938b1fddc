package pymem.refcount;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/**
 * The Python operations that take or drop references, each keeping the counts right through
 * {@link RefCounts}: binding and deleting names, building containers, storing into and removing from them.
 *
 * <p>A new object made here is owned by no one (count 0) until it is stored somewhere, as a Python
 * expression's value is a temporary until an assignment keeps it: {@code x = [a, b]} is
 * {@code assign(ns, "x", newList(a, b))}.
 */
public final class Statements {
    private final Heap heap;
    private final RefCounts refCounts;

    /**
     * @param heap where new objects are made
     * @param refCounts the counts every operation keeps right
     */
    public Statements(Heap heap, RefCounts refCounts) {
        this.heap = heap;
        this.refCounts = refCounts;
    }

    /**
     * {@code name = value}: the name now owns a reference to {@code value}. When the name was bound to
     * another object, that object loses the name's reference (and may be deallocated). Rebinding a name to
     * the object it is already bound to changes nothing.
     */
    public void assign(Namespace namespace, String name, PyObject value) {
        throw new UnsupportedOperationException("TODO task 4: Statements.assign");
    }

    /**
     * {@code del name}: the name is unbound and its object loses one reference.
     *
     * @throws PyException NameError {@code name 'x' is not defined} when the name is not bound
     */
    public void delete(Namespace namespace, String name) {
        throw new UnsupportedOperationException("TODO task 4: Statements.delete");
    }

    /** {@code [a, b, ...]}: a new list owning one reference per slot (so {@code [x, x]} owns two to x). */
    public PyList newList(PyObject... items) {
        throw new UnsupportedOperationException("TODO task 4: Statements.newList");
    }

    /** {@code (a, b, ...)}: a new tuple owning one reference per slot. */
    public PyTuple newTuple(PyObject... items) {
        throw new UnsupportedOperationException("TODO task 4: Statements.newTuple");
    }

    /** {@code cls()}: a new instance with no attributes, owning a reference to its class. */
    public PyInstance newInstance(PyClass cls) {
        throw new UnsupportedOperationException("TODO task 4: Statements.newInstance");
    }

    /** {@code list.append(item)}: the list takes a reference to {@code item}. */
    public void append(PyList list, PyObject item) {
        throw new UnsupportedOperationException("TODO task 4: Statements.append");
    }

    /**
     * {@code list[index] = item}, negative indexes counting from the end: the slot's new item gains a
     * reference, the item it replaces loses one.
     *
     * @throws PyException IndexError {@code list assignment index out of range}; no count changes then
     */
    public void setItem(PyList list, int index, PyObject item) {
        throw new UnsupportedOperationException("TODO task 4: Statements.setItem");
    }

    /**
     * {@code del list[index]}, negative indexes counting from the end: the removed item loses a reference.
     *
     * @throws PyException IndexError {@code list assignment index out of range}; no count changes then
     */
    public void delItem(PyList list, int index) {
        throw new UnsupportedOperationException("TODO task 4: Statements.delItem");
    }

    /** {@code list.clear()}: every item loses the reference its slot held, the last item first (as _list_clear). */
    public void clear(PyList list) {
        throw new UnsupportedOperationException("TODO task 4: Statements.clear");
    }

    /**
     * {@code dict[key] = value} (keys compared by identity, as the model's dict does). A new entry owns a
     * reference to its key and one to its value; replacing a value keeps the original key and releases
     * the old value.
     */
    public void setItem(PyDict dict, PyObject key, PyObject value) {
        throw new UnsupportedOperationException("TODO task 4: Statements.setItem");
    }

    /**
     * {@code del dict[key]}: the entry's key and value each lose a reference.
     *
     * @throws PyException KeyError whose message is the key's repr, when the key is not there
     */
    public void delItem(PyDict dict, PyObject key) {
        throw new UnsupportedOperationException("TODO task 4: Statements.delItem");
    }

    /** {@code dict.clear()}: every key and every value loses the reference its entry held. */
    public void clear(PyDict dict) {
        throw new UnsupportedOperationException("TODO task 4: Statements.clear");
    }

    /**
     * {@code obj.name = value}: the attribute owns a reference; a value it replaces loses one.
     *
     * <p>It also decides where the value stands when {@code obj} dies. In 3.11 the instances of a class share a
     * key table: a name takes the next place the first time any instance of the class sets it, and keeps it
     * (deleting the attribute and setting it again does not move it); a dying instance releases its values in
     * that order. The table has 30 free places: each new name takes one, and each new instance of the class
     * ({@link #newInstance}) takes one while more than one is left. An instance that sets a name the table lacks
     * when no place is left gets a dict of its own and, from then on, releases its values in the order it set
     * them (a name deleted and set again going last).
     */
    public void setAttr(PyInstance obj, String name, PyObject value) {
        throw new UnsupportedOperationException("TODO task 4: Statements.setAttr");
    }

    /**
     * {@code del obj.name}: the attribute's value loses a reference.
     *
     * <p>Like {@link #setAttr}, it looks the name up in the class's key table first, which learns it (or, with
     * no place left, gives {@code obj} a dict of its own): CPython 3.11 does so even when {@code obj} has no such
     * attribute and the statement fails.
     *
     * @throws PyException AttributeError {@code 'C' object has no attribute 'name'} when there is none
     */
    public void delAttr(PyInstance obj, String name) {
        throw new UnsupportedOperationException("TODO task 4: Statements.delAttr");
    }
}
