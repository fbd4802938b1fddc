package pymem.copy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * An instance's state as CPython 3.11's {@code object.__getstate__} hands it to {@code copy._reconstruct}:
 * None when there is nothing to restore; the instance's {@code __dict__} when only it has entries; else a
 * tuple {@code (__dict__ or None, {slot: value})} of the slots that are set, in {@code copyreg._slotnames}
 * order. deepcopy copies this state like any object, so its dicts and tuple enter the memo.
 */
final class InstanceState {
    private static final String DICT = "__dict__";
    private static final String WEAKREF = "__weakref__";

    private InstanceState() {
    }

    /**
     * The state of {@code x}, made of new objects on {@code heap} (CPython's {@code __dict__} object is
     * materialized at this point too), or {@code null} for None.
     *
     * @throws pymem.model.OutOfScopeError for an attribute CPython could not have set: one that is
     *                                     not a slot of a class whose instances have no {@code __dict__}
     */
    static PyObject of(PyInstance x, Heap heap) {
        List<String> slotNames = slotNames(x.cls());
        boolean hasDict = hasDict(x.cls());
        Map<String, PyObject> dictEntries = new LinkedHashMap<>();
        for (Map.Entry<String, PyObject> attribute : x.attributes().entrySet()) {
            if (!slotNames.contains(attribute.getKey())) {
                if (!hasDict) {
                    throw new OutOfScopeError("attribute '" + attribute.getKey() + "' of a " + x.typeName()
                            + " instance, which has neither a __dict__ nor such a slot: out of scope in exercise 08");
                }
                dictEntries.put(attribute.getKey(), attribute.getValue());
            }
        }
        Map<String, PyObject> slotEntries = new LinkedHashMap<>();
        for (String name : slotNames) {
            PyObject value = x.getAttribute(name);
            if (value != null) {
                slotEntries.putIfAbsent(name, value);
            }
        }
        // Only the objects CPython's state keeps exist: no empty dict, no pair without slot values.
        PyObject dictState = dictEntries.isEmpty() ? null : dictOf(dictEntries, heap);
        if (slotEntries.isEmpty()) {
            return dictState;
        }
        return heap.newTuple(dictState == null ? heap.newNone() : dictState, dictOf(slotEntries, heap));
    }

    private static PyDict dictOf(Map<String, PyObject> entries, Heap heap) {
        PyDict dict = heap.newDict();
        entries.forEach((name, value) -> dict.put(heap.newStr(name), value));
        return dict;
    }

    /** Restores a copied state on the new instance: the {@code __dict__} part first, then the slots. */
    static void apply(PyInstance copy, PyObject state) {
        if (state instanceof PyTuple pair) {
            restore(copy, pair.get(0));
            restore(copy, pair.get(1));
        } else {
            restore(copy, state);
        }
    }

    private static void restore(PyInstance copy, PyObject part) {
        if (part instanceof PyDict dict) {
            for (int i = 0; i < dict.size(); i++) {
                copy.setAttribute(((PyStr) dict.keys().get(i)).value(), dict.values().get(i));
            }
        }
    }

    /**
     * copyreg._slotnames: the names in {@code __slots__} of the class and its bases, in method resolution
     * order (depth first here), without {@code __dict__} and {@code __weakref__}, private names mangled.
     */
    static List<String> slotNames(PyClass cls) {
        List<String> names = new ArrayList<>();
        for (PyClass c : resolutionOrder(cls)) {
            if (c.slots() != null) {
                for (String slot : c.slots()) {
                    if (!slot.equals(DICT) && !slot.equals(WEAKREF)) {
                        names.add(mangled(c, slot));
                    }
                }
            }
        }
        return names;
    }

    /** Whether instances of {@code cls} have a {@code __dict__}: some class of it has no slots, or a '__dict__' slot. */
    static boolean hasDict(PyClass cls) {
        for (PyClass c : resolutionOrder(cls)) {
            if (c.slots() == null || c.slots().contains(DICT)) {
                return true;
            }
        }
        return false;
    }

    /** A private name {@code __x} in the slots of class {@code C} is stored as {@code _C__x}. */
    private static String mangled(PyClass owner, String slot) {
        if (!slot.startsWith("__") || slot.endsWith("__")) {
            return slot;
        }
        String className = owner.name().replaceFirst("^_+", "");
        return className.isEmpty() ? slot : "_" + className + slot;
    }

    /** The class, then its bases depth first, left to right, each once. */
    private static List<PyClass> resolutionOrder(PyClass cls) {
        List<PyClass> order = new ArrayList<>();
        Map<PyClass, Boolean> seen = new IdentityHashMap<>();
        Deque<PyClass> pending = new ArrayDeque<>();
        pending.push(cls);
        while (!pending.isEmpty()) {
            PyClass next = pending.pop();
            if (seen.put(next, Boolean.TRUE) == null) {
                order.add(next);
                List<PyClass> bases = next.bases();
                for (int i = bases.size() - 1; i >= 0; i--) {
                    pending.push(bases.get(i));
                }
            }
        }
        return order;
    }
}
