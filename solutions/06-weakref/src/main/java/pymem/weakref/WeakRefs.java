package pymem.weakref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * The {@code weakref} module of one interpreter, plus the two hooks the runtime calls when objects die:
 * {@link #clearWeakRefs} (a reference count reached zero) and {@link #handleWeakrefs} (a garbage collection
 * found objects unreachable). Keep the weak references to an object in that object's
 * {@link PyObject#weakrefs()} slot.
 */
public final class WeakRefs {
    /** Exceptions raised by callbacks, in the order CPython would print "Exception ignored in: ...". */
    private final List<PyException> unraisable = new ArrayList<>();
    /** Every finalizer made, in creation order (finalize's _index), for the at-exit pass. */
    private final List<Finalize> finalizers = new ArrayList<>();

    /**
     * {@code weakref.ref(obj)}: a weak reference without callback. While such a ref to obj lives, every call
     * returns that same ref.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'int' object} (with obj's type
     *                     name) when obj's type does not support weak references
     */
    public Ref ref(PyObject obj) {
        return ref(obj, null);
    }

    /**
     * {@code weakref.ref(obj, callback)}: with a callback, always a new ref; a {@code null} callback is the
     * same as {@link #ref(PyObject)}. Supported referents: sets, frozensets, classes, functions, and
     * instances (unless every class of the instance declares {@code __slots__} without {@code __weakref__}).
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} otherwise
     */
    public Ref ref(PyObject obj, WeakCallback callback) {
        WeakRefList list = listFor(obj);
        if (callback == null) {
            if (list.basicRef == null) {
                list.basicRef = new Ref(obj, null);
            }
            return list.basicRef;
        }
        Ref ref = new Ref(obj, callback);
        list.withCallbacks.add(ref);
        return ref;
    }

    /**
     * {@code weakref.proxy(obj)}: a proxy without callback, shared like a callback-less ref.
     *
     * @throws PyException the same TypeError as {@link #ref(PyObject)} for unsupported types
     */
    public Proxy proxy(PyObject obj) {
        WeakRefList list = listFor(obj);
        if (list.basicProxy == null) {
            list.basicProxy = new Proxy(obj);
        }
        return list.basicProxy;
    }

    /** {@code weakref.getweakrefcount(obj)}: how many refs and proxies refer to obj now (0 for any type). */
    public int getweakrefcount(PyObject obj) {
        return obj.weakrefs() instanceof WeakRefList list ? list.size() : 0;
    }

    /**
     * Hook: {@code PyObject_ClearWeakRefs(obj)}, which the runtime calls when obj's reference count reaches
     * zero, before freeing it. Every ref and proxy to obj answers None from now on; then the callbacks run,
     * newest ref first, each receiving its ref. A callback that raises is reported ({@link #unraisable()})
     * and the others still run.
     */
    public void clearWeakRefs(PyObject obj) {
        if (obj.weakrefs() instanceof WeakRefList list) {
            runCallbacks(list.clearAll());
        }
    }

    /**
     * Hook: the collector's {@code handle_weakrefs} step, called after a collection found {@code unreachable}
     * and before any finalizer runs. {@code garbageRefs} are the weak references that are garbage too
     * (in CPython they sit in the same unreachable list; model refs live outside the object graph, so the
     * collector names them). Afterwards every ref to an unreachable object, and every garbage ref, answers
     * None; only then do callbacks run, and only those of refs that are not garbage themselves.
     */
    public void handleWeakrefs(Collection<? extends PyObject> unreachable, Collection<Ref> garbageRefs) {
        Map<Ref, Boolean> garbage = new IdentityHashMap<>();
        for (Ref ref : garbageRefs) {
            garbage.put(ref, Boolean.TRUE);
            detach(ref);
        }
        List<Ref> toCall = new ArrayList<>();
        for (PyObject obj : unreachable) {
            if (obj.weakrefs() instanceof WeakRefList list) {
                for (Ref ref : list.clearAll()) {
                    // A garbage ref's callback could see objects the collector is about to free (bpo-38006).
                    if (!garbage.containsKey(ref)) {
                        toCall.add(ref);
                    }
                }
            }
        }
        runCallbacks(toCall);
    }

    /** The exceptions callbacks raised, oldest first (CPython prints each as "Exception ignored in: ..."). */
    public List<PyException> unraisable() {
        return Collections.unmodifiableList(unraisable);
    }

    /**
     * {@code weakref.finalize(obj, func, *args)}: a finalizer that calls {@code func(*args)} when obj dies,
     * unless called or detached before.
     *
     * @throws PyException the same TypeError as {@link #ref(PyObject)} for unsupported types
     */
    public Finalize finalize(PyObject obj, PyFunction func, PyObject... args) {
        Finalize finalizer = new Finalize(this, obj, func, Arrays.asList(args));
        finalizers.add(finalizer);
        return finalizer;
    }

    /**
     * What happens at interpreter exit: every finalizer still alive whose {@code atexit} is true is called,
     * newest first. A finalizer that raises is reported ({@link #unraisable()}) and the others still run.
     */
    public void runAtExit() {
        for (int i = finalizers.size() - 1; i >= 0; i--) {
            Finalize finalizer = finalizers.get(i);
            if (finalizer.alive() && finalizer.atexit()) {
                try {
                    finalizer.call();
                } catch (PyException e) {
                    unraisable.add(e);
                }
            }
        }
    }

    private void runCallbacks(List<Ref> refs) {
        for (Ref ref : refs) {
            try {
                ref.callback().call(ref);
            } catch (PyException e) {
                unraisable.add(e);
            }
        }
    }

    /** Clears one ref and unlinks it from its referent's list, leaving the referent's other refs alone. */
    private static void detach(Ref ref) {
        PyObject referent = ref.get();
        if (referent != null && referent.weakrefs() instanceof WeakRefList list) {
            list.remove(ref);
        }
        ref.clear();
    }

    /**
     * The TypeError {@code weakref.ref(obj)} raises for a type without a weak reference list; a weak
     * container checks this before anything else, as its {@code ref(key)} comes first.
     */
    static void requireWeakrefable(PyObject obj) {
        if (!supportsWeakrefs(obj)) {
            throw new PyException("TypeError", "cannot create weak reference to '" + obj.typeName() + "' object");
        }
    }

    private static WeakRefList listFor(PyObject obj) {
        requireWeakrefable(obj);
        if (!(obj.weakrefs() instanceof WeakRefList)) {
            obj.setWeakrefs(new WeakRefList());
        }
        return (WeakRefList) obj.weakrefs();
    }

    /** CPython's tp_weaklistoffset != 0: which types reserve room for a weak reference list. */
    static boolean supportsWeakrefs(PyObject obj) {
        switch (obj.kind()) {
            case SET, FROZENSET, CLASS, FUNCTION:
                return true;
            case INSTANCE:
                return hasWeakrefSlot(((PyInstance) obj).cls());
            default:
                return false;
        }
    }

    /** A class gets __weakref__ unless it, and every base, declares __slots__ without "__weakref__". */
    private static boolean hasWeakrefSlot(PyClass cls) {
        if (cls.slots() == null || cls.slots().contains("__weakref__")) {
            return true;
        }
        for (PyClass base : cls.bases()) {
            if (hasWeakrefSlot(base)) {
                return true;
            }
        }
        return false;
    }
}
