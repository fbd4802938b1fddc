package pymem.weakref;

import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * A weak proxy, what {@code weakref.proxy(obj)} returns: it stands in for {@code obj} (attribute access,
 * calls) without keeping it alive. Made only by {@link WeakRefs#proxy}.
 */
public final class Proxy {
    private PyObject referent;
    private final boolean callable;

    Proxy(PyObject referent) {
        this.referent = referent;
        this.callable = Referents.isCallable(referent);
    }

    /**
     * The object every operation on the proxy is forwarded to.
     *
     * @throws PyException ReferenceError {@code weakly-referenced object no longer exists} once it died
     */
    public PyObject target() {
        if (referent == null) {
            throw new PyException("ReferenceError", "weakly-referenced object no longer exists");
        }
        return referent;
    }

    /**
     * {@code type(p).__name__}: {@code CallableProxyType} when the referent is callable (a function, a class,
     * or an instance whose class or a base defines {@code __call__}), else {@code ProxyType}.
     */
    public String typeName() {
        return callable ? "CallableProxyType" : "ProxyType";
    }

    /**
     * {@code hash(p)}: proxies are never hashable, alive or dead (a proxy must not pretend to be its referent
     * in a dict).
     *
     * @throws PyException always: TypeError {@code unhashable type: 'weakref.ProxyType'} (or
     *                     {@code 'weakref.CallableProxyType'})
     */
    public long pyHash() {
        throw new PyException("TypeError", "unhashable type: 'weakref." + typeName() + "'");
    }

    void clear() {
        referent = null;
    }
}
