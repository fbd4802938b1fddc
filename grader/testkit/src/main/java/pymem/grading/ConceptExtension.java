package pymem.grading;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Reports a failed assertion under the test's {@link Concept}: the message becomes
 * {@code concept 4.3 (rule): <the assertion's message>}, so that every failure names the idea that broke
 * and states its rule. Only assertion failures are rewritten: an exception the student's code threw keeps its
 * type (the grader explains it), and a {@link Prerequisite.NotChecked} already names the concept it depends on.
 */
public final class ConceptExtension implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Concept concept = context.getTestMethod().map((Method m) -> m.getAnnotation(Concept.class)).orElse(null);
        if (concept == null || !(thrown instanceof AssertionError) || thrown instanceof Prerequisite.NotChecked
                || String.valueOf(thrown.getMessage()).startsWith("concept ")) {
            throw thrown;
        }
        AssertionError named = new AssertionError(headline(concept.value()) + "\n" + thrown.getMessage(), thrown.getCause());
        named.setStackTrace(thrown.getStackTrace());
        throw named;
    }

    /** {@code concept 4.3 (rule):} */
    static String headline(String id) {
        return "concept " + ConceptMap.describe(id) + ":";
    }
}
