package pymem.grader.score;

import java.util.List;
import pymem.grader.kit.Exercise;

/**
 * One exercise's results.
 *
 * @param exercise the exercise
 * @param status   {@code graded}, {@code not submitted}, {@code compile error}, {@code rule violation},
 *                 {@code refused}, {@code over the grader's bounds}
 * @param detail   for a status other than graded: the compiler's or the rule check's message
 * @param tests    every graded test of the exercise, in order
 */
public record ExerciseResult(Exercise exercise, String status, String detail, List<TestResult> tests) {
    public static final String GRADED = "graded";
    public static final String NOT_SUBMITTED = "not submitted";
    public static final String COMPILE_ERROR = "compile error";
    public static final String RULE_VIOLATION = "rule violation";
    /** An entry of the exercise's sources is a link, a special file, too large, ...: see the detail. */
    public static final String REFUSED = "refused";
    /** Compiling it took longer or needed more memory than the grader's bounds allow. */
    public static final String BOUND_EXCEEDED = "over the grader's bounds";

    public int score() {
        return tests.stream().mapToInt(TestResult::score).sum();
    }

    public int maxScore() {
        return tests.stream().mapToInt(t -> t.test().points()).sum();
    }

    public long passedCount() {
        return tests.stream().filter(TestResult::passed).count();
    }
}
