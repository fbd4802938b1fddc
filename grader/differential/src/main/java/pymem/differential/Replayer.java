package pymem.differential;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs one scenario on the reference solution and gives its answer in the generator's shape, so that it can be
 * compared with CPython's ({@link Scenario#cpython()}) by JSON equality.
 *
 * <p>A {@link pymem.model.PyException} that escapes is the answer {@code {"error": {"type", "message"}}}
 * ({@link Answers#error}); a {@link pymem.model.OutOfScopeError} that escapes counts the scenario as out of scope;
 * any other exception is a difference (a Java exception is never a Python answer).
 */
@FunctionalInterface
public interface Replayer {
    JsonNode replay(Scenario scenario) throws Exception;
}
