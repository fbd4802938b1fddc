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
 * order. The table starts with {@link #USABLE} free places; each new name takes one, and so does each new
 * instance while more than one is left (init_inline_values keeps the values arrays of a class with many
 * instances short). Setting a name the table does not hold when no place is left gives that instance a dict of
 * its own, built in the instance's insertion order, which from then on is the order.
 * The model learns a class's names from {@link Statements#setAttr}; names set on an instance without it come
 * after the known ones, in the instance's own order.
 */
final class SharedKeys {
    /** SHARED_KEYS_MAX_SIZE: the free places of a new class's key table. */
    static final int USABLE = 30;

    private final Map<PyClass, Map<String, Integer>> indexes = new IdentityHashMap<>();
    /** The free places left in each class's table (dk_usable). */
    private final Map<PyClass, Integer> usable = new IdentityHashMap<>();
    /** Instances that were given a dict of their own: they release in their insertion order. */
    private final Set<PyInstance> ownDict = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code cls()}: a new instance takes a place in its class's table while more than one is left. */
    void instanceCreated(PyClass cls) {
        int left = usable.getOrDefault(cls, USABLE);
        if (left > 1) {
            usable.put(cls, left - 1);
        }
    }

    /** {@code obj.name = value} is being stored: the class's table learns the name, or the instance gets a dict. */
    void stored(PyInstance obj, String name) {
        if (ownDict.contains(obj)) {
            return;
        }
        Map<String, Integer> table = indexes.computeIfAbsent(obj.cls(), c -> new HashMap<>());
        if (table.containsKey(name)) {
            return;
        }
        int left = usable.getOrDefault(obj.cls(), USABLE);
        if (left > 0) {
            table.put(name, table.size());
            usable.put(obj.cls(), left - 1);
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
        names.sort((a, b) -> Integer.compare(table.getOrDefault(a, USABLE), table.getOrDefault(b, USABLE)));
        List<PyObject> out = new ArrayList<>(names.size() + 1);
        for (String name : names) {
            out.add(attributes.get(name));
        }
        return out;
    }
}
