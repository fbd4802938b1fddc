package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static pymem.sizeof.SizeFixtures.appended;
import static pymem.sizeof.SizeFixtures.longs;
import static pymem.sizeof.SizeFixtures.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyObject;
import pymem.model.PyTuple;

@DisplayName("sys.getsizeof for every object (task 6)")
@Tag("task:6")
class SizeofHiddenTest {
    private final Heap heap = new Heap();

    private PyClass slotted(int n) {
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add("x" + i);
        }
        return heap.register(new PyClass("S" + n, List.of(), slots));
    }

    @Test
    @Concept("7.3")
    @Points(1)
    @DisplayName("sizes tuples of 0 to 20 items, GC header included")
    void tuples() {
        assertThat(sweep(0, 21, n -> Sizeof.getsizeof(heap.register(
                new PyTuple(Collections.nCopies(n, (PyObject) heap.newNone()))))))
                .as("a tuple is 24 bytes plus 8 per item, plus the 16-byte GC header")
                .isEqualTo(longs(SizeFacts.TUPLE_SIZES));
    }

    @Test
    @Concept("7.7")
    @Points(1)
    @DisplayName("sizes an instance the same whatever its attributes")
    void instances() {
        PyInstance empty = heap.newInstance(heap.newClass("C"));
        PyInstance full = heap.newInstance(heap.newClass("C"));
        full.setAttribute("a", heap.newList(heap.newInt(1)));
        full.setAttribute("b", heap.newStr("x"));
        assertThat(Sizeof.getsizeof(empty)).as("an instance of a plain class").isEqualTo(SizeFacts.INSTANCE_SIZE);
        assertThat(Sizeof.getsizeof(full)).as("3.11 keeps attribute values outside the instance: not counted")
                .isEqualTo(SizeFacts.INSTANCE_SIZE);
    }

    @Test
    @Concept("7.7")
    @Points(2)
    @DisplayName("sizes an instance of a __slots__ class by its number of slots")
    void slottedInstances() {
        assertThat(sweep(0, 6, n -> Sizeof.getsizeof(heap.newInstance(slotted(n)))))
                .as("a __slots__ instance has one pointer per slot and no dict or weakref pointers")
                .isEqualTo(longs(SizeFacts.SLOTS_INSTANCE_SIZES));
    }

    @Test
    @Concept("7.3")
    @Points(1)
    @DisplayName("sizes classes, functions and cells")
    void classesFunctionsCells() {
        assertThat(Sizeof.getsizeof(heap.newClass("C"))).as("getsizeof of a class").isEqualTo(SizeFacts.CLASS_SIZE);
        assertThat(Sizeof.getsizeof(slotted(2))).as("getsizeof of a __slots__ class")
                .isEqualTo(SizeFacts.SLOTS_CLASS_SIZE);
        assertThat(Sizeof.getsizeof(heap.newFunction("f", args -> args.get(0)))).as("getsizeof of a function")
                .isEqualTo(SizeFacts.FUNCTION_SIZE);
        assertThat(Sizeof.getsizeof(heap.newCell(heap.newNone()))).as("getsizeof of a cell")
                .isEqualTo(SizeFacts.CELL_SIZE);
    }

    @Test
    @Concept("7.3")
    @Points(2)
    @DisplayName("counts the GC header exactly for the types the collector can track")
    void gcHeaderTypes() {
        PyClass cls = heap.newClass("C");
        List<PyObject> samples = List.of(heap.newInt(0), heap.newBool(true), heap.newFloat(1.5),
                heap.newComplex(0, 1), heap.newNone(), heap.newStr("s"), heap.newBytes(new byte[] {1}),
                heap.newByteArray(new byte[] {1}), heap.newTuple(heap.newInt(1)), heap.newList(heap.newInt(1)),
                heap.newDict(), heap.newSet(heap.newInt(1)), heap.newFrozenSet(heap.newInt(1)),
                heap.newInstance(cls), cls, heap.newFunction("f", args -> args.get(0)), heap.newCell(null));
        List<String> withHeader = new ArrayList<>();
        for (PyObject x : samples) {
            if (Sizeof.hasGcHeader(x)) {
                withHeader.add(x.typeName());
            }
        }
        Collections.sort(withHeader);
        assertThat(withHeader).as("containers, instances, classes, functions and cells carry PyGC_Head; atoms do not")
                .isEqualTo(Arrays.asList(SizeFacts.GC_TYPE_NAMES.split(" ")));
    }

    @Test
    @Concept("7.3")
    @Points(1)
    @DisplayName("gives every kind of object its own rule")
    void dispatchesEveryKind() {
        PyDict dict = SizeFixtures.dictOf(heap, 6, i -> heap.newStr("k" + i));
        PyClass cls = heap.newClass("C");
        assertThat(Sizeof.getsizeof(appended(heap, 5))).as("a list after five appends")
                .isEqualTo((long) SizeFacts.LIST_APPEND_SIZES.get(5));
        assertThat(Sizeof.getsizeof(dict)).as("a dict after six str-key inserts")
                .isEqualTo((long) SizeFacts.DICT_STR_KEY_SIZES.get(6));
        assertThat(Sizeof.getsizeof(SizeFixtures.repeat(heap, 0x20AC, 3))).as("a two-byte-kind str")
                .isEqualTo((long) SizeFacts.STR_UCS2_SIZES.get(2));
        assertThat(Sizeof.getsizeof(heap.newInt(1L << 40))).as("a two-digit int")
                .isEqualTo((long) SizeFacts.INT_SIZES_POW2.get(40));
        assertThat(Sizeof.getsizeof(heap.newSet(heap.newInt(1), heap.newInt(2), heap.newInt(3), heap.newInt(4),
                heap.newInt(5)))).as("a set of five").isEqualTo((long) SizeFacts.SET_SIZES.get(5));
        assertThat(Sizeof.getsizeof(heap.newInstance(cls))).as("an instance").isEqualTo(SizeFacts.INSTANCE_SIZE);
    }

    @Test
    @Concept("7.7")
    @Points(3)
    @DisplayName("sizes instances and classes with __slots__ under inheritance and with __dict__ or __weakref__ slots")
    void slotsUnderInheritance() {
        Map<String, PyClass> classes = SizeFixtures.classes(heap, SizeFacts.SLOT_CLASSES, new HashMap<>());
        List<Long> instances = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (PyClass cls : classes.values()) {
            instances.add(Sizeof.getsizeof(heap.newInstance(cls)));
            sizes.add(Sizeof.getsizeof(cls));
        }
        assertThat(instances).as("an instance holds a pointer per slot of its class and of every base, a __weakref__ "
                + "pointer when it can be weakly referenced and a managed __dict__ when it has one")
                .isEqualTo(longs(SizeFacts.SLOT_CLASS_INSTANCE_SIZES));
        assertThat(sizes).as("a class whose instances have a __dict__ is bigger than one whose instances have none")
                .isEqualTo(longs(SizeFacts.SLOT_CLASS_SIZES));
    }

    @Test
    @Concept("7.7")
    @Points(1)
    @DisplayName("refuses, as out of scope, classes that CPython would not create")
    void refusedClasses() {
        Map<String, PyClass> known = new HashMap<>();
        SizeFixtures.classes(heap, SizeFacts.SLOT_CLASSES, known);
        List<String> errors = new ArrayList<>();
        for (String token : SizeFacts.REFUSED_CLASSES.split(" ")) {
            PyClass cls = SizeFixtures.classes(heap, token, new HashMap<>(known)).values().iterator().next();
            Throwable e = catchThrowable(() -> Sizeof.getsizeof(heap.newInstance(cls)));
            errors.add(e instanceof OutOfScopeError ? e.getMessage() : String.valueOf(e));
        }
        for (int i = 0; i < errors.size(); i++) {
            assertThat(errors.get(i)).as("a class CPython refuses (TypeError) has no size: OutOfScopeError naming "
                    + "CPython's reason").contains(SizeFacts.REFUSED_CLASS_ERRORS.get(i));
        }
    }
}
