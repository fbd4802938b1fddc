package pymem.grader.report;

/**
 * How much of each exercise's failures the console report lists below the score table. The JSON, XML and HTML
 * reports always hold everything: this is about what fits on a student's screen.
 */
public enum FailureListing {
    /** The score table only ({@code ./grade -q}). */
    NONE,
    /**
     * Every failure of the exercises with some progress; an exercise with none (no point, or no test passing)
     * folds into one line that says how to see it ({@code ./grade}: the stubs' 1,000 lines of failures would
     * bury the few that matter).
     */
    FOLD_NOT_STARTED,
    /** Every failure of every exercise ({@code ./grade 04}: the one exercise the student asked about). */
    ALL,
    /** The first failure only, of the first exercise that has one ({@code ./grade --watch}: the next thing to fix). */
    FIRST
}
