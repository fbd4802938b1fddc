package pymem.model;

/**
 * A {@code str}: a sequence of Unicode code points. The model stores a Java string; exercises that care
 * about CPython's storage (one, two or four bytes per character) compute it from {@link #maxCodePoint()}.
 */
public final class PyStr extends PyAtom {
    private final String value;

    public PyStr(String value) {
        super(Kind.STR);
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** {@code len(s)}: the number of code points (not Java chars). */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    /** The largest code point in the string, 0 for the empty string. */
    public int maxCodePoint() {
        return value.codePoints().max().orElse(0);
    }

    /** Python's {@code repr()}: {@code 'a'}, {@code "it's"}, {@code 'a\\nb'}, {@code '\\x00'}. */
    @Override
    public String repr() {
        return Reprs.pyStr(value);
    }
}
