package pymem.weakref;

/**
 * The callback of a weak reference: {@code weakref.ref(obj, callback)}. CPython calls it once, after the
 * referent has died, with the (now dead) weak reference as its only argument.
 *
 * <p>A callback may raise: throwing a {@link pymem.model.PyException} is the model's {@code raise}. The
 * runtime never lets that exception escape; it reports it (see {@link WeakRefs#unraisable()}).
 */
@FunctionalInterface
public interface WeakCallback {
    /** Called with the weak reference whose referent just died; {@code ref.get()} is already null. */
    void call(Ref ref);
}
