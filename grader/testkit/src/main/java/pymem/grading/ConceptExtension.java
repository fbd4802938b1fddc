package pymem.grading;

import java.lang.reflect.Method;
import java.security.CodeSource;
import java.util.Objects;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Reports a failed test under its {@link Concept}, registered by that annotation:
 * <ul>
 * <li>before the test, {@link Prerequisite} learns the test's own concept, and AssertJ prints values in Python's notation ({@link PythonRepresentation}; hex longs
 * on a class marked {@link HexAddresses});</li>
 * <li>a failed assertion's message becomes {@code concept 4.3 (rule):} and then the assertion's own message;</li>
 * <li>an exception the student's code raised (with where it was raised), a stack overflow, and a
 * {@code NullPointerException} or {@code ClassCastException} raised in the test's own code (the student's code
 * returned {@code null} or an object of another type, and the test used it) become such a failure too, so that
 * every failure names its concept.</li>
 * </ul>
 * Left as they are: the stub's {@code UnsupportedOperationException("TODO ...")} and the JVM's own errors (out of
 * memory), which the grader explains, and a {@link Prerequisite.NotChecked}, which names the concept it depends on.
 */
public final class ConceptExtension implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean addresses = context.getTestClass().map(ConceptExtension::hasHexAddresses).orElse(false);
        Assertions.useRepresentation(addresses ? PythonRepresentation.ADDRESSES : PythonRepresentation.PLAIN);
        Prerequisite.running = context.getTestMethod().map(m -> m.getAnnotation(Concept.class)).map(Concept::value).orElse(null);
        // the grader loads each exercise's tests (and the lesson beside them) in a class loader of their own
        context.getTestClass().ifPresent(ConceptMap::forTestsOf);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Prerequisite.running = null;
        Assertions.useDefaultRepresentation();
    }

    private static boolean hasHexAddresses(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (k.isAnnotationPresent(HexAddresses.class)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Concept concept = context.getTestMethod().map((Method m) -> m.getAnnotation(Concept.class)).orElse(null);
        if (concept == null || thrown instanceof Prerequisite.NotChecked || String.valueOf(thrown.getMessage()).startsWith("concept ")) {
            throw thrown;
        }
        String message;
        if (thrown instanceof AssertionError) {
            message = thrown.getMessage();
        } else if (thrown instanceof UnsupportedOperationException && String.valueOf(thrown.getMessage()).startsWith("TODO")) {
            throw thrown; // the stub's "not implemented yet": the grader says so
        } else if (thrown instanceof NullPointerException && raisedInTestCode(context, thrown)) {
            message = "the code under test gave None (null) where the test needed an object: " + thrown.getMessage();
        } else if (thrown instanceof ClassCastException && raisedInTestCode(context, thrown)) {
            message = "the code under test gave an object of the wrong type: " + thrown.getMessage();
        } else if (thrown instanceof StackOverflowError) {
            message = "StackOverflowError: the code recursed once per level and ran out of stack"
                    + " (use an explicit work list for long chains)" + where(context, thrown);
        } else if (thrown instanceof Exception) {
            message = "the code under test raised " + thrown.getClass().getSimpleName()
                    + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()) + where(context, thrown);
        } else {
            throw thrown; // out of memory and the like: the grader explains them
        }
        AssertionError named = new AssertionError(headline(concept.value()) + "\n" + message, thrown instanceof AssertionError ? thrown.getCause() : null);
        named.setStackTrace(thrown.getStackTrace());
        throw named;
    }

    /**
     * {@code " (at Refs.java:42)"}: the first frame in the student's code (not the JDK's, the model's or the
     * test's), which is theirs to see; empty when there is none.
     */
    static String where(ExtensionContext context, Throwable thrown) {
        Class<?> test = context.getRequiredTestClass();
        String tests = source(test);
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String name = frame.getClassName();
            if (!name.startsWith("pymem.") || name.startsWith("pymem.model.") || name.startsWith("pymem.grading.")
                    || name.startsWith("pymem.grader.") || frame.getFileName() == null) {
                continue;
            }
            try {
                if (!Objects.equals(source(Class.forName(name, false, test.getClassLoader())), tests)) {
                    return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable from here: not the student's
            }
        }
        return "";
    }

    /** Whether the first frame of {@code thrown} is in the test's own code (its class folder or jar), not the student's. */
    static boolean raisedInTestCode(ExtensionContext context, Throwable thrown) {
        Class<?> test = context.getRequiredTestClass();
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("org.assertj.")) {
                continue; // a library the test called, e.g. List.of(null): the caller decides
            }
            try {
                Class<?> top = Class.forName(name, false, test.getClassLoader());
                return Objects.equals(source(top), source(test));
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return false;
    }

    private static String source(Class<?> c) {
        CodeSource s = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
        return s == null || s.getLocation() == null ? null : s.getLocation().toString();
    }

    /** {@code concept 4.3 (rule):} */
    static String headline(String id) {
        return "concept " + ConceptMap.describe(id) + ":";
    }
}
