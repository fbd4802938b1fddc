package pymem.sizeof;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import pymem.model.PyClass;
import pymem.model.PyFunction;
import pymem.model.PyObject;

/** The deep size of an object: what pympler's asizeof reports, without its rounding to 8 bytes. */
public final class DeepSize {
    private DeepSize() {
    }

    /**
     * The sum of {@link Sizeof#getsizeof} over {@code x} and every object reachable from it through
     * references ({@link PyObject#forEachReferent}), each distinct object counted once however often it is
     * reached, cycles included. Classes and functions are code, not data: they are neither counted nor
     * looked into. Any depth of nesting works: a list nested 100,000 levels
     * deep is sized without a StackOverflowError.
     */
    public static long asizeof(PyObject x) {
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PyObject> pending = new ArrayDeque<>();
        long total = 0;
        pending.push(x);
        while (!pending.isEmpty()) {
            PyObject next = pending.pop();
            if (next instanceof PyClass || next instanceof PyFunction || !seen.add(next)) {
                continue;
            }
            total += Sizeof.getsizeof(next);
            next.forEachReferent(pending::push);
        }
        return total;
    }
}
