package pymem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@code dict}: key/value pairs in insertion order.
 *
 * <p>The model finds keys by <em>identity</em> ({@code is}), not by Python equality: hashing and equality
 * are things exercises build. Tests that need {@code d['a']} keep the key object they inserted, or an
 * exercise looks keys up with its own equality over {@link #keys()}.
 */
public final class PyDict extends PyObject {
    private final List<PyObject> keys = new ArrayList<>();
    private final List<PyObject> values = new ArrayList<>();
    private final Map<PyObject, Integer> index = new IdentityHashMap<>();
    /** Every change to the set of keys since the dict was made, oldest first (exercise 07 reads it). */
    private final List<Change> changes = new ArrayList<>();

    /** A change to a dict's keys; replacing the value of a key already there is not one. */
    public enum Change {
        /** {@code d[k] = v} for a new key that is a str. */
        INSERT_STR_KEY,
        /** {@code d[k] = v} for a new key of any other type. */
        INSERT_OTHER_KEY,
        /** {@code del d[k]}. */
        DELETE,
        /** {@code d.clear()}. */
        CLEAR
    }

    public PyDict() {
        super(Kind.DICT);
    }

    public int size() {
        return keys.size();
    }

    /** The value stored under this very key object, or {@code null}. */
    public PyObject get(PyObject key) {
        Integer i = index.get(key);
        return i == null ? null : values.get(i);
    }

    public boolean containsKey(PyObject key) {
        return index.containsKey(key);
    }

    /** {@code d[key] = value}; returns the value replaced, or {@code null} for a new key (appended at the end). */
    public PyObject put(PyObject key, PyObject value) {
        Integer i = index.get(key);
        if (i != null) {
            return values.set(i, value);
        }
        index.put(key, keys.size());
        keys.add(key);
        values.add(value);
        changes.add(key instanceof PyStr ? Change.INSERT_STR_KEY : Change.INSERT_OTHER_KEY);
        return null;
    }

    /** {@code del d[key]}; returns the removed value, or {@code null} if the key object is not there. */
    public PyObject remove(PyObject key) {
        Integer i = index.remove(key);
        if (i == null) {
            return null;
        }
        keys.remove((int) i);
        PyObject old = values.remove((int) i);
        for (int j = i; j < keys.size(); j++) {
            index.put(keys.get(j), j);
        }
        changes.add(Change.DELETE);
        return old;
    }

    public void clear() {
        keys.clear();
        values.clear();
        index.clear();
        changes.add(Change.CLEAR);
    }

    /** Every insert of a new key, delete and clear since the dict was made, oldest first (read-only). */
    public List<Change> changeHistory() {
        return Collections.unmodifiableList(changes);
    }

    /** The keys in insertion order (read-only). */
    public List<PyObject> keys() {
        return Collections.unmodifiableList(keys);
    }

    /** The values in insertion order (read-only), parallel to {@link #keys()}. */
    public List<PyObject> values() {
        return Collections.unmodifiableList(values);
    }

    /** Visits each key, then its value, entry by entry (as dict_traverse does). */
    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        for (int i = 0; i < keys.size(); i++) {
            visit.accept(keys.get(i));
            visit.accept(values.get(i));
        }
    }

    @Override
    public String repr() {
        if (!Reprs.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(keys.get(i).repr()).append(": ").append(values.get(i).repr());
            }
            return sb.append('}').toString();
        } finally {
            Reprs.exit(this);
        }
    }
}
