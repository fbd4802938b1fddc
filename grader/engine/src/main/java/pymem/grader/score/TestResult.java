package pymem.grader.score;

import pymem.grader.discovery.GradedTest;

/**
 * The outcome of one graded test.
 *
 * @param test     what was graded
 * @param passed   whether it earned its points
 * @param feedback why it failed (empty when it passed): the assertion's description, a compile error, a rule
 *                 violation, a timeout... never the hidden test's code
 * @param seconds  how long the test ran (0 when it did not run)
 */
public record TestResult(GradedTest test, boolean passed, String feedback, double seconds) {

    public int score() {
        return passed ? test.points() : 0;
    }

    public static TestResult passed(GradedTest test, double seconds) {
        return new TestResult(test, true, "", seconds);
    }

    public static TestResult failed(GradedTest test, String why) {
        return new TestResult(test, false, why, 0);
    }

    public static TestResult failed(GradedTest test, String why, double seconds) {
        return new TestResult(test, false, why, seconds);
    }

    /** The same result with other feedback (e.g. an explanation added after the run). */
    public TestResult withFeedback(String newFeedback) {
        return new TestResult(test, passed, newFeedback, seconds);
    }
}
