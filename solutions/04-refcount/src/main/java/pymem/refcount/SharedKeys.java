package pymem.refcount;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pymem.model.PyClass;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * The order in which a dying instance releases its attribute values, as CPython 3.11 decides it.
 *
 * <p>3.11 keeps an instance's attributes as inline values indexed by a key table its class shares with all
 * its instances: a name takes the next index the first time any instance of the class sets it, and keeps it
 * (deleting the attribute and setting it again does not move it). The deallocator releases the values in index
 * order. The table holds at most {@link #CAPACITY} names; setting a name it does not hold once it is full gives
 * that instance a dict of its own, built in the instance's insertion order, which from then on is the order.
 * The model learns a class's names from {@link Statements#setAttr}; names set on an instance without it come
 * after the known ones, in the instance's own order.
 */
final class SharedKeys {
    /** How many names a class's shared key table takes in 3.11 (measured: the next one gives a dict). */
    static final int CAPACITY = 29;

    private final Map<PyClass, Map<String, Integer>> indexes = new IdentityHashMap<>();
    /** Instances that were given a dict of their own: they release in their insertion order. */
    private final Set<PyInstance> ownDict = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code obj.name = value} is being stored: the class's table learns the name, or the instance gets a dict. */
    void stored(PyInstance obj, String name) {
        if (ownDict.contains(obj)) {
            return;
        }
        Map<String, Integer> table = indexes.computeIfAbsent(obj.cls(), c -> new HashMap<>());
        if (table.containsKey(name)) {
            return;
        }
        if (table.size() < CAPACITY) {
            table.put(name, table.size());
        } else {
            ownDict.add(obj);
        }
    }

    /** The instance's attribute values in the order its deallocator releases them (a new, mutable list). */
    List<PyObject> valuesInReleaseOrder(PyInstance obj) {
        Map<String, PyObject> attributes = obj.attributes();
        Map<String, Integer> table = indexes.get(obj.cls());
        if (ownDict.remove(obj) || table == null) {
            return new ArrayList<>(attributes.values());
        }
        List<String> names = new ArrayList<>(attributes.keySet());
        // A stable sort: names the table does not know keep their own order, after the known ones.
        names.sort((a, b) -> Integer.compare(table.getOrDefault(a, CAPACITY), table.getOrDefault(b, CAPACITY)));
        List<PyObject> out = new ArrayList<>(names.size() + 1);
        for (String name : names) {
            out.add(attributes.get(name));
        }
        return out;
    }
}
