package pymem.weakref;

import java.util.List;
import pymem.model.PyFunction;
import pymem.model.PyObject;

/**
 * {@code weakref.finalize(obj, func, *args)}: calls {@code func(*args)} at most once, either when
 * {@code obj} dies or on the first explicit {@link #call()}, whichever comes first. Made only by
 * {@link WeakRefs#finalize}. The runtime keeps every finalizer alive until it has run or been detached,
 * so a caller may drop it.
 */
public final class Finalize {
    private final PyFunction func;
    private final List<PyObject> args;
    /** The weak reference whose callback is this finalizer: it never keeps obj alive. */
    private final Ref watch;
    private boolean alive = true;
    private boolean atexit = true;

    Finalize(WeakRefs weakrefs, PyObject obj, PyFunction func, List<PyObject> args) {
        this.func = func;
        this.args = List.copyOf(args);
        this.watch = weakrefs.ref(obj, dead -> call());
    }

    /**
     * {@code f()}: if the finalizer is alive, marks it dead and returns what {@code func(*args)} returns;
     * otherwise returns {@code null} (None) and calls nothing. An exception from func reaches the caller.
     */
    public PyObject call() {
        if (!alive) {
            return null;
        }
        alive = false;
        return func.call(args);
    }

    /** {@code f.alive}: true until the finalizer has been called or detached. */
    public boolean alive() {
        return alive;
    }

    /**
     * {@code f.detach()}: if the finalizer is alive and obj still lives, marks it dead without calling
     * anything and returns {@code (obj, func, args)}; otherwise returns {@code null}.
     */
    public FinalizeInfo detach() {
        FinalizeInfo info = peek();
        if (info != null) {
            alive = false;
        }
        return info;
    }

    /** {@code f.peek()}: {@code (obj, func, args)} while alive and obj lives, else {@code null}; changes nothing. */
    public FinalizeInfo peek() {
        PyObject obj = watch.get();
        if (obj == null || !alive) {
            return null;
        }
        return new FinalizeInfo(obj, func, args);
    }

    /** {@code f.atexit}: whether {@link WeakRefs#runAtExit()} calls it if still alive (default true). */
    public boolean atexit() {
        return atexit;
    }

    /** {@code f.atexit = value}. */
    public void setAtexit(boolean atexit) {
        this.atexit = atexit;
    }
}
