package pymem.copy;

import java.util.List;
import pymem.model.Addresses;
import pymem.model.BumpAddresses;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/** Builders shared by the 08-copy hidden tests. Not a test class. */
final class CopyFixtures {
    private CopyFixtures() {
    }

    /** Thrown when a copy creates more objects than the test allowed: a copy that never ends. */
    static final class RunawayCopy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunawayCopy() {
            super("the copy kept creating objects: it never closed a cycle");
        }
    }

    /**
     * Addresses that give out at most a budget of new addresses once armed, so a deepcopy that loops
     * around a cycle fails fast instead of hanging or exhausting the stack.
     */
    static final class BudgetAddresses implements Addresses {
        private long next = BumpAddresses.BASE;
        private long remaining = Long.MAX_VALUE;

        void allowOnly(long moreObjects) {
            remaining = moreObjects;
        }

        @Override
        public long allocate(PyObject obj) {
            if (remaining-- <= 0) {
                throw new RunawayCopy();
            }
            long address = next;
            next += 16;
            return address;
        }

        @Override
        public void release(PyObject obj, long address) {
            // never reused
        }
    }

    /** A heap plus its budget, and the copier under test. */
    static final class World {
        final BudgetAddresses budget = new BudgetAddresses();
        final Heap heap = new Heap(budget);
        final Copier copier = new Copier(heap);

        /** From now on at most {@code n} more objects may be created. */
        World allowOnly(long n) {
            budget.allowOnly(n);
            return this;
        }

        PyList ints(long... values) {
            PyList list = heap.newList();
            for (long v : values) {
                list.append(heap.newInt(v));
            }
            return list;
        }

        PyInstance instance(PyClass cls) {
            return heap.newInstance(cls);
        }

        PyFunction method(String name, java.util.function.Function<List<PyObject>, PyObject> body) {
            return heap.newFunction(name, body::apply);
        }

        /** A tuple whose only item is a list that holds the tuple: x = ([],); x[0].append(x). */
        PyTuple reflexiveTuple() {
            PyList inner = heap.newList();
            PyTuple tuple = heap.register(PyTuple.ofSize(1));
            tuple.initItem(0, inner);
            inner.append(tuple);
            return tuple;
        }
    }

    /** The nesting depth of [[[...]]], walked without recursion. */
    static int depthOfNestedLists(PyObject x) {
        int depth = 0;
        while (x instanceof PyList list && list.size() == 1) {
            depth++;
            x = list.get(0);
        }
        return depth;
    }
}
