package pymem.copy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import pymem.model.Heap;
import pymem.model.PyAnySet;
import pymem.model.PyByteArray;
import pymem.model.PyDict;
import pymem.model.PyFrozenSet;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyTuple;
import pymem.model.copy.Memo;

/**
 * One call of {@code deepcopy(x, memo)}, run on an explicit stack of frames instead of the Java stack.
 *
 * <p>CPython's deepcopy recurses once per level of nesting, which is why it stops with RecursionError
 * near 1000 levels. Here each container being copied is a {@link CopyFrame} on {@link #pending}; the loop
 * asks the top frame for its next item, copies atoms at once and pushes a frame for containers. The order
 * in which objects are copied and enter the memo is exactly the recursive order.
 */
final class DeepCopyRun {
    private final Copier copier;
    private final Heap heap;
    private final Memo memo;
    /** Containers whose items are being copied; the top one is the innermost. */
    private final Deque<CopyFrame> pending = new ArrayDeque<>();

    DeepCopyRun(Copier copier, Heap heap, Memo memo) {
        this.copier = copier;
        this.heap = heap;
        this.memo = memo;
    }

    PyObject copyOf(PyObject root) {
        PyObject result = start(root);
        while (!pending.isEmpty()) {
            CopyFrame top = pending.peek();
            if (result != null) {
                top.accept(result);
            }
            if (top.hasNext()) {
                result = start(top.next());
            } else {
                pending.pop();
                result = remember(top.original, top.finish(memo));
            }
        }
        return result;
    }

    /** Copies {@code x} at once and returns the copy, or pushes a frame for it and returns {@code null}. */
    private PyObject start(PyObject x) {
        PyObject known = memo.get(x);
        if (known != null) {
            return known;
        }
        if (Atoms.isAtomic(x)) {
            return x;
        }
        PyFunction hook = Hooks.find(x, Hooks.DEEPCOPY);
        if (hook != null) {
            // The hook may call deepcopy(child, memo) itself: that is a new run sharing this memo.
            return remember(x, hook.call(List.of(x, memo)));
        }
        if (x instanceof PyByteArray bytes) {
            return remember(x, heap.newByteArray(bytes.value()));
        }
        pending.push(frameFor(x));
        return null;
    }

    private CopyFrame frameFor(PyObject x) {
        if (x instanceof PyList list) {
            return new CopyFrame.OfList(list, entered(list, heap.newList()));
        }
        if (x instanceof PyDict dict) {
            return new CopyFrame.OfDict(dict, entered(dict, heap.newDict()));
        }
        if (x instanceof PyInstance instance) {
            // _reconstruct memoizes the new instance, then deep-copies the state and restores it.
            PyInstance copy = entered(instance, heap.newInstance(instance.cls()));
            return new CopyFrame.Reconstructed(instance, InstanceState.of(instance, heap), state -> {
                InstanceState.apply(copy, state);
                return copy;
            });
        }
        if (x instanceof PyTuple tuple) {
            return new CopyFrame.OfTuple(tuple, heap);
        }
        if (x instanceof PySet set) {
            return new CopyFrame.Reconstructed(set, elementList(set), copied -> heap.newSet(itemsOf(copied)));
        }
        if (x instanceof PyFrozenSet set) {
            return new CopyFrame.Reconstructed(set, elementList(set), copied -> heap.newFrozenSet(itemsOf(copied)));
        }
        throw Copier.cannotCopy(x);
    }

    /**
     * set.__reduce__ gives {@code (type(s), (list(s),), None)}: the set is rebuilt from a deep copy of that
     * new list, which enters the memo (and the keep-alive list) before the set does.
     */
    private PyList elementList(PyAnySet set) {
        return heap.newList(set.elements());
    }

    private static PyObject[] itemsOf(PyObject copiedList) {
        return ((PyList) copiedList).items().toArray(new PyObject[0]);
    }

    /** Mutable containers enter the memo before their items are copied, so that cycles find them. */
    private <T extends PyObject> T entered(PyObject original, T copy) {
        memo.put(original, copy);
        return copy;
    }

    /** The end of CPython's deepcopy(): a result that is not x itself is memoized and x is kept alive. */
    private PyObject remember(PyObject original, PyObject copy) {
        if (copy != original) {
            memo.put(original, copy);
            memo.keepAlive(original);
        }
        return copy;
    }
}
