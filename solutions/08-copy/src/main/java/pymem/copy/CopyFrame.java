package pymem.copy;

import java.util.function.Function;
import pymem.model.Heap;
import pymem.model.PyDict;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;
import pymem.model.copy.Memo;

/**
 * A container whose items are being deep-copied: what one level of CPython's recursion keeps in its
 * local variables. The run asks {@link #next()} for each item to copy, hands the copy back through
 * {@link #accept}, and calls {@link #finish} once {@link #hasNext()} is false.
 */
abstract class CopyFrame {
    final PyObject original;

    CopyFrame(PyObject original) {
        this.original = original;
    }

    abstract boolean hasNext();

    /** The next original item to copy. */
    abstract PyObject next();

    /** The copy of the item {@link #next()} returned last. */
    abstract void accept(PyObject copy);

    /** The copy of {@link #original}, once every item is copied. */
    abstract PyObject finish(Memo memo);

    /** {@code _deepcopy_list}: the new list already is in the memo; items are appended as they are copied. */
    static final class OfList extends CopyFrame {
        private final PyList source;
        private final PyList copy;
        private int index;

        OfList(PyList source, PyList copy) {
            super(source);
            this.source = source;
            this.copy = copy;
        }

        @Override
        boolean hasNext() {
            return index < source.size();
        }

        @Override
        PyObject next() {
            return source.get(index++);
        }

        @Override
        void accept(PyObject item) {
            copy.append(item);
        }

        @Override
        PyObject finish(Memo memo) {
            return copy;
        }
    }

    /** {@code _deepcopy_dict}: {@code y[deepcopy(key)] = deepcopy(value)} copies the value first. */
    static final class OfDict extends CopyFrame {
        private final PyDict source;
        private final PyDict copy;
        private int index;
        private PyObject valueCopy;

        OfDict(PyDict source, PyDict copy) {
            super(source);
            this.source = source;
            this.copy = copy;
        }

        @Override
        boolean hasNext() {
            return index < source.size();
        }

        @Override
        PyObject next() {
            return valueCopy == null ? source.values().get(index) : source.keys().get(index);
        }

        @Override
        void accept(PyObject copied) {
            if (valueCopy == null) {
                valueCopy = copied;
            } else {
                copy.put(copied, valueCopy);
                valueCopy = null;
                index++;
            }
        }

        @Override
        PyObject finish(Memo memo) {
            return copy;
        }
    }

    /** {@code _deepcopy_tuple}: copy every item first, then decide whether a new tuple is needed at all. */
    static final class OfTuple extends CopyFrame {
        private final PyTuple source;
        private final Heap heap;
        private final PyObject[] copies;
        private int index;

        OfTuple(PyTuple source, Heap heap) {
            super(source);
            this.source = source;
            this.heap = heap;
            this.copies = new PyObject[source.size()];
        }

        @Override
        boolean hasNext() {
            return index < copies.length;
        }

        @Override
        PyObject next() {
            return source.get(index);
        }

        @Override
        void accept(PyObject copy) {
            copies[index++] = copy;
        }

        @Override
        PyObject finish(Memo memo) {
            // A cycle through this tuple (t[0] is a list holding t) already made its copy: reuse it.
            PyObject copiedMeanwhile = memo.get(source);
            if (copiedMeanwhile != null) {
                return copiedMeanwhile;
            }
            for (int i = 0; i < copies.length; i++) {
                if (copies[i] != source.get(i)) {
                    return heap.newTuple(copies);
                }
            }
            return source;
        }
    }

    /**
     * {@code copy._reconstruct}: an object rebuilt from one helper object that deepcopy copies like any other
     * (so the helper and its parts enter the memo): a set's list of elements, or an instance's state.
     * {@code rebuild} makes the result from the helper's copy; a null helper (state None) copies nothing.
     */
    static final class Reconstructed extends CopyFrame {
        private final PyObject helper;
        private final Function<PyObject, PyObject> rebuild;
        private boolean helperTaken;
        private PyObject helperCopy;

        Reconstructed(PyObject original, PyObject helper, Function<PyObject, PyObject> rebuild) {
            super(original);
            this.helper = helper;
            this.rebuild = rebuild;
        }

        @Override
        boolean hasNext() {
            return helper != null && !helperTaken;
        }

        @Override
        PyObject next() {
            helperTaken = true;
            return helper;
        }

        @Override
        void accept(PyObject copy) {
            helperCopy = copy;
        }

        @Override
        PyObject finish(Memo memo) {
            return rebuild.apply(helperCopy);
        }
    }
}
