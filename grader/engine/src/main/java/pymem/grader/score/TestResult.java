package pymem.grader.score;

import pymem.grader.discovery.GradedTest;

/**
 * The outcome of one graded test.
 *
 * @param test     what was graded
 * @param passed   whether it earned its points
 * @param feedback why it failed (empty when it passed): the assertion's description, a compile error, a rule
 *                 violation, a timeout... never the hidden test's code
 */
public record TestResult(GradedTest test, boolean passed, String feedback) {

    public int score() {
        return passed ? test.points() : 0;
    }

    public static TestResult passed(GradedTest test) {
        return new TestResult(test, true, "");
    }

    public static TestResult failed(GradedTest test, String why) {
        return new TestResult(test, false, why);
    }
}
