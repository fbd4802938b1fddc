package pymem.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.PyAnySet;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;
import pymem.model.copy.Memo;

/**
 * Builds generate.py's object graph on the model, copies it with the reference's Copier (deep, with a memo, and
 * shallow) and describes the copies and the memo exactly as the Python side does.
 */
final class CopyReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode replay(Scenario scenario) {
        Heap heap = new Heap();
        Map<String, PyClass> classes = new HashMap<>();
        PyClass plain = heap.newClass("C");
        classes.put("C", plain);
        classes.put("S", heap.register(new PyClass("S", List.of(), List.of("a", "b"))));
        classes.put("SD", heap.register(new PyClass("SD", List.of(), List.of("a", "__dict__"))));
        classes.put("P", heap.register(new PyClass("P", List.of(plain), List.of("s"))));
        Map<String, PyObject> named = new HashMap<>();
        for (JsonNode op : scenario.input().get("ops")) {
            switch (op.get(0).asText()) {
                case "new" -> named.put(op.get(1).asText(), create(heap, classes, named, op));
                case "append" -> ((PyList) named.get(op.get(1).asText())).append(value(heap, named, op.get(2)));
                case "setitem" -> ((PyDict) named.get(op.get(1).asText())).put(value(heap, named, op.get(2)),
                        value(heap, named, op.get(3)));
                case "setattr" -> ((PyInstance) named.get(op.get(1).asText())).setAttribute(op.get(2).asText(),
                        value(heap, named, op.get(3)));
                default -> throw new IllegalArgumentException(op.toString());
            }
        }
        Map<PyObject, String> names = new IdentityHashMap<>();
        named.forEach((name, obj) -> names.put(obj, name));
        PyObject root = named.get(scenario.input().get("root").asText());
        Copier copier = new Copier(heap);
        Memo memo = new Memo();
        PyObject deep = copier.deepcopy(root, memo);
        Graph deepGraph = new Graph(names, deep);
        Graph shallowGraph = new Graph(names, copier.copy(root));
        ObjectNode result = NODES.objectNode();
        result.set("deep", deepGraph.nodes);
        result.set("memo", memo(memo, names, deepGraph));
        result.set("shallow", shallowGraph.nodes);
        return Answers.value(result);
    }

    private static PyObject create(Heap heap, Map<String, PyClass> classes, Map<String, PyObject> named, JsonNode op) {
        String kind = op.get(2).asText();
        switch (kind) {
            case "list":
                return heap.newList();
            case "dict":
                return heap.newDict();
            case "tuple":
                return heap.newTuple(values(heap, named, op.get(3)));
            case "set":
                return heap.newSet(values(heap, named, op.get(3)));
            case "frozenset":
                return heap.newFrozenSet(values(heap, named, op.get(3)));
            case "bytearray":
                byte[] bytes = new byte[op.get(3).asInt()];
                java.util.Arrays.fill(bytes, (byte) 'x');
                return heap.newByteArray(bytes);
            default:
                return heap.newInstance(classes.get(kind));
        }
    }

    private static PyObject[] values(Heap heap, Map<String, PyObject> named, JsonNode values) {
        List<PyObject> out = new ArrayList<>();
        values.forEach(v -> out.add(value(heap, named, v)));
        return out.toArray(new PyObject[0]);
    }

    private static PyObject value(Heap heap, Map<String, PyObject> named, JsonNode v) {
        if (v.get(0).asText().equals("ref")) {
            return named.get(v.get(1).asText());
        }
        JsonNode atom = v.get(1);
        return switch (atom.get(0).asText()) {
            case "int" -> heap.newInt(atom.get(1).asLong());
            case "str" -> heap.newStr(atom.get(1).asText());
            case "none" -> heap.newNone();
            case "bool" -> heap.newBool(atom.get(1).asBoolean());
            default -> throw new IllegalArgumentException(v.toString());
        };
    }

    private static ObjectNode memo(Memo memo, Map<PyObject, String> names, Graph deep) {
        ObjectNode out = NODES.objectNode();
        out.put("len", memo.size());
        ObjectNode copies = NODES.objectNode();
        Map<String, PyObject> byName = new TreeMap<>();
        names.forEach((obj, name) -> byName.put(name, obj));
        byName.forEach((name, original) -> {
            PyObject copy = memo.get(original);
            if (copy != null) {
                copies.set(name, deep.index.containsKey(copy) ? pair("node", deep.index.get(copy)) : kept(copy, names));
            }
        });
        out.set("copies", copies);
        ArrayNode keptAlive = NODES.arrayNode();
        memo.keptAlive().forEach(k -> keptAlive.add(kept(k, names)));
        out.set("keptAlive", keptAlive);
        return out;
    }

    private static ArrayNode kept(PyObject obj, Map<PyObject, String> names) {
        ArrayNode entry = NODES.arrayNode();
        if (names.containsKey(obj)) {
            entry.add("orig");
            entry.add(names.get(obj));
        } else {
            entry.add("tmp");
            entry.add(obj.typeName());
        }
        return entry;
    }

    private static ArrayNode pair(String tag, int index) {
        ArrayNode pair = NODES.arrayNode();
        pair.add(tag);
        pair.add(index);
        return pair;
    }

    /** describe() of the Python side: the objects reachable from a root, breadth first. */
    private static final class Graph {
        final ArrayNode nodes = NODES.arrayNode();
        final Map<PyObject, Integer> index = new IdentityHashMap<>();
        private final Deque<PyObject> queue = new ArrayDeque<>();
        private final List<JsonNode> described = new ArrayList<>();

        Graph(Map<PyObject, String> names, PyObject root) {
            ref(root);
            while (!queue.isEmpty()) {
                PyObject x = queue.poll();
                ArrayNode node = NODES.arrayNode();
                node.add(x.typeName());
                node.add(names.containsKey(x) ? NODES.textNode(names.get(x)) : NODES.nullNode());
                node.add(contents(x));
                described.set(index.get(x), node);
            }
            described.forEach(nodes::add);
        }

        private ArrayNode contents(PyObject x) {
            ArrayNode contents = NODES.arrayNode();
            if (x instanceof PyList list) {
                list.items().forEach(item -> contents.add(ref(item)));
            } else if (x instanceof PyTuple tuple) {
                tuple.items().forEach(item -> contents.add(ref(item)));
            } else if (x instanceof PyDict dict) {
                for (int i = 0; i < dict.size(); i++) {
                    ArrayNode entry = NODES.arrayNode();
                    entry.add(ref(dict.keys().get(i)));
                    entry.add(ref(dict.values().get(i)));
                    contents.add(entry);
                }
            } else if (x instanceof PyAnySet set) {
                List<PyObject> elements = new ArrayList<>(set.elements());
                elements.sort(Comparator.comparing((PyObject e) -> isAtom(e) ? 0 : 1)
                        .thenComparing(e -> isAtom(e) ? e.repr() : ""));
                elements.forEach(e -> contents.add(ref(e)));
            } else if (x instanceof PyByteArray bytes) {
                for (byte b : bytes.value()) {
                    contents.add(b & 0xFF);
                }
            } else if (x instanceof PyInstance instance) {
                new TreeMap<>(instance.attributes()).forEach((attr, value) -> {
                    ArrayNode entry = NODES.arrayNode();
                    entry.add(attr);
                    entry.add(ref(value));
                    contents.add(entry);
                });
            }
            return contents;
        }

        private JsonNode ref(PyObject x) {
            if (isAtom(x)) {
                ArrayNode atom = NODES.arrayNode();
                atom.add("atom");
                atom.add(x.repr());
                return atom;
            }
            if (!index.containsKey(x)) {
                index.put(x, described.size());
                described.add(null);
                queue.add(x);
            }
            return pair("node", index.get(x));
        }

        private static boolean isAtom(PyObject x) {
            return x instanceof PyInt || x instanceof PyStr || x instanceof PyNone || x instanceof PyBool;
        }
    }
}
