package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PySet;

/** Adapted from Lib/test/test_weakref.py: test_equality, test_hashing, test_proxy_ref, test_proxy_reuse. */
@DisplayName("Equality, hashing and proxies (task 4)")
@Tag("task:4")
class EqualityHashProxyHiddenTest {
    private final WeakrefFixtures fx = new WeakrefFixtures();
    private final WeakRefs weakrefs = fx.weakrefs;

    @Test
    @Concept("6.7")
    @Points(2)
    @DisplayName("compares living refs by their referents")
    void liveRefsCompareByReferent() {
        PyInstance o1 = fx.obj();
        PyInstance o2 = fx.obj();
        Ref r1 = weakrefs.ref(o1);
        Ref r1cb = weakrefs.ref(o1, ref -> { });
        Ref r2 = weakrefs.ref(o2);
        assertThat(r1.pyEquals(r1cb)).as("two living refs to the same object are equal, callback or not")
                .isEqualTo(WeakrefFacts.LIVE_REFS_SAME_REFERENT_EQUAL);
        assertThat(r1cb.pyEquals(r1)).as("equality of refs is symmetric").isTrue();
        assertThat(r1.pyEquals(r2)).as("living refs to different objects differ")
                .isEqualTo(WeakrefFacts.LIVE_REFS_OTHER_REFERENT_EQUAL);
    }

    @Test
    @Concept("6.7")
    @Points(3)
    @DisplayName("makes a dead ref equal only to itself")
    void deadRefsEqualOnlyThemselves() {
        PyInstance o = fx.obj();
        Ref r1 = weakrefs.ref(o);
        Ref r2 = weakrefs.ref(o, ref -> { });
        weakrefs.clearWeakRefs(o);
        assertThat(r1.pyEquals(r2)).as("two dead refs are not equal, even if they once had the same referent")
                .isEqualTo(WeakrefFacts.DEAD_REFS_EQUAL);
        assertThat(r1.pyEquals(r1)).as("a dead ref still equals itself").isEqualTo(WeakrefFacts.DEAD_REF_EQUALS_ITSELF);
        assertThat(r2.pyEquals(r2)).as("a dead ref with a callback still equals itself").isTrue();
    }

    @Test
    @Concept("6.7")
    @Points(1)
    @DisplayName("never makes a dead ref equal to a living one")
    void deadAndLivingRefsDiffer() {
        PyInstance dying = fx.obj();
        PyInstance living = fx.obj();
        Ref dead = weakrefs.ref(dying);
        Ref alive = weakrefs.ref(living);
        weakrefs.clearWeakRefs(dying);
        assertThat(dead.pyEquals(alive)).as("a dead ref compared with a living ref is not equal").isFalse();
        assertThat(alive.pyEquals(dead)).as("... whichever side is dead").isFalse();
    }

    @Test
    @Concept("6.7")
    @Points(2)
    @DisplayName("hashes a ref as its referent, CPython's address rotated right by 4 bits")
    void hashIsReferentHash() {
        PyInstance o = fx.obj();
        fx.obj();
        Ref r = weakrefs.ref(o);
        long expected = Long.rotateRight(o.address(), 4);
        assertThat(r.pyHash()).as("hash(r) == hash(o), and hash(o) is id(o) rotated right by 4 bits")
                .isEqualTo(expected);
        assertThat(WeakrefFacts.REF_HASH_IS_REFERENT_HASH && WeakrefFacts.OBJECT_HASH_ROTATES_ID_BY_4).as("the CPython facts this test follows: hash(ref) is the referent's hash, id rotated right by 4 bits").isTrue();
        assertThat(weakrefs.ref(fx.obj()).pyHash()).as("refs to different objects hash differently")
                .isNotEqualTo(expected);
    }

    @Test
    @Concept("6.7")
    @Points(2)
    @DisplayName("keeps the hash computed while alive after the referent dies")
    void hashIsCachedAcrossDeath() {
        PyInstance o = fx.obj();
        Ref r = weakrefs.ref(o);
        long before = r.pyHash();
        weakrefs.clearWeakRefs(o);
        assertThat(r.pyHash() == before).as("hash(r) is cached: a dead ref hashed before stays hashable")
                .isEqualTo(WeakrefFacts.DEAD_REF_HASH_CACHED);
    }

    @Test
    @Concept("6.7")
    @Points(2)
    @DisplayName("refuses to hash a dead ref that was never hashed while alive")
    void deadNeverHashedRaises() {
        PyInstance o = fx.obj();
        Ref r = weakrefs.ref(o, ref -> { });
        weakrefs.clearWeakRefs(o);
        PyException e = catchThrowableOfType(PyException.class, r::pyHash);
        assertThat(e).as("hash of a dead ref with no cached hash must raise TypeError").isNotNull();
        assertThat(e.pythonType()).as("hash of a dead ref never hashed must raise TypeError").isEqualTo("TypeError");
        assertThat(e.getMessage()).as("CPython's message").isEqualTo(WeakrefFacts.DEAD_NEVER_HASHED);
    }

    @Test
    @Concept("6.7")
    @Points(1)
    @DisplayName("refuses to hash a ref to a set, which is unhashable")
    void refToSetIsUnhashable() {
        PySet s = fx.heap.newSet();
        PyException e = catchThrowableOfType(PyException.class, () -> weakrefs.ref(s).pyHash());
        assertThat(e).as("hash(ref(set())) hashes the set, which raises").isNotNull();
        assertThat(e.getMessage()).as("hash(ref(set())) must raise the set's own TypeError message").isEqualTo(WeakrefFacts.UNHASHABLE_SET);
    }

    @Test
    @Concept("6.8")
    @Points(2)
    @DisplayName("gives a shared proxy that forwards to the living referent")
    void proxyForwardsWhileAlive() {
        PyInstance o = fx.obj();
        Proxy p = weakrefs.proxy(o);
        assertThat(p.target()).as("a living proxy stands for its referent").isSameAs(o);
        assertThat(weakrefs.proxy(o)).as("weakref.proxy(o) is weakref.proxy(o): callback-less proxies are shared")
                .isSameAs(p);
        assertThat(WeakrefFacts.PROXY_WITHOUT_CALLBACK_REUSED).as("the CPython fact this test follows: proxy(o) without callback is reused").isTrue();
        assertThat(p.typeName()).as("type(proxy).__name__").isEqualTo(WeakrefFacts.PROXY_TYPE_NAME);
    }

    @Test
    @Concept("6.8")
    @Points(2)
    @DisplayName("raises ReferenceError when a dead proxy is used")
    void deadProxyRaises() {
        PyInstance o = fx.obj();
        Proxy p = weakrefs.proxy(o);
        weakrefs.clearWeakRefs(o);
        PyException e = catchThrowableOfType(PyException.class, p::target);
        assertThat(e).as("using a proxy whose referent died raises").isNotNull();
        assertThat(e.pythonType()).as("the exception type").isEqualTo(WeakrefFacts.DEAD_PROXY_ERROR_TYPE);
        assertThat(e.getMessage()).as("CPython's message").isEqualTo(WeakrefFacts.DEAD_PROXY_ERROR);
    }

    @Test
    @Concept("6.8")
    @Points(1)
    @DisplayName("never hashes a proxy, and names callable proxies apart")
    void proxiesAreUnhashable() {
        PyInstance o = fx.obj();
        PyFunction f = fx.heap.newFunction("f", args -> args.get(0));
        PyException plain = catchThrowableOfType(PyException.class, () -> weakrefs.proxy(o).pyHash());
        PyException callable = catchThrowableOfType(PyException.class, () -> weakrefs.proxy(f).pyHash());
        assertThat(plain).as("a proxy is unhashable even while its referent lives").isNotNull();
        assertThat(plain.getMessage()).as("hash(proxy(o)) must raise CPython's message").isEqualTo(WeakrefFacts.PROXY_UNHASHABLE);
        assertThat(callable).as("a proxy to a function is unhashable too").isNotNull();
        assertThat(callable.getMessage()).as("hash(proxy(f)) of a function must raise CPython's message for a callable proxy").isEqualTo(WeakrefFacts.CALLABLE_PROXY_UNHASHABLE);
        assertThat(weakrefs.proxy(fx.cls).typeName()).as("a proxy to a class is callable")
                .isEqualTo(WeakrefFacts.CALLABLE_PROXY_TYPE_NAME);
    }

    @Test
    @Concept("6.2")
    @Points(1)
    @DisplayName("refuses a proxy to an int like a ref")
    void proxyToIntRefused() {
        PyException e = catchThrowableOfType(PyException.class, () -> weakrefs.proxy(fx.heap.newInt(3)));
        assertThat(e).as("weakref.proxy(3) raises TypeError like weakref.ref(3)").isNotNull();
        assertThat(e.getMessage()).as("proxy(5) must raise CPython's TypeError message").isEqualTo(WeakrefFacts.REFUSED_INT);
    }

    @Test
    @Concept("6.7")
    @Points(2)
    @DisplayName("keeps the hash of a ref with a callback after its referent dies in a collection")
    void hashOfCallbackRefCachedAcrossCollection() {
        PyInstance o = fx.obj();
        Ref withCallback = weakrefs.ref(o, ref -> { });
        long before = withCallback.pyHash();
        weakrefs.handleWeakrefs(java.util.List.of(o), java.util.List.of());
        assertThat(withCallback.get()).as("the collection cleared the ref").isNull();
        assertThat(withCallback.pyHash() == before).as("hash(r) was computed while o lived: it is kept, so a dead ref "
                + "stays usable as a dict key").isEqualTo(WeakrefFacts.DEAD_REF_WITH_CALLBACK_HASH_CACHED);
    }

    @Test
    @Concept("6.8")
    @Points(2)
    @DisplayName("refuses to hash a proxy whose referent died, with the same TypeError as a live one")
    void deadProxyIsUnhashable() {
        PyInstance o = fx.obj();
        Proxy p = weakrefs.proxy(o);
        weakrefs.clearWeakRefs(o);
        PyException e = catchThrowableOfType(PyException.class, p::pyHash);
        assertThat(e).as("a proxy is never hashable, dead or alive: hash(p) raises TypeError, not ReferenceError").isNotNull();
        assertThat(e.pythonType()).as("the exception type").isEqualTo("TypeError");
        assertThat(e.getMessage()).as("CPython's message").isEqualTo(WeakrefFacts.DEAD_PROXY_UNHASHABLE);
    }

    @Test
    @Concept("6.8")
    @Points(1)
    @DisplayName("names a proxy to any callable object CallableProxyType")
    void callableInstanceProxies() {
        PyClass callMe = fx.heap.newClass("CallMe");
        callMe.setAttribute("__call__", fx.heap.newFunction("__call__", args -> fx.heap.newInt(1)));
        PyClass child = fx.heap.register(new PyClass("CallMeChild", List.of(callMe), null));
        Proxy p = weakrefs.proxy(fx.heap.newInstance(callMe));
        assertThat(p.typeName()).as("an instance whose class defines __call__ is callable: its proxy is callable")
                .isEqualTo(WeakrefFacts.PROXY_TYPE_OF_CALLABLE_INSTANCE);
        assertThat(weakrefs.proxy(fx.heap.newInstance(child)).typeName()).as("__call__ inherited from a base counts")
                .isEqualTo(WeakrefFacts.PROXY_TYPE_OF_CALLABLE_BASE_INSTANCE);
        assertThat(catchThrowableOfType(PyException.class, p::pyHash).getMessage())
                .as("hash() of a callable proxy names its type").isEqualTo(WeakrefFacts.CALLABLE_INSTANCE_PROXY_UNHASHABLE);
        assertThat(weakrefs.proxy(fx.heap.newFunction("f", args -> args.get(0))).typeName())
                .as("a function is callable").isEqualTo(WeakrefFacts.PROXY_TYPE_OF_FUNCTION);
        assertThat(weakrefs.proxy(fx.heap.newSet()).typeName()).as("a set is not callable")
                .isEqualTo(WeakrefFacts.PROXY_TYPE_OF_SET);
    }
}

