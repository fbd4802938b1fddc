package pymem.model.copy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import pymem.model.Kind;
import pymem.model.PyObject;

/**
 * The memo of {@code copy.deepcopy(x, memo)}: in CPython a plain dict mapping {@code id(original)} to its
 * copy, plus one extra entry, {@code memo[id(memo)]}, a list of the originals it keeps alive.
 *
 * <pre>
 *   memo = {
 *       id(a)    : copy_of_a,          &lt;- put(a, copy) / get(a)
 *       id(b)    : copy_of_b,
 *       id(memo) : [a, b],             &lt;- keepAlive(a), keptAlive(): created by the first keepAlive
 *   }
 *   len(memo) == 3                     &lt;- size()
 * </pre>
 *
 * <p>This class only stores the entries, keyed by {@link PyObject#address()} as CPython keys them by
 * {@code id}; so every object it is given must be registered on a heap. Deciding what goes in, and when,
 * is exercise 08. The memo is passed to {@code __deepcopy__(self, memo)} hooks, which is why it is a
 * {@link PyObject} (of kind {@link Kind#DICT}, as in CPython); it is never registered on a heap itself.
 */
public final class Memo extends PyObject {
    /**
     * id(original) -&gt; copy, as an open-addressing table with linear probing: deepcopy consults the memo
     * for every object it meets, so the table avoids boxing each address. A null value marks a free slot.
     */
    private long[] ids = new long[16];
    private PyObject[] copies = new PyObject[16];
    private int count;
    /** The list stored under memo[id(memo)]: originals kept alive while copying, in the order they were added. */
    private final List<PyObject> keptAlive = new ArrayList<>();

    public Memo() {
        super(Kind.DICT);
    }

    /** {@code memo.get(id(original))}: the copy recorded for the object at that address, or {@code null}. */
    public PyObject get(PyObject original) {
        return copies[slotOf(original.address())];
    }

    /** {@code id(original) in memo}. */
    public boolean contains(PyObject original) {
        return get(original) != null;
    }

    /** {@code memo[id(original)] = copy}; returns the copy recorded before for that address, or {@code null}. */
    public PyObject put(PyObject original, PyObject copy) {
        Objects.requireNonNull(copy, "a memo maps an object to its copy, never to null");
        int slot = slotOf(original.address());
        PyObject previous = copies[slot];
        ids[slot] = original.address();
        copies[slot] = copy;
        if (previous == null && ++count * 2 > copies.length) {
            grow();
        }
        return previous;
    }

    /** {@code memo[id(memo)].append(original)}, creating that list on first use (CPython's {@code _keep_alive}). */
    public void keepAlive(PyObject original) {
        keptAlive.add(original);
    }

    /** {@code memo[id(memo)]}: the originals kept alive, in order (read-only; empty before the first keepAlive). */
    public List<PyObject> keptAlive() {
        return Collections.unmodifiableList(keptAlive);
    }

    /** {@code len(memo)}: the copies recorded, plus one for the keep-alive list once it exists. */
    public int size() {
        return count + (keptAlive.isEmpty() ? 0 : 1);
    }

    /** A dict refers to its values: the copies, then the originals in the keep-alive list. */
    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        for (PyObject copy : copies) {
            if (copy != null) {
                visit.accept(copy);
            }
        }
        keptAlive.forEach(visit);
    }

    @Override
    public String repr() {
        return "<deepcopy memo: " + count + " copies, " + keptAlive.size() + " kept alive>";
    }

    /** The slot holding {@code id}, or the free slot where it would go. */
    private int slotOf(long id) {
        int mask = copies.length - 1;
        int slot = (int) (Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask);
        while (copies[slot] != null && ids[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldIds = ids;
        PyObject[] oldCopies = copies;
        ids = new long[oldIds.length * 2];
        copies = new PyObject[oldCopies.length * 2];
        for (int i = 0; i < oldCopies.length; i++) {
            if (oldCopies[i] != null) {
                int slot = slotOf(oldIds[i]);
                ids[slot] = oldIds[i];
                copies[slot] = oldCopies[i];
            }
        }
    }
}
