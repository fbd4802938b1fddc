package pymem.grader.score;

import java.util.List;
import pymem.grader.kit.Exercise;

/**
 * One exercise's results.
 *
 * @param exercise the exercise
 * @param status   graded, or why its tests did not run
 * @param detail   for a status other than graded: the compiler's or the rule check's message
 * @param tests    every graded test of the exercise, in order
 */
public record ExerciseResult(Exercise exercise, ExerciseStatus status, String detail, List<TestResult> tests) {

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
