package pymem.model;

import java.math.BigInteger;

/**
 * An {@code int}: an arbitrary-precision integer. CPython stores it as 30-bit "digits"; the model keeps
 * a {@link BigInteger} and lets exercises derive the digits when they need them.
 */
public final class PyInt extends PyAtom {
    private final BigInteger value;

    public PyInt(BigInteger value) {
        super(Kind.INT);
        this.value = value;
    }

    public PyInt(long value) {
        this(BigInteger.valueOf(value));
    }

    public BigInteger value() {
        return value;
    }

    /** The value as a long; throws ArithmeticException if it does not fit. */
    public long longValue() {
        return value.longValueExact();
    }

    @Override
    public String repr() {
        return value.toString();
    }
}
