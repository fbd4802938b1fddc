package pymem.weakref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * Replays generate.py's programs on the reference: the same objects, refs, containers and finalizers, with the
 * deaths CPython would have. A {@code del} of an object in no cycle is its reference count reaching zero
 * ({@link WeakRefs#clearWeakRefs}); {@code gc.collect()} finds the pairs whose two names are gone unreachable, in
 * creation order (CPython's gc list order), with the refs they hold as garbage ({@link WeakRefs#handleWeakrefs}).
 */
final class WeakrefReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode replay(Scenario scenario) {
        return new Run().play(scenario.input());
    }

    /** One program's state: what the Python names hold, and what the answer records. */
    private static final class Run {
        private final Heap heap = new Heap();
        private final WeakRefs weakrefs = new WeakRefs();
        private final Map<String, PyClass> classes = new HashMap<>();
        private final WeakSet ws = new WeakSet(weakrefs);
        private final WeakKeyDictionary wkd = new WeakKeyDictionary(weakrefs);
        private final WeakValueDictionary wvd = new WeakValueDictionary(weakrefs);
        /** Every object made, in creation order, by name; names still bound are in {@link #named}. */
        private final Map<String, PyInstance> objects = new LinkedHashMap<>();
        private final Map<String, PyInstance> named = new HashMap<>();
        private final Map<PyInstance, PyInstance> partner = new IdentityHashMap<>();
        private final Map<PyInstance, Ref> held = new IdentityHashMap<>();
        private final Map<PyInstance, Boolean> dead = new IdentityHashMap<>();
        private final Map<String, Ref> refs = new LinkedHashMap<>();
        private final List<Proxy> proxies = new ArrayList<>();
        private final Map<String, Finalize> fins = new HashMap<>();
        private final ArrayNode out = NODES.arrayNode();
        private final ArrayNode log = NODES.arrayNode();
        /** Objects made for one statement only ({@code ws.add(set())}): they die when the statement ends. */
        private final List<PyObject> temporaries = new ArrayList<>();

        Run() {
            classes.put("plain", heap.newClass("C"));
            PyClass callable = heap.newClass("K");
            callable.setAttribute("__call__", heap.newFunction("__call__", args -> heap.newInt(0)));
            classes.put("callable", callable);
            classes.put("slots", heap.register(new PyClass("N", List.of(), List.of("label"))));
            PyClass eqOnly = heap.newClass("EqOnly");
            eqOnly.setAttribute("__eq__", heap.newFunction("__eq__", args -> heap.newBool(args.get(0) == args.get(1))));
            classes.put("eqonly", eqOnly);
            PyClass hashed = heap.newClass("Hashed");
            hashed.setAttribute("__eq__", eqOnly.ownAttribute("__eq__"));
            hashed.setAttribute("__hash__", heap.newFunction("__hash__", args -> heap.newInt(42)));
            classes.put("hashed", hashed);
        }

        JsonNode play(JsonNode input) {
            for (JsonNode op : input.get("ops")) {
                step(op);
                // A temporary's reference count drops to zero at the end of its statement.
                for (PyObject temporary : temporaries) {
                    weakrefs.clearWeakRefs(temporary);
                }
                temporaries.clear();
            }
            ObjectNode result = NODES.objectNode();
            result.set("out", out);
            result.set("log", log);
            ObjectNode alive = NODES.objectNode();
            refs.forEach((name, ref) -> alive.put(name, ref.get() != null));
            result.set("alive", alive);
            ObjectNode counts = NODES.objectNode();
            for (JsonNode name : input.get("measured")) {
                PyInstance obj = named.get(name.asText());
                if (obj != null) {
                    counts.put(name.asText(), weakrefs.getweakrefcount(obj));
                }
            }
            result.set("weakrefcounts", counts);
            result.put("unraisable", weakrefs.unraisable().size());
            return Answers.value(result);
        }

        private void step(JsonNode op) {
            switch (op.get("op").asText()) {
                case "new" -> {
                    PyInstance obj = heap.newInstance(classes.get(op.get("kind").asText()));
                    obj.setAttribute("label", heap.newStr(op.get("obj").asText()));
                    objects.put(op.get("obj").asText(), obj);
                    named.put(op.get("obj").asText(), obj);
                }
                case "ref" -> record(() -> {
                    String name = op.get("ref").asText();
                    refs.put(name, weakrefs.ref(target(op.get("obj").asText()), callback(name, op.get("callback").asText())));
                    return NODES.nullNode();
                });
                case "proxy" -> record(() -> {
                    Proxy p = weakrefs.proxy(target(op.get("obj").asText()));
                    proxies.add(p);
                    return NODES.textNode(p.typeName());
                });
                case "del" -> {
                    PyInstance obj = named.remove(op.get("obj").asText());
                    if (!partner.containsKey(obj)) {
                        die(obj);
                    }
                }
                case "pair" -> {
                    PyInstance a = named.get(op.get("a").asText());
                    PyInstance b = named.get(op.get("b").asText());
                    partner.put(a, b);
                    partner.put(b, a);
                    a.setAttribute("partner", b);
                    b.setAttribute("partner", a);
                }
                case "hold" -> held.put(named.get(op.get("holder").asText()),
                        weakrefs.ref(named.get(op.get("obj").asText()), callback(op.get("ref").asText(), "log")));
                case "collect" -> collect();
                case "ws_add" -> record(() -> {
                    ws.add(target(op.get("obj").asText()));
                    return NODES.nullNode();
                });
                case "ws_discard" -> record(() -> {
                    ws.discard(target(op.get("obj").asText()));
                    return NODES.nullNode();
                });
                case "ws_contains" -> record(() -> NODES.booleanNode(ws.contains(target(op.get("obj").asText()))));
                case "wkd_set" -> record(() -> {
                    wkd.put(target(op.get("obj").asText()), heap.newInt(op.get("value").asInt()));
                    return NODES.nullNode();
                });
                case "wkd_get" -> record(() -> {
                    PyObject value = wkd.get(target(op.get("obj").asText()));
                    return value == null ? NODES.nullNode() : NODES.numberNode(((pymem.model.PyInt) value).value().intValue());
                });
                case "wkd_contains" -> record(() -> NODES.booleanNode(wkd.containsKey(target(op.get("obj").asText()))));
                case "wvd_set" -> record(() -> {
                    wvd.put(op.get("key").asText(), target(op.get("obj").asText()));
                    return NODES.nullNode();
                });
                case "wvd_get" -> record(() -> labelOf(wvd.get(op.get("key").asText())));
                case "len" -> record(this::lens);
                case "finalize" -> {
                    String label = op.get("fin").asText();
                    fins.put(label, weakrefs.finalize(named.get(op.get("obj").asText()), heap.newFunction(label, args -> {
                        log.add(logEntry(label));
                        return heap.newNone();
                    })));
                }
                case "fin_call" -> record(() -> {
                    fins.get(op.get("fin").asText()).call();
                    return NODES.nullNode();
                });
                case "fin_detach" -> record(() -> NODES.booleanNode(fins.get(op.get("fin").asText()).detach() != null));
                case "fin_alive" -> record(() -> NODES.booleanNode(fins.get(op.get("fin").asText()).alive()));
                default -> throw new IllegalArgumentException("unknown op " + op);
            }
        }

        /** gc.collect(): the objects whose name and whose partner's name are gone, oldest first. */
        private void collect() {
            List<PyObject> unreachable = new ArrayList<>();
            List<Ref> garbageRefs = new ArrayList<>();
            for (PyInstance obj : objects.values()) {
                if (!dead.containsKey(obj) && !named.containsValue(obj) && !named.containsValue(partner.get(obj))) {
                    unreachable.add(obj);
                    if (held.containsKey(obj)) {
                        garbageRefs.add(held.get(obj));
                    }
                }
            }
            unreachable.forEach(obj -> dead.put((PyInstance) obj, Boolean.TRUE));
            weakrefs.handleWeakrefs(unreachable, garbageRefs);
        }

        private void die(PyInstance obj) {
            dead.put(obj, Boolean.TRUE);
            weakrefs.clearWeakRefs(obj);
        }

        private PyObject target(String name) {
            if (named.containsKey(name)) {
                return named.get(name);
            }
            PyObject temporary = switch (name) {
                case "int" -> heap.newInt(7);
                case "str" -> heap.newStr("abc");
                case "tuple" -> heap.newTuple(heap.newInt(1));
                case "set" -> heap.newSet();
                case "eqonly" -> heap.newInstance(classes.get("eqonly"));
                case "frozenset" -> heap.newFrozenSet();
                case "hashed" -> heap.newInstance(classes.get("hashed"));
                default -> throw new IllegalArgumentException("no object named " + name);
            };
            temporaries.add(temporary);
            return temporary;
        }

        private WeakCallback callback(String label, String kind) {
            return switch (kind) {
                case "none" -> null;
                case "log" -> ref -> log.add(logEntry(label));
                case "boom" -> ref -> {
                    throw new PyException("ValueError", "boom");
                };
                default -> throw new IllegalArgumentException(kind);
            };
        }

        private ArrayNode logEntry(String label) {
            ArrayNode entry = NODES.arrayNode();
            entry.add(label);
            entry.addAll(lens());
            return entry;
        }

        private ArrayNode lens() {
            ArrayNode lens = NODES.arrayNode();
            lens.add(ws.size());
            lens.add(wkd.size());
            lens.add(wvd.size());
            return lens;
        }

        private static JsonNode labelOf(PyObject obj) {
            return obj == null ? NODES.nullNode() : NODES.textNode(((pymem.model.PyStr) ((PyInstance) obj).getAttribute("label")).value());
        }

        /** attempt(action) of the Python side: ['ok', value] or ['TypeError', message]. */
        private void record(Supplier<JsonNode> action) {
            ArrayNode entry = NODES.arrayNode();
            try {
                JsonNode value = action.get();
                entry.add("ok");
                entry.add(value);
            } catch (PyException e) {
                if (!e.pythonType().equals("TypeError")) {
                    throw e;
                }
                entry.add("TypeError");
                entry.add(e.getMessage());
            }
            out.add(entry);
        }
    }
}
