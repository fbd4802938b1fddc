package pymem.gc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * Replays generate.py's programs on the reference GarbageCollector. The replayer plays the rest of the
 * interpreter: it keeps the reference counts a Python program would (names, attributes, list items, the list
 * `saved`, each instance's class, the code's string constants), deallocates what reaches zero (calling __del__ as
 * subtype_dealloc does, in CPython's order of release) and tells the collector about every allocation and
 * deallocation of a container.
 */
final class GcReplayer implements Replayer {

    @Override
    public JsonNode replay(Scenario scenario) {
        return new Run().play(scenario.input().get("statements"));
    }

    private static final class Run {
        private final Heap heap = new Heap();
        private final GarbageCollector gc = new GarbageCollector(heap, this::decref);
        private final Map<String, PyObject> names = new HashMap<>();
        private final Map<String, PyStr> constants = new HashMap<>();
        /** Each class's shared key table: the order its instances release their attributes in when they die. */
        private final Map<PyClass, Map<String, Integer>> keyTables = new IdentityHashMap<>();
        private final ArrayNode results = Answers.array();
        private final ArrayNode deaths = Answers.array();
        private final PyList saved;
        private final Map<String, PyClass> classes = new HashMap<>();
        /** Objects whose __del__ ran from subtype_dealloc (reference counting) and resurrected them. */
        private final Set<PyObject> finalizedAtDeallocation = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean inDeallocFinalizer;
        /** The labels generate.py gives objects (labels[id(obj)]), to name what get_referents/get_referrers return. */
        private final Map<PyObject, String> labels = new IdentityHashMap<>();

        Run() {
            saved = allocate(heap.newList());
            saved.setRefcount(1); // the name saved
            classes.put("P", klass("P", false));
            classes.put("D", klass("D", false));
            classes.put("R", klass("R", true));
            classes.forEach((name, cls) -> labels.put(cls, name));
            labels.put(saved, "saved");
            gc.collect();     // the prelude's gc.collect()
            gc.collect(0);    // and its gc.collect(0)
        }

        /** {@code class name:} with a __del__ that records the label (and, for R, saves the object). */
        private PyClass klass(String name, boolean resurrects) {
            PyClass cls = allocate(heap.newClass(name));
            cls.setRefcount(1); // the name
            if (!name.equals("P")) {
                PyFunction del = allocate(heap.newFunction("__del__", args -> {
                    PyInstance self = (PyInstance) args.get(0);
                    if (!inDeallocFinalizer && finalizedAtDeallocation.contains(self)) {
                        // CPython marked it finalized when reference counting resurrected it; the collector's API
                        // has no way to be told, so it calls __del__ a second time.
                        throw new OutOfScopeError("a collection finds an object whose __del__ already ran when"
                                + " reference counting freed (and it resurrected) it: GarbageCollector cannot be told");
                    }
                    deaths.add(((PyStr) self.getAttribute("label")).value());
                    if (resurrects) {
                        incref(self);
                        saved.append(self);
                    }
                    return heap.newNone();
                }));
                del.setRefcount(1); // the class's __dict__
                cls.setAttribute("__del__", del);
            }
            return cls;
        }

        private <T extends PyObject> T allocate(T obj) {
            gc.objectCreated(obj);
            return obj;
        }

        JsonNode play(JsonNode statements) {
            for (JsonNode op : statements) {
                statement(op);
            }
            ObjectNode value = Answers.object();
            value.set("results", results);
            value.set("deaths", deaths);
            return Answers.value(value);
        }

        private void statement(JsonNode op) {
            switch (op.get(0).asText()) {
                case "new": {
                    PyObject obj = build(op.get(2).asText(), op.get(3));
                    bind(op.get(1).asText(), obj);
                    if (obj instanceof PyInstance) {
                        setattr((PyInstance) obj, "label", constant(op.get(3).asText()));
                    }
                    if (op.size() > 4) {
                        labels.put(obj, op.get(4).asText());
                    }
                    break;
                }
                case "dset": {
                    PyDict dict = (PyDict) name(op.get(1).asText());
                    JsonNode keyOp = op.get(2);
                    PyObject key = keyOp.get(0).asText().equals("str") ? constant(keyOp.get(1).asText())
                            : name(keyOp.get(1).asText());
                    PyObject value = name(op.get(3).asText());
                    incref(value);
                    if (!dict.containsKey(key)) {
                        incref(key);
                    }
                    PyObject old = dict.put(key, value);
                    gc.dictStored(dict, key, value);
                    if (old != null) {
                        decref(old);
                    }
                    break;
                }
                case "referents":
                    results.add(named(gc.getReferents(name(op.get(1).asText()))));
                    break;
                case "referrers":
                    results.add(named(gc.getReferrers(name(op.get(1).asText()))));
                    break;
                case "freeze":
                    gc.freeze();
                    break;
                case "unfreeze":
                    gc.unfreeze();
                    break;
                case "set":
                    setattr((PyInstance) name(op.get(1).asText()), op.get(2).asText(), name(op.get(3).asText()));
                    break;
                case "delattr":
                    PyInstance target = (PyInstance) name(op.get(1).asText());
                    decref(target.removeAttribute(op.get(2).asText()));
                    break;
                case "append": {
                    PyObject item = name(op.get(2).asText());
                    incref(item);
                    ((PyList) name(op.get(1).asText())).append(item);
                    break;
                }
                case "alias":
                    bind(op.get(1).asText(), name(op.get(2).asText()));
                    break;
                case "del":
                    decref(names.remove(op.get(1).asText()));
                    break;
                case "collect":
                    results.add(gc.collect(op.get(1).asInt()));
                    break;
                case "count":
                    gc.getCount().forEach(count -> results.add(count.intValue()));
                    break;
                case "clear_saved": {
                    List<PyObject> old = new ArrayList<>(saved.items());
                    saved.clear();
                    for (int i = old.size() - 1; i >= 0; i--) {
                        decref(old.get(i)); // _list_clear: the last item first
                    }
                    break;
                }
                case "threshold":
                    gc.setThreshold(op.get(1).asInt(), op.get(2).asInt(), op.get(3).asInt());
                    gc.enable();
                    break;
                default:
                    throw new IllegalArgumentException("unknown statement " + op);
            }
        }

        /** {@code [a, b]}, {@code (a, b,)}, {@code {}} or {@code C()}: a new object, owned by no one yet. */
        private PyObject build(String what, JsonNode items) {
            if (what.equals("dict")) {
                return allocate(heap.newDict());
            }
            if (what.equals("list") || what.equals("tuple")) {
                List<PyObject> objs = new ArrayList<>();
                items.forEach(n -> objs.add(name(n.asText())));
                objs.forEach(Run::incref);
                return allocate(what.equals("list") ? heap.newList(objs) : heap.newTuple(objs.toArray(new PyObject[0])));
            }
            PyClass cls = classes.get(what);
            incref(cls);
            return allocate(heap.newInstance(cls));
        }

        /** What the generator's named() gives: each labelled object's label, None for a str, others left out. */
        private ArrayNode named(List<PyObject> objs) {
            ArrayNode out = Answers.array();
            for (PyObject o : objs) {
                if (o instanceof PyStr) {
                    out.addNull();
                } else if (labels.containsKey(o)) {
                    out.add(labels.get(o));
                }
            }
            return out;
        }

        private void bind(String name, PyObject value) {
            incref(value);
            PyObject old = names.put(name, value);
            if (old != null) {
                decref(old);
            }
        }

        private void setattr(PyInstance obj, String attr, PyObject value) {
            incref(value);
            Map<String, Integer> table = keyTables.computeIfAbsent(obj.cls(), c -> new LinkedHashMap<>());
            table.putIfAbsent(attr, table.size());
            PyObject old = obj.setAttribute(attr, value);
            if (old != null) {
                decref(old);
            }
        }

        private PyStr constant(String text) {
            return constants.computeIfAbsent(text, t -> {
                PyStr s = heap.newStr(t);
                s.setRefcount(1); // co_consts
                return s;
            });
        }

        private PyObject name(String name) {
            return names.get(name);
        }

        private static void incref(PyObject obj) {
            obj.setRefcount(obj.refcount() + 1);
        }

        /** Py_DECREF: at zero, the deallocator (depth first: the graphs here are shallow). */
        private void decref(PyObject obj) {
            obj.setRefcount(obj.refcount() - 1);
            if (obj.refcount() == 0) {
                deallocate(obj);
            }
        }

        private void deallocate(PyObject obj) {
            if (obj instanceof PyInstance) {
                PyInstance instance = (PyInstance) obj;
                PyObject del = instance.cls().lookup("__del__");
                if (del instanceof PyFunction && !gc.isFinalized(obj) && !finalizedAtDeallocation.contains(obj)) {
                    finalizedAtDeallocation.add(obj);
                    obj.setRefcount(1); // PyObject_CallFinalizerFromDealloc resurrects it for the call
                    inDeallocFinalizer = true;
                    try {
                        ((PyFunction) del).call(List.of(obj));
                    } finally {
                        inDeallocFinalizer = false;
                    }
                    obj.setRefcount(obj.refcount() - 1);
                    if (obj.refcount() > 0) {
                        // Resurrected: subtype_dealloc tracks it again, at the end of generation 0.
                        gc.objectDeallocated(obj);
                        gc.objectCreated(obj);
                        return;
                    }
                }
            }
            gc.objectDeallocated(obj);
            for (PyObject referent : releaseOrder(obj)) {
                decref(referent);
            }
            heap.free(obj);
        }

        /** CPython's order of release: list items last to first; instance values by key table, then the class. */
        private List<PyObject> releaseOrder(PyObject obj) {
            if (obj instanceof PyList) {
                List<PyObject> items = new ArrayList<>(((PyList) obj).items());
                Collections.reverse(items);
                return items;
            }
            if (obj instanceof PyTuple) {
                List<PyObject> items = new ArrayList<>(((PyTuple) obj).items());
                Collections.reverse(items);
                return items;
            }
            if (obj instanceof PyInstance) {
                PyInstance instance = (PyInstance) obj;
                Map<String, Integer> table = keyTables.getOrDefault(instance.cls(), Map.of());
                List<String> attrs = new ArrayList<>(instance.attributes().keySet());
                attrs.sort((a, b) -> Integer.compare(table.getOrDefault(a, 99), table.getOrDefault(b, 99)));
                List<PyObject> out = new ArrayList<>();
                attrs.forEach(a -> out.add(instance.getAttribute(a)));
                out.add(instance.cls());
                return out;
            }
            return obj.referents();
        }
    }
}
