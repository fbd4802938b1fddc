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

    @Override
    public String repr() {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e16 ? String.format("%.1f", value) : Double.toString(value);
    }
}
