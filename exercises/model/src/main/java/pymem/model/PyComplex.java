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

    /**
     * Python's {@code repr()}: {@code 1j} when the real part is +0.0, otherwise {@code (re+imj)} with the imaginary
     * part always signed ({@code (1-0j)}, {@code (nan+0j)}, {@code (1+nanj)}); parts print as float reprs without
     * {@code .0}.
     */
    @Override
    public String repr() {
        String im = Reprs.pyFloat(imag, false);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return im + "j";
        }
        boolean negative = !Double.isNaN(imag) && Double.doubleToRawLongBits(imag) < 0;
        return "(" + Reprs.pyFloat(real, false) + (negative ? "" : "+") + im + "j)";
    }
}
