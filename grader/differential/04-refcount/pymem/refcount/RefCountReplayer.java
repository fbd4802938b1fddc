package pymem.refcount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * Replays generate.py's programs on Statements and RefCounts: the statement sequence, sys.getrefcount of every
 * bound name at each check, the exception of each statement that raises, and the order in which the instances of
 * M die (their deallocation, where CPython calls their __del__).
 */
final class RefCountReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("n0", "n1", "n2", "n3", "n4", "n5");

    @Override
    public JsonNode replay(Scenario scenario) {
        return new Run().play(scenario.input().get("statements"));
    }

    /** One program: a fresh heap, counts, statements and module namespace, as a fresh exec namespace. */
    private static final class Run {
        private final Heap heap = new Heap();
        private final RefCounts rc = new RefCounts(heap);
        private final Statements py = new Statements(heap, rc);
        private final Namespace globals = new Namespace("<module>");
        private final PyClass markerClass = heap.newClass("M");
        /** The label of every M instance, to name the deaths. */
        private final Map<PyObject, String> labels = new IdentityHashMap<>();
        /** String constants ('k1', 'm3'): one object each, held by the code object as in CPython. */
        private final Map<String, PyStr> constants = new HashMap<>();

        Run() {
            rc.incref(markerClass); // the name M
        }

        JsonNode play(JsonNode statements) {
            ArrayNode results = Answers.array();
            for (JsonNode op : statements) {
                try {
                    results.add(statement(op));
                } catch (PyException e) {
                    // An instance's repr names its address, which the model chooses differently from CPython.
                    results.add((e.pythonType() + ": " + e.getMessage()).replaceAll("0x[0-9a-f]+", "0x?"));
                }
            }
            ArrayNode deaths = Answers.array();
            for (PyObject dead : rc.deallocationLog()) {
                if (labels.containsKey(dead)) {
                    deaths.add(labels.get(dead));
                }
            }
            ObjectNode value = Answers.object();
            value.set("results", results);
            value.set("deaths", deaths);
            return Answers.value(value);
        }

        private JsonNode statement(JsonNode op) {
            switch (op.get(0).asText()) {
                case "new":
                    py.assign(globals, op.get(1).asText(), build(op.get(2).asText(), op.get(3)));
                    break;
                case "alias":
                    py.assign(globals, op.get(1).asText(), name(op.get(2)));
                    break;
                case "del":
                    py.delete(globals, op.get(1).asText());
                    break;
                case "setattr":
                    py.setAttr((PyInstance) name(op.get(1)), op.get(2).asText(), name(op.get(3)));
                    break;
                case "delattr":
                    py.delAttr((PyInstance) name(op.get(1)), op.get(2).asText());
                    break;
                case "append":
                    py.append((PyList) name(op.get(1)), name(op.get(2)));
                    break;
                case "setitem":
                    py.setItem((PyList) name(op.get(1)), op.get(2).asInt(), name(op.get(3)));
                    break;
                case "delitem":
                    py.delItem((PyList) name(op.get(1)), op.get(2).asInt());
                    break;
                case "clear":
                    PyObject target = name(op.get(1));
                    if (target instanceof PyList) {
                        py.clear((PyList) target);
                    } else {
                        py.clear((PyDict) target);
                    }
                    break;
                case "dset":
                    py.setItem((PyDict) name(op.get(1)), key(op.get(2)), name(op.get(3)));
                    break;
                case "ddel":
                    py.delItem((PyDict) name(op.get(1)), key(op.get(2)));
                    break;
                case "check":
                    return check();
                default:
                    throw new IllegalArgumentException("unknown statement " + op);
            }
            return NODES.nullNode();
        }

        /** {@code [[name, sys.getrefcount(name)], ...]} for every bound name. */
        private JsonNode check() {
            ArrayNode out = Answers.array();
            for (String n : NAMES) {
                PyObject obj = globals.get(n);
                if (obj != null) {
                    out.add(Answers.array().add(n).add(Math.toIntExact(rc.getrefcount(obj))));
                }
            }
            return out;
        }

        private PyObject build(String what, JsonNode items) {
            switch (what) {
                case "list":
                    return py.newList(items(items));
                case "tuple":
                    return py.newTuple(items(items));
                case "dict":
                    return heap.newDict();
                case "M":
                    return marker(items.get(0).get(1).asText());
                default:
                    throw new IllegalArgumentException("unknown object " + what);
            }
        }

        private PyObject[] items(JsonNode items) {
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode item = items.get(i);
                out[i] = item.get(0).asText().equals("name") ? name(item.get(1)) : marker(item.get(1).asText());
            }
            return out;
        }

        /** {@code M(label)}: its __init__ sets self.label. */
        private PyInstance marker(String label) {
            PyInstance m = py.newInstance(markerClass);
            py.setAttr(m, "label", constant(label));
            labels.put(m, label);
            return m;
        }

        private PyObject key(JsonNode key) {
            return key.get(0).asText().equals("name") ? name(key.get(1)) : constant(key.get(1).asText());
        }

        private PyStr constant(String text) {
            return constants.computeIfAbsent(text, t -> {
                PyStr s = heap.newStr(t);
                rc.incref(s); // co_consts
                return s;
            });
        }

        private PyObject name(JsonNode name) {
            PyObject obj = globals.get(name.asText());
            if (obj == null) {
                throw new PyException("NameError", "name '" + name.asText() + "' is not defined");
            }
            return obj;
        }
    }
}
