package pymem.sizeof;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;

/**
 * What CPython 3.11's {@code type_new} lays out for the instances of a class: one pointer per named slot of
 * the class and of every base, a {@code __weakref__} pointer, and a managed {@code __dict__} (two pointers
 * in front of the object). A class with no {@code __slots__} gets both a dict and a weakref pointer, unless a
 * base already has them; {@code '__dict__'} and {@code '__weakref__'} in the slots ask for them explicitly.
 */
final class InstanceLayout {
    private static final String DICT = "__dict__";
    private static final String WEAKREF = "__weakref__";

    /** Named slots of the class and of all its bases, each class counted once. */
    final int namedSlots;
    /** Instances have a {@code __dict__} (3.11: a managed dict, its pointers before the object). */
    final boolean hasDict;
    /** Instances have a {@code __weakref__} pointer. */
    final boolean hasWeakref;

    private InstanceLayout(int namedSlots, boolean hasDict, boolean hasWeakref) {
        this.namedSlots = namedSlots;
        this.hasDict = hasDict;
        this.hasWeakref = hasWeakref;
    }

    /**
     * The layout of {@code cls}'s instances.
     *
     * @throws pymem.model.OutOfScopeError for a class CPython refuses to create: bases with
     *                                     conflicting slot layouts, or a {@code __dict__} or {@code __weakref__}
     *                                     slot that a base already gives
     */
    static InstanceLayout of(PyClass cls) {
        Map<PyClass, InstanceLayout> done = new IdentityHashMap<>();
        Deque<PyClass> pending = new ArrayDeque<>();
        pending.push(cls);
        // Bases first, without recursion: a class is laid out once all its bases are.
        while (!pending.isEmpty()) {
            PyClass top = pending.peek();
            boolean ready = true;
            for (PyClass base : top.bases()) {
                if (!done.containsKey(base)) {
                    pending.push(base);
                    ready = false;
                }
            }
            if (ready) {
                pending.pop();
                done.computeIfAbsent(top, c -> layOut(c, done));
            }
        }
        return done.get(cls);
    }

    private static InstanceLayout layOut(PyClass cls, Map<PyClass, InstanceLayout> bases) {
        bestBase(cls);
        linearization(cls);
        boolean inheritedDict = false;
        boolean inheritedWeakref = false;
        Map<PyClass, Boolean> counted = new IdentityHashMap<>();
        int named = 0;
        for (PyClass ancestor : ancestors(cls)) {
            if (ancestor != cls) {
                InstanceLayout base = bases.get(ancestor);
                inheritedDict |= base.hasDict;
                inheritedWeakref |= base.hasWeakref;
            }
            if (counted.put(ancestor, Boolean.TRUE) == null) {
                named += ownNamedSlots(ancestor);
            }
        }
        List<String> slots = cls.slots();
        if (slots == null) {
            return new InstanceLayout(named, true, true);
        }
        if (slots.contains(DICT) && inheritedDict) {
            throw outOfScope(cls, "__dict__ slot disallowed: we already got one");
        }
        if (slots.contains(WEAKREF) && inheritedWeakref) {
            throw outOfScope(cls, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        }
        return new InstanceLayout(named, inheritedDict || slots.contains(DICT), inheritedWeakref || slots.contains(WEAKREF));
    }

    /** cls and every class it inherits from, each once (the classes of its MRO). */
    private static List<PyClass> ancestors(PyClass cls) {
        Map<PyClass, Boolean> seen = new IdentityHashMap<>();
        Deque<PyClass> pending = new ArrayDeque<>(List.of(cls));
        List<PyClass> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            PyClass next = pending.pop();
            if (seen.put(next, Boolean.TRUE) == null) {
                out.add(next);
                next.bases().forEach(pending::push);
            }
        }
        return out;
    }

    private static int ownNamedSlots(PyClass cls) {
        if (cls.slots() == null) {
            return 0;
        }
        int n = 0;
        for (String slot : cls.slots()) {
            if (!slot.equals(DICT) && !slot.equals(WEAKREF)) {
                n++;
            }
        }
        return n;
    }

    /**
     * typeobject.c's solid_base: the nearest class whose instances add named slots to their base's layout
     * ({@code null} for object).
     */
    private static PyClass solidBase(PyClass cls) {
        return ownNamedSlots(cls) > 0 ? cls : bestBase(cls);
    }

    /**
     * typeobject.c's best_base: the bases' solid bases must lie on one line of inheritance; the most derived
     * one is the layout the class extends ({@code null} for object).
     */
    private static PyClass bestBase(PyClass cls) {
        PyClass winner = null;
        for (PyClass base : cls.bases()) {
            PyClass candidate = solidBase(base);
            if (isSubclass(winner, candidate)) {
                continue;
            }
            if (!isSubclass(candidate, winner)) {
                throw outOfScope(cls, "multiple bases have instance lay-out conflict");
            }
            winner = candidate;
        }
        return winner;
    }

    /** The C3 linearization (the MRO) of cls, which CPython refuses to create when it does not exist. */
    private static List<PyClass> linearization(PyClass cls) {
        List<List<PyClass>> sequences = new ArrayList<>();
        for (PyClass base : cls.bases()) {
            sequences.add(new ArrayList<>(linearization(base)));
        }
        sequences.add(new ArrayList<>(cls.bases()));
        List<PyClass> result = new ArrayList<>(List.of(cls));
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result;
            }
            PyClass head = null;
            for (List<PyClass> sequence : sequences) {
                PyClass candidate = sequence.get(0);
                boolean inTail = sequences.stream().anyMatch(other -> other.indexOf(candidate) > 0);
                if (!inTail) {
                    head = candidate;
                    break;
                }
            }
            if (head == null) {
                throw outOfScope(cls, "Cannot create a consistent method resolution order (MRO)");
            }
            result.add(head);
            for (List<PyClass> sequence : sequences) {
                if (sequence.get(0) == head) {
                    sequence.remove(0);
                }
            }
        }
    }

    /** {@code issubclass(a, b)}, with null standing for object. */
    private static boolean isSubclass(PyClass a, PyClass b) {
        if (b == null || a == b) {
            return true;
        }
        if (a == null) {
            return false;
        }
        for (PyClass base : a.bases()) {
            if (isSubclass(base, b)) {
                return true;
            }
        }
        return false;
    }

    private static OutOfScopeError outOfScope(PyClass cls, String cpythonError) {
        return new OutOfScopeError("class " + cls.name() + " cannot exist in CPython (TypeError: "
                + cpythonError + "): out of scope in exercise 07");
    }
}
