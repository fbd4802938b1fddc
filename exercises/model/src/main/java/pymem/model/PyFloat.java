package pymem.model;

/** A {@code float}: a 64-bit IEEE double. */
public final class PyFloat extends PyAtom {
    private final double value;

    public PyFloat(double value) {
        super(Kind.FLOAT);
        this.value = value;
    }

    public double value() {
        return value;
    }

    /** Python's {@code repr()}: {@code 1.5}, {@code 1e+16}, {@code 1e-05}, {@code -0.0}, {@code nan}, {@code inf}. */
    @Override
    public String repr() {
        return Reprs.pyFloat(value, true);
    }
}
