package pymem.weakref;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * {@code weakref.WeakValueDictionary()} with str keys: a mapping whose values are held through weak
 * references; an entry disappears when its value dies. (Keys are plain Java strings: hashing arbitrary
 * keys is exercise 02's job.)
 */
public final class WeakValueDictionary implements Iterable<String> {
    private final WeakRefs weakrefs;
    /** key -> ref to the value, insertion order. */
    private final Map<String, Ref> entries = new LinkedHashMap<>();

    public WeakValueDictionary(WeakRefs weakrefs) {
        this.weakrefs = weakrefs;
    }

    /**
     * {@code d[key] = value}, replacing any earlier value under key.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} for unsupported types
     */
    public void put(String key, PyObject value) {
        entries.put(key, weakrefs.ref(value, dead -> removeIfCurrent(key, dead)));
    }

    /** {@code d.get(key)}: the living value, or {@code null} when key is absent. */
    public PyObject get(String key) {
        Ref ref = entries.get(key);
        return ref == null ? null : ref.get();
    }

    /** {@code key in d}. */
    public boolean containsKey(String key) {
        return get(key) != null;
    }

    /** {@code len(d)}. */
    public int size() {
        return entries.size();
    }

    /**
     * {@code iter(d)}: the keys, in insertion order. Values may die during the iteration: it goes on safely
     * and never yields a key whose value died before the key was reached.
     */
    @Override
    public Iterator<String> iterator() {
        List<Map.Entry<String, Ref>> snapshot = new ArrayList<>(entries.entrySet());
        return new Iterator<>() {
            private int position;
            private String upcoming;

            @Override
            public boolean hasNext() {
                while (upcoming == null && position < snapshot.size()) {
                    Map.Entry<String, Ref> entry = snapshot.get(position++);
                    if (entry.getValue().get() != null) {
                        upcoming = entry.getKey();
                    }
                }
                return upcoming != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more keys");
                }
                String key = upcoming;
                upcoming = null;
                return key;
            }
        };
    }

    /** An old value's death must not remove a newer value stored under the same key since. */
    private void removeIfCurrent(String key, Ref dead) {
        if (entries.get(key) == dead) {
            entries.remove(key);
        }
    }
}
