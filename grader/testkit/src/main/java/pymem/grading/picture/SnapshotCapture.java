package pymem.grading.picture;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

/**
 * Reads what a {@link HeapRecorder} holds into a {@link HeapSnapshot}: the namespaces, then the objects their
 * names reach (breadth first), then the objects the test expects something of, then the rest of each heap in
 * creation order, up to {@link HeapSnapshot#MAX_OBJECTS}.
 *
 * <p>It only reads the model: no student method is called (an object's value is the model's own repr, and
 * containers show their length instead of a repr that could be huge). Weak references are read from the
 * objects' weakref slot, whatever the exercise keeps there: a JDK collection counts its elements, another
 * object counts the references its fields hold (read, never called).
 */
public final class SnapshotCapture {
    private final Map<PyObject, String> ids = new IdentityHashMap<>();
    private final List<PyObject> order = new ArrayList<>();
    private final Map<PyObject, HeapRecorder.Expectation> expectations;

    private SnapshotCapture(Map<PyObject, HeapRecorder.Expectation> expectations) {
        this.expectations = expectations;
    }

    /** The snapshot of everything {@code recorder} holds now. */
    public static HeapSnapshot of(HeapRecorder recorder) {
        return of(recorder, List.of(), List.of());
    }

    /**
     * The snapshot of everything {@code recorder} holds now, comparing the objects a failed assertion expected
     * with those it got (each list in the assertion's order; empty when it named no objects).
     */
    public static HeapSnapshot of(HeapRecorder recorder, List<PyObject> expected, List<PyObject> actual) {
        return of(recorder.heaps(), recorder.namespaces(), recorder.expectations(), expected, actual);
    }

    static HeapSnapshot of(List<Heap> heaps, List<Namespace> namespaces, Map<PyObject, HeapRecorder.Expectation> expectations) {
        return of(heaps, namespaces, expectations, List.of(), List.of());
    }

    static HeapSnapshot of(List<Heap> heaps, List<Namespace> namespaces, Map<PyObject, HeapRecorder.Expectation> expectations,
            List<PyObject> expected, List<PyObject> actual) {
        return new SnapshotCapture(expectations).capture(heaps, namespaces, bound(expected), bound(actual));
    }

    private static List<PyObject> bound(List<PyObject> objects) {
        return objects.size() <= HeapSnapshot.MAX_COMPARED ? objects : objects.subList(0, HeapSnapshot.MAX_COMPARED);
    }

    private HeapSnapshot capture(List<Heap> heaps, List<Namespace> namespaces, List<PyObject> expected, List<PyObject> actual) {
        // which objects are shown: reached from names first, so a picture of a big heap still shows them; then
        // those the failed assertion named
        Deque<PyObject> queue = new ArrayDeque<>();
        for (Namespace ns : namespaces) {
            ns.bindings().values().forEach(queue::add);
        }
        breadthFirst(queue);
        queue.addAll(expected);
        queue.addAll(actual);
        breadthFirst(queue);
        queue.addAll(expectations.keySet());
        breadthFirst(queue);
        for (Heap heap : heaps) {
            for (PyObject obj : heap.liveObjects()) {
                if (order.size() >= HeapSnapshot.MAX_OBJECTS) {
                    break;
                }
                queue.add(obj);
                breadthFirst(queue);
            }
        }
        long live = 0;
        for (Heap heap : heaps) {
            live += heap.liveCount();
        }
        long shownLive = order.stream().filter(o -> !o.isFreed()).count();
        int omitted = (int) Math.min(Integer.MAX_VALUE, Math.max(0, live - shownLive));

        boolean refcounts = order.stream().anyMatch(o -> o.refcount() != 0);
        List<HeapSnapshot.Box> boxes = new ArrayList<>();
        List<HeapSnapshot.Arrow> arrows = new ArrayList<>();
        int n = 0;
        for (Namespace ns : namespaces) {
            String id = "n" + n++;
            List<String> names = new ArrayList<>();
            int slot = 0;
            for (Map.Entry<String, PyObject> b : ns.bindings().entrySet()) {
                if (slot == HeapSnapshot.MAX_SLOTS) {
                    names.add("\u2026 " + (ns.bindings().size() - slot) + " more names");
                    break;
                }
                names.add(HeapSnapshot.bounded(b.getKey()));
                String to = ids.get(b.getValue());
                if (to != null) {
                    arrows.add(new HeapSnapshot.Arrow(id, slot, to, ArrowKind.NAME));
                }
                slot++;
            }
            boxes.add(new HeapSnapshot.Box(id, BoxKind.SCOPE, HeapSnapshot.bounded(ns.name()), "", -1, names, Mark.NONE));
        }
        // what a name or a live object refers to: a freed object among them is a dangling reference
        java.util.Set<PyObject> referenced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Namespace ns : namespaces) {
            referenced.addAll(ns.bindings().values());
        }
        for (PyObject obj : order) {
            if (!obj.isFreed()) {
                slotsOf(obj).forEach(s -> referenced.add(s.target));
            }
        }
        int w = 0;
        for (PyObject obj : order) {
            String id = ids.get(obj);
            List<Slot> slots = slotsOf(obj);
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                labels.add(HeapSnapshot.bounded(s.label));
                String to = s.target == null ? null : ids.get(s.target);
                if (to != null) {
                    arrows.add(new HeapSnapshot.Arrow(id, i, to, ArrowKind.SLOT));
                }
            }
            boxes.add(new HeapSnapshot.Box(id, BoxKind.OBJECT, HeapSnapshot.bounded(obj.typeName()), HeapSnapshot.bounded(valueOf(obj)),
                    refcounts ? obj.refcount() : -1, labels, markOf(obj, referenced.contains(obj))));
            int weak = weakReferences(obj.weakrefs());
            if (weak > 0) {
                String wid = "w" + w++;
                boxes.add(new HeapSnapshot.Box(wid, BoxKind.WEAKREFS, "weakref", weak == 1 ? "1 weak reference" : weak + " weak references",
                        -1, List.of(), Mark.NONE));
                arrows.add(new HeapSnapshot.Arrow(wid, -1, id, ArrowKind.WEAK));
            }
        }
        return new HeapSnapshot(boxes, arrows, omitted, refcounts, idsOf(expected), idsOf(actual));
    }

    private List<String> idsOf(List<PyObject> objects) {
        List<String> out = new ArrayList<>();
        for (PyObject obj : objects) {
            String id = obj == null ? null : ids.get(obj);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private void breadthFirst(Deque<PyObject> queue) {
        while (!queue.isEmpty() && order.size() < HeapSnapshot.MAX_OBJECTS) {
            PyObject obj = queue.removeFirst();
            if (obj == null || ids.containsKey(obj)) {
                continue;
            }
            ids.put(obj, "o" + order.size());
            order.add(obj);
            for (Slot s : slotsOf(obj)) {
                if (s.target != null) {
                    queue.addLast(s.target);
                }
            }
        }
        queue.clear();
    }

    private Mark markOf(PyObject obj, boolean referenced) {
        HeapRecorder.Expectation e = expectations.get(obj);
        if (e == HeapRecorder.Expectation.DEAD) {
            return obj.isFreed() ? Mark.DEAD_AS_EXPECTED : Mark.EXPECTED_DEAD_BUT_LIVE;
        }
        if (e == HeapRecorder.Expectation.ALIVE) {
            return obj.isFreed() ? Mark.EXPECTED_ALIVE_BUT_FREED : Mark.ALIVE_AS_EXPECTED;
        }
        if (!obj.isFreed()) {
            return Mark.NONE;
        }
        return referenced ? Mark.FREED_YET_REFERENCED : Mark.FREED;
    }

    /** A container's length, a callable's name, an atom's repr: never a container's repr (it may be huge). */
    static String valueOf(PyObject obj) {
        switch (obj.kind()) {
            case LIST:
                return "len " + ((PyList) obj).size();
            case TUPLE:
                return "len " + ((PyTuple) obj).size();
            case DICT:
                return "len " + ((PyDict) obj).size();
            case SET:
            case FROZENSET:
                return "len " + obj.referents().size();
            case CLASS:
                return "class " + ((PyClass) obj).name();
            case INSTANCE:
                // its repr's address, which failure messages print: the box is found by it
                return "at 0x" + Long.toHexString(obj.address());
            case FUNCTION:
                return ((PyFunction) obj).name() + "()";
            case CELL:
                return "cell";
            default:
                return obj.repr();
        }
    }

    /** A slot of a box: where an arrow leaves from, and what it points at (null: nothing, e.g. an empty cell). */
    private static final class Slot {
        final String label;
        final PyObject target;

        Slot(String label, PyObject target) {
            this.label = label;
            this.target = target;
        }
    }

    /** The labelled references of {@code obj}, at most {@link HeapSnapshot#MAX_SLOTS} and a last "more" slot. */
    static List<Slot> slotsOf(PyObject obj) {
        Map<String, PyObject> named = new LinkedHashMap<>();
        List<Slot> out = new ArrayList<>();
        int total;
        if (obj instanceof PyList || obj instanceof PyTuple) {
            List<PyObject> items = obj instanceof PyList ? ((PyList) obj).items() : ((PyTuple) obj).items();
            total = items.size();
            for (int i = 0; i < Math.min(total, HeapSnapshot.MAX_SLOTS); i++) {
                out.add(new Slot("[" + i + "]", items.get(i)));
            }
        } else if (obj instanceof PyDict) {
            PyDict d = (PyDict) obj;
            List<PyObject> keys = d.keys();
            List<PyObject> values = d.values();
            total = 2 * keys.size();
            for (int i = 0; i < keys.size() && out.size() + 2 <= HeapSnapshot.MAX_SLOTS; i++) {
                PyObject key = keys.get(i);
                String shown = key == null ? "?" : HeapSnapshot.bounded(valueOf(key));
                out.add(new Slot("key " + (shown.length() <= 12 ? shown : "#" + i), key));
                out.add(new Slot("[" + (shown.length() <= 12 ? shown : "#" + i) + "]", values.get(i)));
            }
        } else if (obj instanceof PyInstance) {
            PyInstance inst = (PyInstance) obj;
            named.put("__class__", inst.cls());
            inst.attributes().forEach((k, v) -> named.put("." + k, v));
            total = named.size();
        } else if (obj instanceof PyClass) {
            PyClass c = (PyClass) obj;
            for (int i = 0; i < c.bases().size(); i++) {
                named.put("__bases__[" + i + "]", c.bases().get(i));
            }
            c.attributes().forEach((k, v) -> named.put("." + k, v));
            total = named.size();
        } else if (obj instanceof PyFunction) {
            PyFunction f = (PyFunction) obj;
            for (int i = 0; i < f.defaults().size(); i++) {
                named.put("__defaults__[" + i + "]", f.defaults().get(i));
            }
            for (int i = 0; i < f.closure().size(); i++) {
                named.put("__closure__[" + i + "]", f.closure().get(i));
            }
            total = named.size();
        } else {
            List<PyObject> refs = obj.referents();
            total = refs.size();
            String label = obj.kind() == pymem.model.Kind.CELL ? "cell_contents" : "ref";
            for (int i = 0; i < Math.min(total, HeapSnapshot.MAX_SLOTS); i++) {
                out.add(new Slot(total == 1 ? label : label + " " + i, refs.get(i)));
            }
        }
        for (Map.Entry<String, PyObject> e : named.entrySet()) {
            if (out.size() == HeapSnapshot.MAX_SLOTS) {
                break;
            }
            out.add(new Slot(e.getKey(), e.getValue()));
        }
        if (total > out.size()) {
            out.add(new Slot("\u2026 " + (total - out.size()) + " more", null));
        }
        return out;
    }

    /**
     * How many weak references the weakref slot holds: a JDK collection or map counts its elements, an array
     * its non-null elements, another object (the exercise's own list) the references its fields hold.
     * Nothing is called on the exercise's own classes: their fields are only read.
     */
    static int weakReferences(Object slot) {
        if (slot == null) {
            return 0;
        }
        Integer direct = counted(slot);
        if (direct != null) {
            return direct;
        }
        int count = 0;
        for (Class<?> c = slot.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object value = f.get(slot);
                    if (value != null) {
                        Integer inner = counted(value);
                        count += inner == null ? 1 : inner;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Math.max(count, 1); // unreadable: at least the slot is there
                }
            }
        }
        return Math.max(count, 1);
    }

    /** The size of a JDK collection, map or array; null for anything else (never calls the exercise's code). */
    private static Integer counted(Object value) {
        boolean jdk = value.getClass().getName().startsWith("java.");
        if (jdk && value instanceof Collection) {
            return ((Collection<?>) value).size();
        }
        if (jdk && value instanceof Map) {
            return ((Map<?, ?>) value).size();
        }
        if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            int n = 0;
            for (int i = 0; i < Array.getLength(value); i++) {
                n += Array.get(value, i) == null ? 0 : 1;
            }
            return n;
        }
        return null;
    }
}
