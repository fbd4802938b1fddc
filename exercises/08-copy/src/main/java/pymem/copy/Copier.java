package pymem.copy;

import pymem.model.Heap;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.copy.Memo;

/**
 * CPython's {@code copy} module over the model: {@code copy.copy(x)} and {@code copy.deepcopy(x, memo)}.
 * Every object it creates is registered on the heap given to the constructor.
 */
public final class Copier {
    private final Heap heap;

    /** @param heap where the copies are registered */
    public Copier(Heap heap) {
        this.heap = heap;
    }

    /**
     * {@code copy.copy(x)}: a shallow copy.
     * <ul>
     *   <li>objects for which {@link Atoms#copiedAsIs} holds: {@code x} itself;</li>
     *   <li>list, dict, set, bytearray: a new container of the same type holding the very same items
     *       (for a dict: the same key objects mapped to the same value objects, in the same order);</li>
     *   <li>an instance whose class (or a base) defines {@code __copy__}: whatever {@code __copy__(x)}
     *       returns;</li>
     *   <li>any other instance: a new instance of the same class whose attributes are the same names bound
     *       to the same objects.</li>
     * </ul>
     *
     * @throws PyException TypeError {@code cannot pickle 'cell' object} for a cell
     */
    public PyObject copy(PyObject x) {
        throw new UnsupportedOperationException("TODO task 2: Copier.copy");
    }

    /** {@code copy.deepcopy(x)}: {@link #deepcopy(PyObject, Memo)} with a new, empty memo. */
    public PyObject deepcopy(PyObject x) {
        throw new UnsupportedOperationException("TODO task 3: Copier.deepcopy");
    }

    /**
     * {@code copy.deepcopy(x, memo)}: a copy of {@code x} that shares no mutable object with it.
     * <ol>
     *   <li>If {@code memo} already has a copy for {@code id(x)}, that copy is returned.</li>
     *   <li>Atomic objects ({@link Atoms#isAtomic}) are returned as they are and never enter the memo.</li>
     *   <li>An instance whose class (or a base) defines {@code __deepcopy__}: whatever
     *       {@code __deepcopy__(x, memo)} returns.</li>
     *   <li>list, dict and instances: the new container enters the memo before any item is copied, so a
     *       cycle back to {@code x} finds it, and an object reached twice is copied once
     *       ({@code deepcopy([a, a])} gives {@code c[0] is c[1]}). A dict copies each value, then its key.
     *       An instance's attributes are copied as CPython's {@code object.__getstate__} state, a new object
     *       (registered on the heap) deep-copied like any other: None (nothing to copy) when no attribute is
     *       set; its {@code __dict__} (a dict of str keys, in attribute order) when no slot is set; else a
     *       tuple ({@code __dict__} or None, a dict of the slots that are set, in the order of the
     *       {@code __slots__} of the class, then of its bases). The copied state is then restored on the
     *       new instance, {@code __dict__} part first.</li>
     *   <li>A tuple returns itself when every item's deep copy is that very item; otherwise a new tuple
     *       of the copies (if copying its items already copied the tuple through a cycle, that copy).</li>
     *   <li>set, frozenset and bytearray are rebuilt from copies of their elements: always a new object. A
     *       set's elements are first put in a new list (registered on the heap), which is deep-copied like
     *       any list, so it enters the memo and the keep-alive list before the set does.</li>
     *   <li>Whenever the result is not {@code x} itself, {@code memo[id(x)]} is set to it and {@code x} is
     *       appended to the keep-alive list ({@link Memo#keepAlive}), after its items were copied.</li>
     * </ol>
     * Nesting depth is bounded only by memory: a list nested a million levels deep is copied without
     * overflowing the Java stack (where CPython raises RecursionError).
     *
     * @throws PyException TypeError {@code cannot pickle 'cell' object} for a cell
     * @throws pymem.model.OutOfScopeError for an instance attribute CPython could not hold: one
     *                                     that is not a slot of a class whose instances have no {@code __dict__}
     */
    public PyObject deepcopy(PyObject x, Memo memo) {
        throw new UnsupportedOperationException("TODO task 3: Copier.deepcopy");
    }
}
