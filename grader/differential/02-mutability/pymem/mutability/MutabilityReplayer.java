package pymem.mutability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import pymem.differential.Inputs;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.Kind;
import pymem.model.Namespace;
import pymem.model.PyAnySet;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyComplex;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyFloat;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Replays generate.py's scenarios on the reference: builds the bound objects on a heap, runs the one operation
 * through Operators, Mutations, Hashing, Equality or AugmentedAssignment, and answers in the generator's shape
 * (result and errors as canon structures, every bound object's state afterwards).
 */
final class MutabilityReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode replay(Scenario scenario) {
        return new Run(scenario.input()).answer();
    }

    /** One scenario's heap, classes and names. */
    private static final class Run {
        private final JsonNode input;
        private final Heap heap = new Heap();
        private final Map<String, PyClass> classes = new HashMap<>();
        private final Map<String, PyObject> names = new TreeMap<>();
        private final PyNone none = heap.newNone();
        private PyFunction function;

        Run(JsonNode input) {
            this.input = input;
            List<String> ordered = new ArrayList<>();
            input.get("objects").fieldNames().forEachRemaining(ordered::add);
            Collections.sort(ordered);
            for (String name : ordered) {
                names.put(name, value(input.get("objects").get(name)));
            }
        }

        ObjectNode answer() {
            ObjectNode answer = NODES.objectNode();
            try {
                PyObject result = operate();
                answer.set("result", result == null ? NODES.nullNode() : canon(result));
                if (result != null && identityMatters(result)) {
                    ArrayNode is = answer.putArray("is");
                    names.forEach((n, o) -> {
                        if (o == result) {
                            is.add(n);
                        }
                    });
                }
                if (input.get("op").asText().equals("hash") && input.get("args").path("varies").asBoolean()) {
                    answer.put("result", "varies");
                }
            } catch (PyException e) {
                ObjectNode error = answer.putObject("error");
                error.put("type", e.pythonType());
                error.put("message", e.getMessage().replaceAll("0x[0-9a-f]+", "0x?"));
            }
            ObjectNode after = answer.putObject("after");
            names.forEach((n, o) -> after.set(n, canon(o)));
            return answer;
        }

        private PyObject operate() {
            PyObject x = names.get("x");
            PyObject y = names.get("y");
            PyObject z = names.get("z");
            JsonNode args = input.get("args");
            Operators ops = new Operators(heap);
            AugmentedAssignment aug = new AugmentedAssignment(heap);
            switch (input.get("op").asText()) {
                case "add":
                    return ops.add(x, y);
                case "or":
                    return ops.or(x, y);
                case "iadd":
                    return ops.inplaceAdd(x, y);
                case "ior":
                    return ops.inplaceOr(x, y);
                case "getitem":
                    return Mutations.getItem(x, y);
                case "setitem":
                    Mutations.setItem(x, y, z);
                    return null;
                case "delitem":
                    Mutations.delItem(x, y);
                    return null;
                case "append":
                    Mutations.append(x, y);
                    return null;
                case "setadd":
                    Mutations.add(x, y);
                    return null;
                case "setattr":
                    Mutations.setAttribute(x, args.get("attr").asText(), y);
                    return null;
                case "settypeattr":
                    Mutations.setBuiltinTypeAttribute(kindNamed(args.get("type").asText()), args.get("attr").asText(), y);
                    return null;
                case "hash":
                    return heap.newInt(Hashing.hash(x));
                case "eq":
                    return heap.newBool(Equality.equal(x, y));
                case "hasheq":
                    return heap.newBool(Hashing.hash(x) == Hashing.hash(y));
                case "aug_add_name":
                    return aug.addToName(namespaceWithW(x), "w", y);
                case "aug_or_name":
                    return aug.orToName(namespaceWithW(x), "w", y);
                case "aug_add_item":
                    return aug.addToItem(x, y, z);
                case "aug_or_item":
                    return aug.orToItem(x, y, z);
                default:
                    throw new IllegalArgumentException("unknown operation " + input.get("op"));
            }
        }

        private static Namespace namespaceWithW(PyObject x) {
            Namespace ns = new Namespace("__main__");
            ns.bind("w", x);
            return ns;
        }

        private static Kind kindNamed(String pythonName) {
            for (Kind k : Kind.values()) {
                if (k.pythonName().equals(pythonName)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no kind named " + pythonName);
        }

        /** The generator's identity_matters: not numbers, None, nor CPython's shared empty and one-character strings. */
        private static boolean identityMatters(PyObject r) {
            switch (r.kind()) {
                case INT:
                case BOOL:
                case FLOAT:
                case COMPLEX:
                case NONE:
                    return false;
                case STR:
                    return ((PyStr) r).length() > 1;
                case BYTES:
                    return ((PyBytes) r).value().length > 1;
                case TUPLE:
                    return ((PyTuple) r).size() > 0;
                default:
                    return true;
            }
        }

        // ------------------------------------------------------------------------------------------ values

        private PyObject value(JsonNode v) {
            switch (v.get(0).asText()) {
                case "int":
                    return heap.newInt(new BigInteger(v.get(1).asText()));
                case "bool":
                    return heap.newBool(v.get(1).asBoolean());
                case "float":
                    return heap.newFloat(Inputs.pythonFloat(v.get(1).asText()));
                case "complex":
                    return heap.newComplex(Inputs.pythonFloat(v.get(1).asText()), Inputs.pythonFloat(v.get(2).asText()));
                case "str":
                    return heap.newStr(v.get(1).asText());
                case "bytes":
                    return heap.newBytes(Inputs.bytes(v.get(1)));
                case "bytearray":
                    return heap.newByteArray(Inputs.bytes(v.get(1)));
                case "tuple":
                    return heap.newTuple(items(v.get(1)).toArray(new PyObject[0]));
                case "list":
                    return heap.newList(items(v.get(1)));
                case "dict":
                    PyDict dict = heap.newDict();
                    for (JsonNode pair : v.get(1)) {
                        // a display stores each key in turn: an equal key keeps the first key object
                        Mutations.setItem(dict, value(pair.get(0)), value(pair.get(1)));
                    }
                    return dict;
                case "set":
                    PyObject set = heap.newSet();
                    for (PyObject e : items(v.get(1))) {
                        Mutations.add(set, e);
                    }
                    return set;
                case "frozenset":
                    PyObject built = heap.newSet();
                    for (PyObject e : items(v.get(1))) {
                        Mutations.add(built, e);
                    }
                    return heap.newFrozenSet(((PyAnySet) built).elements().toArray(new PyObject[0]));
                case "none":
                    return none;
                case "class":
                    return classOf(v.get(1).asText());
                case "instance":
                    return heap.newInstance(classOf(v.get(1).asText()));
                case "function":
                    if (function == null) {
                        function = heap.newFunction("f", args -> none);
                    }
                    return function;
                case "cell":
                    return heap.newCell(v.get(1).isNull() ? null : value(v.get(1)));
                case "name":
                    return names.get(v.get(1).asText());
                default:
                    throw new IllegalArgumentException("unknown value " + v);
            }
        }

        /** The generator's CLASS_SOURCE, one class object per variant. */
        private PyClass classOf(String variant) {
            return classes.computeIfAbsent(variant, k -> {
                String name = input.get("classes").get(k).asText();
                PyClass cls = k.equals("slots") ? heap.register(new PyClass(name, List.of(), List.of("a"))) : heap.newClass(name);
                switch (k) {
                    case "hash":
                        cls.setAttribute("__hash__", returning(heap.newInt(42)));
                        break;
                    case "hashbool":
                        cls.setAttribute("__hash__", returning(heap.newBool(true)));
                        break;
                    case "hashneg":
                        cls.setAttribute("__hash__", returning(heap.newInt(-1)));
                        break;
                    case "hashbig":
                        cls.setAttribute("__hash__", returning(heap.newInt(BigInteger.TWO.pow(64).add(BigInteger.valueOf(5)))));
                        break;
                    case "hashstr":
                        cls.setAttribute("__hash__", returning(heap.newStr("x")));
                        break;
                    case "hashnone":
                        cls.setAttribute("__hash__", none);
                        break;
                    case "eq":
                        cls.setAttribute("__eq__", heap.newFunction("__eq__", args -> heap.newBool(args.get(0) == args.get(1))));
                        break;
                    default:
                        break;
                }
                return cls;
            });
        }

        private PyFunction returning(PyObject result) {
            return heap.newFunction("__hash__", args -> result);
        }

        private List<PyObject> items(JsonNode specs) {
            List<PyObject> out = new ArrayList<>();
            for (JsonNode spec : specs) {
                out.add(value(spec));
            }
            return out;
        }


    }

    // ------------------------------------------------------------------------------------------ canon

    /** The generator's canon(): a value's structure without addresses, sets in an order-free form. */
    static JsonNode canon(PyObject o) {
        return canon(o, new IdentityHashMap<>());
    }

    private static JsonNode canon(PyObject o, Map<PyObject, Boolean> active) {
        ArrayNode out = NODES.arrayNode();
        if (active.containsKey(o)) {
            return out.add("...");
        }
        switch (o.kind()) {
            case NONE:
                return out.add("none");
            case BOOL:
                return out.add("bool").add(((PyBool) o).value());
            case INT:
                return out.add("int").add(((PyInt) o).value().toString());
            case FLOAT:
                return out.add("float").add(bits(((PyFloat) o).value()));
            case COMPLEX:
                return out.add("complex").add(bits(((PyComplex) o).real())).add(bits(((PyComplex) o).imag()));
            case STR:
                return out.add("str").add(((PyStr) o).value());
            case BYTES:
                return out.add("bytes").add(byteList(((PyBytes) o).value()));
            case BYTEARRAY:
                return out.add("bytearray").add(byteList(((PyByteArray) o).value()));
            case FUNCTION:
                return out.add("function").add(((PyFunction) o).name());
            case CLASS:
                return out.add("class").add(((PyClass) o).name());
            default:
                break;
        }
        active.put(o, Boolean.TRUE);
        try {
            switch (o.kind()) {
                case TUPLE:
                    return out.add("tuple").add(list(((PyTuple) o).items(), active));
                case LIST:
                    return out.add("list").add(list(((PyList) o).items(), active));
                case DICT:
                    PyDict d = (PyDict) o;
                    ArrayNode pairs = NODES.arrayNode();
                    for (int i = 0; i < d.size(); i++) {
                        pairs.add(NODES.arrayNode().add(canon(d.keys().get(i), active)).add(canon(d.values().get(i), active)));
                    }
                    return out.add("dict").add(pairs);
                case SET:
                case FROZENSET:
                    return out.add(o.kind().pythonName()).add(sorted(list(((PyAnySet) o).elements(), active)));
                case CELL:
                    PyObject contents = ((PyCell) o).contents();
                    return out.add("cell").add(contents == null ? NODES.nullNode() : canon(contents, active));
                default:
                    PyInstance instance = (PyInstance) o;
                    ArrayNode attrs = NODES.arrayNode();
                    instance.attributes().forEach((k, v) -> attrs.add(NODES.arrayNode().add(k).add(canon(v, active))));
                    return out.add("instance").add(instance.cls().name()).add(sorted(attrs));
            }
        } finally {
            active.remove(o);
        }
    }

    private static ArrayNode list(List<PyObject> items, Map<PyObject, Boolean> active) {
        ArrayNode out = NODES.arrayNode();
        items.forEach(i -> out.add(canon(i, active)));
        return out;
    }

    /** Sorted as Python sorts them: by json.dumps of each. */
    private static ArrayNode sorted(ArrayNode items) {
        List<JsonNode> all = new ArrayList<>();
        items.forEach(all::add);
        all.sort(Comparator.comparing(MutabilityReplayer::pythonJson));
        ArrayNode out = NODES.arrayNode();
        all.forEach(out::add);
        return out;
    }

    private static ArrayNode byteList(byte[] data) {
        ArrayNode out = NODES.arrayNode();
        for (byte b : data) {
            out.add(b & 0xff);
        }
        return out;
    }

    private static String bits(double d) {
        return Double.isNaN(d) ? "nan" : String.format(Locale.ROOT, "%016x", Double.doubleToRawLongBits(d));
    }

    /** Python's json.dumps(node) with its default separators and ensure_ascii. */
    static String pythonJson(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(pythonJson(n)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (node.isTextual()) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : node.asText().toCharArray()) {
                switch (c) {
                    case '"':
                        sb.append("\\\"");
                        break;
                    case '\\':
                        sb.append("\\\\");
                        break;
                    case '\n':
                        sb.append("\\n");
                        break;
                    case '\r':
                        sb.append("\\r");
                        break;
                    case '\t':
                        sb.append("\\t");
                        break;
                    case '\b':
                        sb.append("\\b");
                        break;
                    case '\f':
                        sb.append("\\f");
                        break;
                    default:
                        if (c < 0x20 || c > 0x7e) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                }
            }
            return sb.append('"').toString();
        }
        if (node.isNull()) {
            return "null";
        }
        return node.toString();
    }
}
