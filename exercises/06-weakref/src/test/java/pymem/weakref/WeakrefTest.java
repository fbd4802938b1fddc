package pymem.weakref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * The visible tests of exercise 06-weakref, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class WeakrefTest {
    private final Heap heap = new Heap();
    private final PyClass mys = heap.newClass("mys");
    private final WeakRefs weakrefs = new WeakRefs();

    private PyInstance newMys() {
        return heap.newInstance(mys);
    }

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Making weak references")
    class Task1 {
        @Test
        @Tag("concept:6.1")
        @DisplayName("answers the referent while it lives")
        void answersTheReferent() {
            // GIVEN obj = mys()
            PyInstance obj = newMys();
            // WHEN r = weakref.ref(obj)
            Ref r = weakrefs.ref(obj);
            // THEN r() is obj
            assertThat(r.get()).as("r() is obj").isSameAs(obj);
        }

        @Test
        @Tag("concept:6.2")
        @DisplayName("refuses an int with CPython's TypeError")
        void refusesAnInt() {
            assertThatThrownBy(() -> weakrefs.ref(heap.newInt(7)))
                    .as("weakref.ref(7)")
                    .isInstanceOf(PyException.class)
                    .hasMessage("cannot create weak reference to 'int' object");
        }

        @Test
        @Tag("concept:6.2")
        @DisplayName("refuses a list: only some containers can be weakly referenced")
        void refusesAList() {
            assertThatThrownBy(() -> weakrefs.ref(heap.newList()))
                    .as("weakref.ref([])")
                    .isInstanceOf(PyException.class)
                    .hasMessage("cannot create weak reference to 'list' object");
        }

        @Test
        @Tag("concept:6.3")
        @DisplayName("reuses the callback-less ref, never a ref with a callback")
        void reuse() {
            PyInstance obj = newMys();
            assertThat(weakrefs.ref(obj)).as("weakref.ref(o) is weakref.ref(o)").isSameAs(weakrefs.ref(obj));
            WeakCallback cb = ref -> { };
            assertThat(weakrefs.ref(obj, cb)).as("weakref.ref(o, cb) is weakref.ref(o, cb)")
                    .isNotSameAs(weakrefs.ref(obj, cb));
            assertThat(weakrefs.getweakrefcount(obj)).as("getweakrefcount(o)").isEqualTo(3);
        }
    
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Death by reference count")
    class Task2 {
        @Test
        @Tag("concept:6.1")
        @DisplayName("clears the ref at once when del frees the object (the notebook's example)")
        void notebookExample() {
            // GIVEN obj = mys(); ref_still_exist = weakref.ref(obj)
            PyInstance obj = newMys();
            Ref refStillExist = weakrefs.ref(obj);
            // WHEN del obj: the count reaches zero and the runtime calls the hook
            weakrefs.clearWeakRefs(obj);
            // THEN ref_still_exist() is None, no gc.collect() needed
            assertThat(refStillExist.get()).as("ref_still_exist() after del obj").isNull();
        }

        @Test
        @Tag("concept:6.4")
        @DisplayName("runs callbacks newest first, each with its own ref")
        void newestFirst() {
            PyInstance obj = newMys();
            List<Ref> calls = new ArrayList<>();
            Ref r1 = weakrefs.ref(obj, calls::add);
            Ref r2 = weakrefs.ref(obj, calls::add);
            Ref r3 = weakrefs.ref(obj, calls::add);
            weakrefs.clearWeakRefs(obj);
            assertThat(calls).as("callbacks run r3, r2, r1").containsExactly(r3, r2, r1);
        }

        @Test
        @Tag("concept:6.4")
        @DisplayName("clears every ref to the object before the first callback runs")
        void allClearedBeforeCallbacks() {
            PyInstance obj = newMys();
            List<Boolean> olderRefDeadInCallback = new ArrayList<>();
            Ref[] older = new Ref[1];
            older[0] = weakrefs.ref(obj, ref -> { });
            weakrefs.ref(obj, ref -> olderRefDeadInCallback.add(older[0].get() == null));
            weakrefs.clearWeakRefs(obj);
            assertThat(olderRefDeadInCallback)
                    .as("in the newest ref's callback (the first to run), the older ref must already answer None")
                    .containsExactly(true);
        }

        @Test
        @Tag("concept:6.5")
        @DisplayName("reports a raising callback and runs the rest")
        void raisingCallback() {
            PyInstance obj = newMys();
            List<String> log = new ArrayList<>();
            weakrefs.ref(obj, ref -> log.add("first"));
            weakrefs.ref(obj, ref -> {
                throw new PyException("ValueError", "boom");
            });
            weakrefs.clearWeakRefs(obj);
            assertThat(log).as("the older callback still runs").containsExactly("first");
            assertThat(weakrefs.unraisable()).as("Exception ignored in: ...").hasSize(1);
        }
    
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Death in a collection")
    class Task3 {
        @Test
        @Tag("concept:6.6")
        @DisplayName("clears refs to the unreachable objects and runs reachable refs' callbacks")
        void clearsAndCallsBack() {
            // GIVEN a <-> b, unreachable, and a reachable ref to a with a callback
            PyInstance a = newMys();
            PyInstance b = newMys();
            a.setAttribute("b", b);
            b.setAttribute("a", a);
            List<String> log = new ArrayList<>();
            Ref toA = weakrefs.ref(a, ref -> log.add("a died"));
            // WHEN the collector hands the garbage to the hook
            weakrefs.handleWeakrefs(List.of(a, b), List.of());
            // THEN
            assertThat(toA.get()).as("r() after the collection").isNull();
            assertThat(log).as("the reachable ref's callback ran").containsExactly("a died");
        }

        @Test
        @Tag("concept:6.6")
        @DisplayName("skips the callback of a weakref that is garbage itself")
        void garbageRefHasNoCallback() {
            PyInstance a = newMys();
            List<String> log = new ArrayList<>();
            Ref held = weakrefs.ref(a, ref -> log.add("should not run"));
            weakrefs.handleWeakrefs(List.of(a), List.of(held));
            assertThat(log).as("a garbage weakref's callback").isEmpty();
        }
    
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: Equality, hashing and proxies")
    class Task4 {
        @Test
        @Tag("concept:6.7")
        @DisplayName("compares living refs by referent, dead refs by identity")
        void equality() {
            PyInstance obj = newMys();
            Ref r1 = weakrefs.ref(obj);
            Ref r2 = weakrefs.ref(obj, ref -> { });
            assertThat(r1.pyEquals(r2)).as("r1 == r2 while obj lives").isTrue();
            weakrefs.clearWeakRefs(obj);
            assertThat(r1.pyEquals(r2)).as("r1 == r2 once obj died").isFalse();
        }

        @Test
        @Tag("concept:6.7")
        @DisplayName("refuses to hash a dead ref never hashed")
        void hashOfDeadRef() {
            PyInstance obj = newMys();
            Ref r = weakrefs.ref(obj);
            weakrefs.clearWeakRefs(obj);
            assertThatThrownBy(r::pyHash).isInstanceOf(PyException.class).hasMessage("weak object has gone away");
        }

        @Test
        @Tag("concept:6.7")
        @DisplayName("keeps the hash computed while the referent lived")
        void hashOutlivesTheReferent() {
            PyInstance obj = newMys();
            Ref r = weakrefs.ref(obj);
            long alive = r.pyHash();
            weakrefs.clearWeakRefs(obj);
            assertThat(r.pyHash()).as("hash(r) after the referent died: the hash computed while it lived").isEqualTo(alive);
        }

        @Test
        @Tag("concept:6.8")
        @DisplayName("raises ReferenceError through a dead proxy")
        void deadProxy() {
            PyInstance obj = newMys();
            Proxy p = weakrefs.proxy(obj);
            assertThat(p.target()).as("a living proxy's target").isSameAs(obj);
            weakrefs.clearWeakRefs(obj);
            assertThatThrownBy(p::target).isInstanceOf(PyException.class)
                    .hasMessage("weakly-referenced object no longer exists");
        }

        @Test
        @Tag("concept:6.8")
        @DisplayName("never hashes a proxy, even while its referent lives")
        void proxyIsUnhashable() {
            Proxy p = weakrefs.proxy(newMys());
            assertThatThrownBy(p::pyHash).as("hash(weakref.proxy(o))").isInstanceOf(PyException.class)
                    .hasMessage("unhashable type: 'weakref.ProxyType'");
        }
    
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: Weak containers")
    class Task5 {
        @Test
        @Tag("concept:6.9")
        @DisplayName("drop the entries of dead objects")
        void entriesVanish() {
            PyInstance obj = newMys();
            WeakValueDictionary values = new WeakValueDictionary(weakrefs);
            WeakKeyDictionary keys = new WeakKeyDictionary(weakrefs);
            WeakSet set = new WeakSet(weakrefs);
            values.put("k", obj);
            keys.put(obj, heap.newInt(1));
            set.add(obj);
            weakrefs.clearWeakRefs(obj);
            assertThat(values.size()).as("len(WeakValueDictionary)").isZero();
            assertThat(keys.size()).as("len(WeakKeyDictionary)").isZero();
            assertThat(set.size()).as("len(WeakSet)").isZero();
        }

        @Test
        @Tag("concept:6.9")
        @DisplayName("keeps the new value when the value a key used to have dies: d['k'] = a; d['k'] = b; del a")
        void oldValueDeathKeepsTheNewEntry() {
            PyInstance a = newMys();
            PyInstance b = newMys();
            WeakValueDictionary d = new WeakValueDictionary(weakrefs);
            d.put("k", a);
            d.put("k", b);
            weakrefs.clearWeakRefs(a);
            assertThat(d.size()).as("len(d) after a died: 'k' now holds b").isEqualTo(1);
            assertThat(d.get("k")).as("d['k']").isSameAs(b);
        }

        @Test
        @Tag("concept:6.9")
        @DisplayName("keep iterating while members die")
        void iterationIsSafe() {
            WeakSet set = new WeakSet(weakrefs);
            PyInstance a = newMys();
            PyInstance b = newMys();
            set.add(a);
            set.add(b);
            List<PyObject> seen = new ArrayList<>();
            for (PyObject member : set) {
                weakrefs.clearWeakRefs(b);
                seen.add(member);
            }
            assertThat(seen).as("b died before the loop reached it").containsExactly(a);
        }
    
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: finalize")
    class Task6 {
        @Test
        @Tag("concept:6.10")
        @DisplayName("calls func once, at death or at the first call")
        void once() {
            PyInstance obj = newMys();
            List<PyObject> calls = new ArrayList<>();
            Finalize f = weakrefs.finalize(obj, heap.newFunction("f", args -> {
                calls.addAll(args);
                return heap.newNone();
            }), heap.newStr("bye"));
            weakrefs.clearWeakRefs(obj);
            assertThat(calls).as("func ran with its args").hasSize(1);
            assertThat(f.alive()).as("f.alive after it ran").isFalse();
            assertThat(f.call()).as("f() once dead").isNull();
        }

        @Test
        @Tag("concept:6.10")
        @DisplayName("runs at exit newest first")
        void atExit() {
            List<String> order = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                weakrefs.finalize(newMys(), heap.newFunction(name, args -> {
                    order.add(name);
                    return heap.newNone();
                }));
            }
            weakrefs.runAtExit();
            assertThat(order).as("atexit order").containsExactly("second", "first");
        }
    
    }
}
