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
 * @param concepts the exercise's concept map, in the lesson's order (empty when its lesson has none)
 */
public record ExerciseResult(Exercise exercise, ExerciseStatus status, String detail, List<TestResult> tests, List<ConceptRule> concepts) {

    /** The submission's standing on each concept the exercise's tests grade, in the lesson's order. */
    public List<ConceptScore> conceptScores() {
        return ConceptScore.of(tests, concepts);
    }

    /** The same result with other tests (feedback rewritten for a report). */
    public ExerciseResult withTests(String newDetail, List<TestResult> newTests) {
        return new ExerciseResult(exercise, status, newDetail, newTests, concepts);
    }

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
