package pymem.model;

/** {@code True} or {@code False}. In Python bool is a subclass of int: True == 1 and False == 0. */
public final class PyBool extends PyAtom {
    private final boolean value;

    public PyBool(boolean value) {
        super(Kind.BOOL);
        this.value = value;
    }

    public boolean value() {
        return value;
    }

    @Override
    public String repr() {
        return value ? "True" : "False";
    }
}
