package pymem.sizeof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyList;
import pymem.model.PyStr;

/** Builders shared by the 07-sizeof hidden tests. Not a test class. */
final class SizeFixtures {
    private SizeFixtures() {
    }

    /** A str of {@code n} copies of the code point {@code cp}. */
    static PyStr repeat(Heap heap, int cp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
        return heap.newStr(sb.toString());
    }

    /** A list built by n appends to [] ({@code [].append(None)} n times). */
    static PyList appended(Heap heap, int n) {
        PyList list = heap.newList();
        for (int i = 0; i < n; i++) {
            list.append(heap.newNone());
        }
        return list;
    }

    /** Replays SizeFacts.LIST_SCRIPT on a new list, measuring after each step. */
    static List<Long> replayList(Heap heap, String script, java.util.function.ToLongFunction<PyList> size) {
        PyList list = heap.newList();
        List<Long> sizes = new ArrayList<>();
        for (String step : script.split(" ")) {
            int n = step.length() > 1 ? Integer.parseInt(step.substring(1)) : 0;
            for (int i = 0; i < n; i++) {
                switch (step.charAt(0)) {
                    case 'a' -> list.append(heap.newNone());
                    case 'i' -> list.insert(0, heap.newNone());
                    default -> list.remove(0);
                }
            }
            if (step.charAt(0) == 'c') {
                list.clear();
            }
            sizes.add(size.applyAsLong(list));
        }
        return sizes;
    }

    /** Replays SizeFacts.DICT_SCRIPT on a new dict, measuring after each step. */
    static List<Long> replayDict(Heap heap, String script, java.util.function.ToLongFunction<PyDict> size) {
        PyDict dict = heap.newDict();
        List<Long> sizes = new ArrayList<>();
        int counter = 0;
        for (String step : script.split(" ")) {
            int n = step.length() > 1 ? Integer.parseInt(step.substring(1)) : 0;
            for (int i = 0; i < n; i++) {
                counter++;
                switch (step.charAt(0)) {
                    case 's' -> dict.put(heap.newStr("key" + counter), heap.newNone());
                    case 'o' -> dict.put(heap.newInt(counter * 1000L), heap.newNone());
                    default -> dict.remove(dict.keys().get(0));
                }
            }
            if (step.charAt(0) == 'c') {
                dict.clear();
            }
            sizes.add(size.applyAsLong(dict));
        }
        return sizes;
    }

    /** A dict with {@code n} new keys made by {@code key}, each inserted one at a time. */
    static PyDict dictOf(Heap heap, int n, java.util.function.IntFunction<pymem.model.PyObject> key) {
        PyDict dict = heap.newDict();
        for (int i = 0; i < n; i++) {
            dict.put(key.apply(i), heap.newNone());
        }
        return dict;
    }

    /** The expected values as longs, to compare with sizes. */
    static List<Long> longs(List<Integer> ints) {
        List<Long> out = new ArrayList<>();
        ints.forEach(i -> out.add((long) i));
        return out;
    }

    /** Measures {@code count} cases into a list. */
    static List<Long> sweep(int from, int count, java.util.function.IntToLongFunction measure) {
        List<Long> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(measure.applyAsLong(i));
        }
        return out;
    }

    /**
     * Makes the classes of a spec such as SizeFacts.SLOT_CLASSES, in order: "Name(Base,...)[slot,...]", where
     * "[]" is {@code __slots__ = ()} and no brackets is no {@code __slots__}. Bases are looked up in
     * {@code known}, which receives every class made; returns the classes made, by name, in order.
     */
    static Map<String, PyClass> classes(Heap heap, String spec, Map<String, PyClass> known) {
        Map<String, PyClass> made = new LinkedHashMap<>();
        for (String token : spec.split(" ")) {
            String name = token.substring(0, token.indexOf('('));
            String basesText = token.substring(token.indexOf('(') + 1, token.indexOf(')'));
            String rest = token.substring(token.indexOf(')') + 1);
            List<PyClass> bases = new ArrayList<>();
            for (String base : basesText.split(",")) {
                if (!base.isEmpty()) {
                    bases.add(known.get(base));
                }
            }
            List<String> slots = null;
            if (!rest.isEmpty()) {
                slots = new ArrayList<>();
                for (String slot : rest.substring(1, rest.length() - 1).split(",")) {
                    if (!slot.isEmpty()) {
                        slots.add(slot);
                    }
                }
            }
            PyClass cls = heap.register(new PyClass(name, bases, slots));
            made.put(name, cls);
            known.put(name, cls);
        }
        return made;
    }
}
