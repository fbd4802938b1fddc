package pymem.grader.score;

/** How far an exercise of a submission got: graded, or stopped before its tests with the reason's kind. */
public enum ExerciseStatus {
    GRADED("graded"),
    NOT_SUBMITTED("not submitted"),
    /** Its sources are the stub's, unchanged ({@code kit.StubPrints}): every test fails on a stub, nothing is run. */
    NOT_STARTED("not started"),
    /** An entry of the exercise's sources is a link, a special file, too large, ...: see the detail. */
    REFUSED("refused"),
    COMPILE_ERROR("compile error"),
    /** Compiling it took longer or needed more memory than the grader's bounds allow. */
    BOUND_EXCEEDED("over the grader's bounds"),
    RULE_VIOLATION("rule violation");

    private final String label;

    ExerciseStatus(String label) {
        this.label = label;
    }

    /** What reports print: the status in words. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
