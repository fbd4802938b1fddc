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
 * @param picture  the heap the failed test left, as a snapshot's text ({@code pymem.grading.picture.SnapshotText}),
 *                 or empty: drawn by the HTML report at the {@code full} feedback level only
 */
public record TestResult(GradedTest test, boolean passed, String feedback, double seconds, String picture) {

    public TestResult {
        picture = picture == null ? "" : picture; // results cached before pictures existed have none
    }

    public TestResult(GradedTest test, boolean passed, String feedback, double seconds) {
        this(test, passed, feedback, seconds, "");
    }

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
        return new TestResult(test, passed, newFeedback, seconds, picture);
    }

    /** The same result with another heap picture ({@code ""}: none). */
    public TestResult withPicture(String newPicture) {
        return new TestResult(test, passed, feedback, seconds, newPicture);
    }
}
