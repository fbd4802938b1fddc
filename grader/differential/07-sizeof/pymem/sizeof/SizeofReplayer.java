package pymem.sizeof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyAnySet;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;

/** Replays generate.py's object histories (list, dict, set, classes, atoms) on the model and the reference's sizes. */
final class SizeofReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode replay(Scenario scenario) {
        JsonNode input = scenario.input();
        Heap heap = new Heap();
        ArrayNode sizes = NODES.arrayNode();
        switch (input.get("family").asText()) {
            case "list" -> list(heap, input, sizes);
            case "dict" -> dict(heap, input, sizes);
            case "set" -> set(heap, input, sizes);
            case "classes" -> classes(heap, input.get("spec").asText(), sizes);
            case "atoms" -> atoms(heap, input.get("values"), sizes);
            default -> throw new IllegalArgumentException("unknown family in " + scenario.id());
        }
        return Answers.value(sizes);
    }

    private static void list(Heap heap, JsonNode input, ArrayNode sizes) {
        int n = input.get("n").asInt();
        PyList.Construction construction = switch (input.get("build").asText()) {
            case "names", "mixed" -> PyList.Construction.ofDisplay(n, false);
            case "constants" -> PyList.Construction.ofDisplay(n, true);
            case "sized" -> PyList.Construction.SIZED_ITERABLE;
            case "repeat" -> PyList.Construction.ITEMS;
            case "comprehension" -> PyList.Construction.APPENDED;
            default -> throw new IllegalArgumentException(input.toString());
        };
        PyList list = heap.register(new PyList(Collections.nCopies(n, heap.newNone()), construction));
        sizes.add(number(ListSizes.sizeOf(list)));
        for (JsonNode step : input.get("steps")) {
            for (int i = 0; i < step.get(1).asInt(); i++) {
                switch (step.get(0).asText()) {
                    case "a" -> list.append(heap.newNone());
                    case "i" -> list.insert(0, heap.newNone());
                    case "d" -> list.remove(0);
                    case "p" -> {
                        if (list.size() == 1 && ListSizes.capacity(list) == 1) {
                            // list_resize(0) keeps a one-slot array; the model has no pop to record that with
                            throw new OutOfScopeError("l.pop() of the only item of a list with one slot");
                        }
                        list.remove(list.size() - 1);
                    }
                    case "c" -> list.clear();
                    default -> throw new IllegalArgumentException(step.toString());
                }
                sizes.add(number(ListSizes.sizeOf(list)));
            }
        }
    }

    private static void dict(Heap heap, JsonNode input, ArrayNode sizes) {
        PyDict dict = heap.newDict();
        Map<String, PyObject> keys = new HashMap<>();
        for (JsonNode step : input.get("steps")) {
            String key = step.size() > 1 ? step.get(1).asText() : null;
            switch (step.get(0).asText()) {
                case "s" -> dict.put(keys.computeIfAbsent(key, heap::newStr), heap.newInt(0));
                case "o" -> dict.put(keys.computeIfAbsent(key, k -> heap.newInt(Long.parseLong(k))), heap.newInt(0));
                case "u" -> dict.put(keys.get(key), heap.newInt(1));
                case "d" -> dict.remove(keys.remove(key));
                case "c" -> {
                    dict.clear();
                    keys.clear();
                }
                default -> throw new IllegalArgumentException(step.toString());
            }
            sizes.add(number(Sizeof.getsizeof(dict)));
        }
    }

    private static void set(Heap heap, JsonNode input, ArrayNode sizes) {
        boolean frozen = input.get("kind").asText().equals("frozenset");
        PySet set = heap.newSet();
        sizes.add(number(Sizeof.getsizeof(set)));
        List<PyObject> elements = new ArrayList<>();
        for (int i = 0; i < input.get("n").asInt(); i++) {
            PyObject element = heap.newInt(i * 7L);
            set.add(element);
            elements.add(element);
            PyAnySet measured = frozen ? heap.newFrozenSet(elements.toArray(new PyObject[0])) : set;
            sizes.add(number(Sizeof.getsizeof(measured)));
        }
    }

    /** The classes of a spec "Name(Base,...)[slot,...]": the size of an instance of each, then of the class. */
    private static void classes(Heap heap, String spec, ArrayNode sizes) {
        Map<String, PyClass> known = new HashMap<>();
        for (String token : spec.split(" ")) {
            String name = token.substring(0, token.indexOf('('));
            List<PyClass> bases = new ArrayList<>();
            for (String base : token.substring(token.indexOf('(') + 1, token.indexOf(')')).split(",")) {
                if (!base.isEmpty()) {
                    bases.add(known.get(base));
                }
            }
            String rest = token.substring(token.indexOf(')') + 1);
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
            known.put(name, cls);
            ArrayNode pair = NODES.arrayNode();
            pair.add(number(Sizeof.getsizeof(heap.newInstance(cls))));
            pair.add(number(Sizeof.getsizeof(cls)));
            sizes.add(pair);
        }
    }

    private static void atoms(Heap heap, JsonNode values, ArrayNode sizes) {
        for (JsonNode v : values) {
            PyObject x = switch (v.get(0).asText()) {
                case "int" -> heap.newInt(new BigInteger(v.get(1).asText()));
                case "float" -> heap.newFloat(1.5);
                case "complex" -> heap.newComplex(0, 2);
                case "none" -> heap.newNone();
                case "bool" -> heap.newBool(v.get(1).asBoolean());
                case "str" -> heap.newStr(v.get(1).asText());
                case "bytes" -> heap.newBytes(new byte[v.get(1).asInt()]);
                case "bytearray" -> heap.newByteArray(new byte[v.get(1).asInt()]);
                case "tuple" -> heap.newTuple(Collections.nCopies(v.get(1).asInt(), heap.newNone()).toArray(new PyObject[0]));
                default -> throw new IllegalArgumentException(v.toString());
            };
            sizes.add(number(Sizeof.getsizeof(x)));
        }
    }

    /** A size as the JSON number Python's json module writes (an int node when it fits, as Jackson reads it). */
    private static JsonNode number(long size) {
        return size == (int) size ? NODES.numberNode((int) size) : NODES.numberNode(size);
    }
}
