package pymem.model;

/** An immutable {@code frozenset}: its elements are fixed when it is made. */
public final class PyFrozenSet extends PyAnySet {
    public PyFrozenSet(Iterable<? extends PyObject> elements) {
        super(Kind.FROZENSET, elements);
    }

    @Override
    public String repr() {
        return size() == 0 ? "frozenset()" : Reprs.join(this, "frozenset({", elements(), "})", "frozenset(...)");
    }
}
