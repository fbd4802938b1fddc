package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/** Adapted from Lib/test/test_weakref.py: test_basic_ref, test_ref_reuse, test_shared_ref_without_callback, test_getweakrefcount. */
@DisplayName("Making weak references (task 1)")
@Tag("task:1")
class RefBasicsHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;

    @Test
    @Concept("6.1")
    @Points(2)
    @DisplayName("r() answers the referent itself while it lives")
    void refAnswersTheReferent() {
        PyInstance o = fx.obj();
        Ref r = weakrefs.ref(o);
        assertThat(r.get()).as("r() must be the very object the ref was made for (r() is o)").isSameAs(o);
        assertThat(r.callback()).as("a ref made without callback has no callback").isNull();
    }

    @Test
    @Concept("6.2")
    @Points(3)
    @DisplayName("refuses numbers, strings, bytes, None, tuples, lists and dicts with CPython's TypeError")
    void refusesBuiltinsWithoutWeakrefSlot() {
        List<Map.Entry<PyObject, String>> refused = List.of(
                Map.entry(fx.heap.newInt(7), WeakrefFacts.REFUSED_INT),
                Map.entry(fx.heap.newBool(true), WeakrefFacts.REFUSED_BOOL),
                Map.entry(fx.heap.newFloat(1.5), WeakrefFacts.REFUSED_FLOAT),
                Map.entry(fx.heap.newComplex(0, 2), WeakrefFacts.REFUSED_COMPLEX),
                Map.entry(fx.heap.newNone(), WeakrefFacts.REFUSED_NONE),
                Map.entry(fx.heap.newStr("abc"), WeakrefFacts.REFUSED_STR),
                Map.entry(fx.heap.newBytes(new byte[] {1, 2}), WeakrefFacts.REFUSED_BYTES),
                Map.entry(fx.heap.newByteArray(new byte[0]), WeakrefFacts.REFUSED_BYTEARRAY),
                Map.entry(fx.heap.newTuple(fx.heap.newInt(1)), WeakrefFacts.REFUSED_TUPLE),
                Map.entry(fx.heap.newList(), WeakrefFacts.REFUSED_LIST),
                Map.entry(fx.heap.newDict(), WeakrefFacts.REFUSED_DICT));
        for (Map.Entry<PyObject, String> entry : refused) {
            PyObject obj = entry.getKey();
            String message = entry.getValue();
            PyException e = catchThrowableOfType(PyException.class, () -> weakrefs.ref(obj));
            assertThat(e).as("weakref.ref(%s) must raise TypeError: the type has no weakref slot", obj.typeName())
                    .isNotNull();
            assertThat(e.pythonType()).as("refusing a weak reference raises TypeError").isEqualTo("TypeError");
            assertThat(e.getMessage()).as("CPython's message names the refused type").isEqualTo(message);
        }
    }

    @Test
    @Concept("6.2")
    @Points(2)
    @DisplayName("accepts sets, frozensets, classes, functions and instances")
    void acceptsWeaklyReferenceableTypes() {
        List<PyObject> accepted = List.of(fx.heap.newSet(), fx.heap.newFrozenSet(), fx.cls,
                fx.heap.newFunction("f", args -> args.get(0)), fx.obj());
        for (PyObject obj : accepted) {
            assertThat(weakrefs.ref(obj).get()).as("a %s supports weak references", obj.typeName()).isSameAs(obj);
        }
        assertThat(WeakrefFacts.ACCEPTS_SET && WeakrefFacts.ACCEPTS_FROZENSET && WeakrefFacts.ACCEPTS_CLASS
                && WeakrefFacts.ACCEPTS_FUNCTION && WeakrefFacts.ACCEPTS_INSTANCE).as("CPython agrees").isTrue();
    }

    @Test
    @Concept("6.2")
    @Points(2)
    @DisplayName("refuses an instance whose classes all declare __slots__ without '__weakref__'")
    void slotsWithoutWeakrefAreRefused() {
        PyClass point = fx.heap.register(new PyClass("Point", List.of(), List.of("x", "y")));
        PyClass sub = fx.heap.register(new PyClass("SubPoint", List.of(point), List.of()));
        PyException e = catchThrowableOfType(PyException.class, () -> weakrefs.ref(fx.heap.newInstance(point)));
        assertThat(e).as("__slots__ without '__weakref__' leaves no room for weak references").isNotNull();
        assertThat(e.getMessage()).as("the message names the instance's class").isEqualTo(WeakrefFacts.REFUSED_SLOTS_INSTANCE);
        assertThat(catchThrowableOfType(PyException.class, () -> weakrefs.ref(fx.heap.newInstance(sub))))
                .as("a slotted subclass of a slotted class has no weakref slot either").isNotNull();
    }

    @Test
    @Concept("6.2")
    @Points(2)
    @DisplayName("accepts instances that get a '__weakref__' slot from their class or a base")
    void weakrefSlotFromClassOrBase() {
        PyClass weakPoint = fx.heap.register(new PyClass("WeakPoint", List.of(), List.of("x", "__weakref__")));
        PyClass slottedChild = fx.heap.register(new PyClass("Child", List.of(fx.cls), List.of()));
        PyInstance a = fx.heap.newInstance(weakPoint);
        PyInstance b = fx.heap.newInstance(slottedChild);
        assertThat(weakrefs.ref(a).get()).as("'__weakref__' listed in __slots__ makes weak references possible")
                .isSameAs(a);
        assertThat(WeakrefFacts.ACCEPTS_SLOTS_WITH_WEAKREF).as("the CPython fact this test follows: a '__weakref__' slot makes instances weakly referenceable").isTrue();
        assertThat(weakrefs.ref(b).get()).as("a base class without __slots__ already gives instances __weakref__")
                .isSameAs(b);
    }

    @Test
    @Concept("6.3")
    @Points(2)
    @DisplayName("hands out one shared ref for every ref(o) without callback")
    void callbackLessRefIsReused() {
        PyInstance o = fx.obj();
        Ref first = weakrefs.ref(o);
        assertThat(weakrefs.ref(o)).as("weakref.ref(o) is weakref.ref(o): callback-less refs are reused")
                .isSameAs(first);
        assertThat(WeakrefFacts.REF_WITHOUT_CALLBACK_REUSED).as("the CPython fact this test follows: ref(o) without callback is reused").isTrue();
        assertThat(weakrefs.ref(o, null)).as("ref(o, None) is the same as ref(o)").isSameAs(first);
        assertThat(weakrefs.ref(fx.obj())).as("each object has its own shared ref").isNotSameAs(first);
    }

    @Test
    @Concept("6.3")
    @Points(2)
    @DisplayName("makes a new ref for every ref(o, callback)")
    void refWithCallbackIsNew() {
        PyInstance o = fx.obj();
        WeakCallback cb = ref -> { };
        Ref basic = weakrefs.ref(o);
        Ref one = weakrefs.ref(o, cb);
        Ref two = weakrefs.ref(o, cb);
        assertThat(one).as("refs with a callback are never shared, even with the same callback")
                .isNotSameAs(two).isNotSameAs(basic);
        assertThat(WeakrefFacts.REF_WITH_CALLBACK_REUSED).as("the CPython fact this test follows: ref(o, callback) is never reused").isFalse();
        assertThat(one.callback()).as("a ref keeps the callback it was made with").isSameAs(cb);
        assertThat(weakrefs.ref(o)).as("making callback refs does not replace the shared ref").isSameAs(basic);
    }

    @Test
    @Concept("6.3")
    @Points(2)
    @DisplayName("counts the refs and proxies to an object, shared ones once")
    void getweakrefcountCountsRefsAndProxies() {
        PyInstance o = fx.obj();
        assertThat(weakrefs.getweakrefcount(o)).as("an object nobody refers to weakly has count 0").isZero();
        weakrefs.ref(o);
        weakrefs.ref(o);
        assertThat(weakrefs.getweakrefcount(o)).as("the shared ref counts once").isEqualTo(1);
        weakrefs.proxy(o);
        weakrefs.ref(o, ref -> { });
        weakrefs.ref(o, ref -> { });
        assertThat(weakrefs.getweakrefcount(o)).as("getweakrefcount counts the shared ref, the proxy and each callback ref")
                .isEqualTo(WeakrefFacts.WEAKREFCOUNT_BASIC_PROXY_TWO_CALLBACKS);
    }

    @Test
    @Concept("6.2")
    @Points(1)
    @DisplayName("reports a weak reference count of 0 for types that refuse weak references")
    void getweakrefcountOfAnIntIsZero() {
        assertThat(weakrefs.getweakrefcount(fx.heap.newInt(7))).as("getweakrefcount(7) is 0, not an error").isZero();
        PyInstance o = fx.obj();
        weakrefs.ref(o, ref -> { });
        assertThat(weakrefs.getweakrefcount(fx.obj())).as("another object's refs are not counted").isZero();
    }
}
