package pymem.grader.score;

import pymem.grader.kit.SuiteKind;
import java.util.List;

/**
 * A whole submission's grade.
 *
 * @param submission    how the submission is named in reports
 * @param exercises     one result per exercise, in lesson order
 * @param seconds       how long grading took
 * @param testSuiteKind the kit's hidden tests, or the visible ones (the student edition)
 * @param isolation     what protected the grader from the submission's code (the sandbox's layers)
 */
public record GradeResult(String submission, List<ExerciseResult> exercises, double seconds, SuiteKind testSuiteKind, String isolation) {

    public int score() {
        return exercises.stream().mapToInt(ExerciseResult::score).sum();
    }

    public int maxScore() {
        return exercises.stream().mapToInt(ExerciseResult::maxScore).sum();
    }

    /** The score as a percentage of the maximum (100 when there is nothing to score). */
    public double percent() {
        return maxScore() == 0 ? 100.0 : 100.0 * score() / maxScore();
    }
}
