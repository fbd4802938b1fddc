package pymem.grader.score;

import java.util.ArrayList;
import java.util.List;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.rules.SubmissionAllowlist;

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

    /**
     * An exercise whose tests ran. Every failure names the concept its test grades: a message the test JVM could
     * not give one (a time limit, a crash, a test not run) gets the headline the tests' own failures carry.
     */
    public static ExerciseResult graded(Exercise exercise, String note, List<TestResult> ran, List<ConceptRule> concepts) {
        List<TestResult> headed = new ArrayList<>();
        for (TestResult t : ran) {
            String id = t.test().concept();
            boolean hasHeadline = t.feedback().startsWith("concept ") || t.feedback().startsWith("not checked: depends on ");
            if (t.passed() || id.isEmpty() || hasHeadline) {
                headed.add(t);
            } else {
                String rule = ConceptRule.ruleOf(id, concepts).orElse("see the lesson");
                headed.add(t.withFeedback("concept " + id + " (" + rule + "): " + t.feedback()));
            }
        }
        return new ExerciseResult(exercise, ExerciseStatus.GRADED, note, List.copyOf(headed), concepts);
    }

    /** An exercise whose tests did not run: every test fails with the reason, and the exercise scores 0. */
    public static ExerciseResult zeroed(Exercise exercise, ExerciseStatus status, String detail, List<GradedTest> tests,
            List<ConceptRule> concepts) {
        String why = switch (status) {
            case COMPILE_ERROR -> "the exercise does not compile: " + detail;
            case RULE_VIOLATION -> SubmissionAllowlist.REFUSAL + detail; // the words the exercises' own build uses
            case BOUND_EXCEEDED -> "the exercise was not run: " + detail;
            case REFUSED -> "the exercise was not read because its sources break the submission rules: " + detail;
            case NOT_STARTED -> "not started: " + detail;
            case NOT_SUBMITTED, GRADED -> "not submitted: " + detail;
        };
        return new ExerciseResult(exercise, status, detail, tests.stream().map(t -> TestResult.failed(t, why)).toList(), concepts);
    }

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
