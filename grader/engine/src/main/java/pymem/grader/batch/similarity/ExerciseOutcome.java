package pymem.grader.batch.similarity;

/**
 * What the similarity check did with one exercise: an exercise it could not compare is named with the reason,
 * so that "no pair found" is never mistaken for "not looked at".
 *
 * @param exercise    the exercise's folder
 * @param status      compared, or why not
 * @param submissions how many students handed in code for it
 * @param detail      one line: the reason when not compared
 * @param seconds     time JPlag took on it
 */
public record ExerciseOutcome(String exercise, Status status, int submissions, String detail, double seconds) {

    public enum Status {
        /** Every pair of submissions was compared. */
        COMPARED,
        /** Fewer than two submissions with code of their own: nothing to compare. */
        TOO_FEW,
        /** JPlag did not finish within the time bound. */
        TIMED_OUT,
        /** JPlag refused or failed (its one-line reason is the detail). */
        FAILED
    }
}
