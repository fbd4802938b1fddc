package pymem.grading;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.rules.SubmissionAllowlist;

/**
 * The grader's rule check in the exercise's own {@code mvn test}: before an exercise's visible tests run, its
 * compiled classes go through the very allowlist {@code ./grade} applies ({@link SubmissionAllowlist}, the
 * engine's class, compiled into this module from the engine's sources), and a violation fails every test
 * class with the grader's message. Without it a forbidden API (java.io.File, reflection) stayed green in
 * Maven and scored 0 in {@code ./grade}.
 *
 * <p>Active only where the exercises' Surefire configuration says which classes to check
 * ({@value #CLASSES}, {@value #EXERCISE}); auto-detected like {@link NotImplementedYet}. The grader's test
 * JVMs never load it (they auto-detect their time limits only): grading checks the rules itself, first.
 */
public final class SubmissionRulesCheck implements BeforeAllCallback {
    /** System property: the folder of the exercise's compiled classes. */
    public static final String CLASSES = "pymem.rules.classes";
    /** System property: the exercise's folder (its name, e.g. 04-refcount, says which exercise it is). */
    public static final String EXERCISE = "pymem.rules.exercise";
    /** The verdict per class folder: checked once per test JVM, whatever the number of test classes. */
    private static final Map<String, String> VERDICTS = new ConcurrentHashMap<>();
    /** The test class that failed with the verdict in full; the others point to it rather than repeat it. */
    private static final Map<String, String> TOLD_IN = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        String classes = System.getProperty(CLASSES);
        String exercise = System.getProperty(EXERCISE);
        if (classes == null || exercise == null || context.getTestClass().map(Class::isMemberClass).orElse(false)) {
            return; // not an exercise's build, or a nested class whose enclosing class was checked
        }
        String verdict = VERDICTS.computeIfAbsent(classes, c -> verdict(Path.of(c), Path.of(exercise).getFileName().toString()));
        if (!verdict.isEmpty()) {
            String testClass = context.getRequiredTestClass().getSimpleName();
            String first = TOLD_IN.putIfAbsent(classes, testClass);
            AssertionError refused = new AssertionError(first == null ? verdict
                    : verdict.substring(0, verdict.indexOf(": ")) + " (see " + first + ")");
            refused.setStackTrace(new StackTraceElement[0]); // the message is all there is to it
            throw refused;
        }
    }

    /** The grader's refusal for the classes in {@code classes} of exercise {@code folder}; empty when they are clean. */
    public static String verdict(Path classes, String folder) {
        Exercise exercise = ExerciseCatalog.byFolder(folder).orElse(null);
        if (exercise == null || !Files.isDirectory(classes)) {
            return "";
        }
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        List<String> violations = SubmissionAllowlist.check(exercise, imported);
        return violations.isEmpty() ? "" : SubmissionAllowlist.REFUSAL + String.join("\n", violations);
    }
}
