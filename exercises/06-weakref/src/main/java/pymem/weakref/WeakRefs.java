package pymem.weakref;

import java.util.Collection;
import java.util.List;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyObject;

/**
 * The {@code weakref} module of one interpreter, plus the two hooks the runtime calls when objects die:
 * {@link #clearWeakRefs} (a reference count reached zero) and {@link #handleWeakrefs} (a garbage collection
 * found objects unreachable). Keep the weak references to an object in that object's
 * {@link PyObject#weakrefs()} slot.
 */
public final class WeakRefs {

    /**
     * {@code weakref.ref(obj)}: a weak reference without callback. While such a ref to obj lives, every call
     * returns that same ref.
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'int' object} (with obj's type
     *                     name) when obj's type does not support weak references
     */
    public Ref ref(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: WeakRefs.ref");
    }

    /**
     * {@code weakref.ref(obj, callback)}: with a callback, always a new ref; a {@code null} callback is the
     * same as {@link #ref(PyObject)}. Supported referents: sets, frozensets, classes, functions, and
     * instances (unless every class of the instance declares {@code __slots__} without {@code __weakref__}).
     *
     * @throws PyException TypeError {@code cannot create weak reference to 'T' object} otherwise
     */
    public Ref ref(PyObject obj, WeakCallback callback) {
        throw new UnsupportedOperationException("TODO task 1: WeakRefs.ref");
    }

    /**
     * {@code weakref.proxy(obj)}: a proxy without callback, shared like a callback-less ref.
     *
     * @throws PyException the same TypeError as {@link #ref(PyObject)} for unsupported types
     */
    public Proxy proxy(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 4: WeakRefs.proxy");
    }

    /** {@code weakref.getweakrefcount(obj)}: how many refs and proxies refer to obj now (0 for any type). */
    public int getweakrefcount(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 1: WeakRefs.getweakrefcount");
    }

    /**
     * Hook: {@code PyObject_ClearWeakRefs(obj)}, which the runtime calls when obj's reference count reaches
     * zero, before freeing it. Every ref and proxy to obj answers None from now on; then the callbacks run,
     * newest ref first, each receiving its ref. A callback that raises is reported ({@link #unraisable()})
     * and the others still run.
     */
    public void clearWeakRefs(PyObject obj) {
        throw new UnsupportedOperationException("TODO task 2: WeakRefs.clearWeakRefs");
    }

    /**
     * Hook: the collector's {@code handle_weakrefs} step, called after a collection found {@code unreachable}
     * and before any finalizer runs. {@code garbageRefs} are the weak references that are garbage too
     * (in CPython they sit in the same unreachable list; model refs live outside the object graph, so the
     * collector names them). Afterwards every ref to an unreachable object, and every garbage ref, answers
     * None; only then do callbacks run, and only those of refs that are not garbage themselves.
     */
    public void handleWeakrefs(Collection<? extends PyObject> unreachable, Collection<Ref> garbageRefs) {
        throw new UnsupportedOperationException("TODO task 3: WeakRefs.handleWeakrefs");
    }

    /** The exceptions callbacks raised, oldest first (CPython prints each as "Exception ignored in: ..."). */
    public List<PyException> unraisable() {
        throw new UnsupportedOperationException("TODO task 2: WeakRefs.unraisable");
    }

    /**
     * {@code weakref.finalize(obj, func, *args)}: a finalizer that calls {@code func(*args)} when obj dies,
     * unless called or detached before.
     *
     * @throws PyException the same TypeError as {@link #ref(PyObject)} for unsupported types
     */
    public Finalize finalize(PyObject obj, PyFunction func, PyObject... args) {
        throw new UnsupportedOperationException("TODO task 6: WeakRefs.finalize");
    }

    /**
     * What happens at interpreter exit: every finalizer still alive whose {@code atexit} is true is called,
     * newest first. A finalizer that raises is reported ({@link #unraisable()}) and the others still run.
     */
    public void runAtExit() {
        throw new UnsupportedOperationException("TODO task 6: WeakRefs.runAtExit");
    }
}
