package pymem.grader.fork;

/**
 * One graded test's time limit, and the reference solution's time it was derived from: the grader computes it
 * ({@code run.TimeLimits}), sends it with the test's orders, and the test JVM enforces it
 * ({@link TestTimeouts}), quoting both times when a test runs over.
 *
 * @param timeoutMillis   how long the test may take
 * @param referenceMillis what the reference needs, or {@code -1} when the test is not calibrated
 */
public record TestLimit(long timeoutMillis, long referenceMillis) {
}
