package pymem.grader.score;

/** How well a submission holds one concept: by the share of that concept's tests it passes. */
public enum ConceptStatus {
    /** Every test of the concept passed. */
    HELD("held"),
    /** Some passed, some failed. */
    PARTLY("partly"),
    /** None passed. */
    MISSED("missed");

    private final String label;

    ConceptStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
