package pymem.weakref;

import java.util.Iterator;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakValueDictionary()} with str keys: a mapping whose values are held through weak
 * references; an entry disappears when its value dies. (Keys are plain Java strings: hashing arbitrary
 * keys is exercise 02's job.)
 */
public final class WeakValueDictionary implements Iterable<String> {
    private final WeakRefs weakrefs;

    public WeakValueDictionary(WeakRefs weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * {@code d[key] = value}, replacing any earlier value under key.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} for unsupported types
     */
    public void put(String key, PyObject value) {
        throw new UnsupportedOperationException("TODO task 5: WeakValueDictionary.put");
    }

    /** {@code d.get(key)}: the living value, or {@code null} when key is absent. */
    public PyObject get(String key) {
        throw new UnsupportedOperationException("TODO task 5: WeakValueDictionary.get");
    }

    /** {@code key in d}. */
    public boolean containsKey(String key) {
        throw new UnsupportedOperationException("TODO task 5: WeakValueDictionary.containsKey");
    }

    /** {@code len(d)}. */
    public int size() {
        throw new UnsupportedOperationException("TODO task 5: WeakValueDictionary.size");
    }

    /**
     * {@code iter(d)}: the keys, in insertion order. Values may die during the iteration: it goes on safely
     * and never yields a key whose value died before the key was reached.
     */
    @Override
    public Iterator<String> iterator() {
        throw new UnsupportedOperationException("TODO task 5: WeakValueDictionary.iterator");
    }
}
