package pymem.grader.api;

import java.util.ArrayList;
import java.util.List;
import pymem.grader.score.TestResult;

/**
 * Explains failures caused by a submission that changed the public API its stub declared (a renamed class,
 * a changed signature): the JVM's linkage error alone ("NoSuchMethodError") does not tell a student what to
 * put back, the difference with the stub does.
 */
public final class ApiChangeNotes {
    private static final List<String> LINKAGE_ERRORS = List.of("NoSuchMethodError", "NoClassDefFoundError", "NoSuchFieldError",
            "AbstractMethodError", "IncompatibleClassChangeError", "IllegalAccessError", "InstantiationError",
            "could not be loaded");
    private static final int SHOWN = 4;

    private ApiChangeNotes() {
    }

    /** One line for the exercise: empty when the API is unchanged. */
    public static String summary(List<String> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        return "the public API differs from the stub's (tests that use the changed parts cannot run): " + shown(changes);
    }

    /** The results, with failures caused by the change explained by it. */
    public static List<TestResult> explain(List<TestResult> results, List<String> changes) {
        if (changes.isEmpty()) {
            return results;
        }
        List<TestResult> out = new ArrayList<>();
        for (TestResult r : results) {
            boolean linkage = !r.passed() && LINKAGE_ERRORS.stream().anyMatch(r.feedback()::contains);
            out.add(linkage ? r.withFeedback("the code no longer has the API the stub declared (" + shown(changes)
                    + "); restore the stub's public classes and signatures. JVM said: " + r.feedback()) : r);
        }
        return out;
    }

    private static String shown(List<String> changes) {
        String text = String.join("; ", changes.subList(0, Math.min(SHOWN, changes.size())));
        return changes.size() > SHOWN ? text + "; and " + (changes.size() - SHOWN) + " more" : text;
    }
}
