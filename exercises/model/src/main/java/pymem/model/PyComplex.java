package pymem.model;

/** A {@code complex}: two doubles, the real and the imaginary part. */
public final class PyComplex extends PyAtom {
    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        super(Kind.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    @Override
    public String repr() {
        String im = new PyFloat(imag).repr().replaceAll("\\.0$", "");
        if (real == 0 && 1 / real > 0) {
            return im + "j";
        }
        String re = new PyFloat(real).repr().replaceAll("\\.0$", "");
        return "(" + re + (imag >= 0 ? "+" : "") + im + "j)";
    }
}
