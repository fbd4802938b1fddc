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
    private final WeakRefs weakrefs;
    private final PyObject obj;
    private final PyFunction func;
    private final List<PyObject> args;

    Finalize(WeakRefs weakrefs, PyObject obj, PyFunction func, List<PyObject> args) {
        this.weakrefs = weakrefs;
        this.obj = obj;
        this.func = func;
        this.args = args;
    }

    /**
     * {@code f()}: if the finalizer is alive, marks it dead and returns what {@code func(*args)} returns;
     * otherwise returns {@code null} (None) and calls nothing. An exception from func reaches the caller.
     */
    public PyObject call() {
        throw new UnsupportedOperationException("TODO task 6: Finalize.call");
    }

    /** {@code f.alive}: true until the finalizer has been called or detached. */
    public boolean alive() {
        throw new UnsupportedOperationException("TODO task 6: Finalize.alive");
    }

    /**
     * {@code f.detach()}: if the finalizer is alive and obj still lives, marks it dead without calling
     * anything and returns {@code (obj, func, args)}; otherwise returns {@code null}.
     */
    public FinalizeInfo detach() {
        throw new UnsupportedOperationException("TODO task 6: Finalize.detach");
    }

    /** {@code f.peek()}: {@code (obj, func, args)} while alive and obj lives, else {@code null}; changes nothing. */
    public FinalizeInfo peek() {
        throw new UnsupportedOperationException("TODO task 6: Finalize.peek");
    }

    /** {@code f.atexit}: whether {@link WeakRefs#runAtExit()} calls it if still alive (default true). */
    public boolean atexit() {
        throw new UnsupportedOperationException("TODO task 6: Finalize.atexit");
    }

    /** {@code f.atexit = value}. */
    public void setAtexit(boolean atexit) {
        throw new UnsupportedOperationException("TODO task 6: Finalize.setAtexit");
    }
}
