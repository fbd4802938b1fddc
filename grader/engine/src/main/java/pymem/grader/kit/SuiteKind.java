package pymem.grader.kit;

/** Which tests grade: the kit's hidden tests, or the exercises' visible ones (the student edition has no others). */
public enum SuiteKind {
    HIDDEN("hidden"),
    VISIBLE("visible");

    private final String label;

    SuiteKind(String label) {
        this.label = label;
    }

    /** The kind in words, as reports print it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
