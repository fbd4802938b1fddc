package pymem.grading.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.AssertionFailedError;

/**
 * Draws the heap of a test that failed. Found by JUnit's extension auto-detection (this testkit's
 * {@code META-INF/services}), so no test names it.
 *
 * <ul>
 * <li>Before a top-level test instance is made, the {@link HeapRecorder} forgets the previous test: what the
 * test's fields, {@code @BeforeEach} and body make is what it records (a nested class's instance keeps what its
 * enclosing instance made).</li>
 * <li>A passing test costs nothing more. When one fails, the snapshot is taken there and then. Under Maven the
 * picture is written to {@code target/surefire-reports/heap/Class.method.svg} and its path added to the failure
 * message; in the grader's test JVM (configuration parameter {@value #REPORT_PARAMETER} {@code = entry}) the
 * snapshot's text is published as the report entry {@value #ENTRY_KEY}, and the grader draws it.</li>
 * <li>A stub's "TODO" failure gets no picture (nothing was implemented to look at), nor does running out of memory.</li>
 * </ul>
 * Whatever goes wrong while drawing, the test's own failure is what is thrown.
 */
public final class HeapPictureExtension implements TestInstancePreConstructCallback, TestExecutionExceptionHandler {
    /** Where the pictures go ({@code entry}: a report entry for the grader; otherwise files). */
    public static final String REPORT_PARAMETER = "pymem.picture.report";
    /** The key of the report entry that carries a snapshot's text. */
    public static final String ENTRY_KEY = "pymem.heap";
    /** The folder for picture files, instead of {@code target/surefire-reports/heap}. */
    public static final String FOLDER_PROPERTY = "pymem.picture.dir";

    static {
        HeapRecorder.INSTANCE.listen();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        if (factoryContext.getOuterInstance().isEmpty()) {
            HeapRecorder.INSTANCE.clear();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof UnsupportedOperationException && String.valueOf(thrown.getMessage()).startsWith("TODO")
                || thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError) || HeapRecorder.INSTANCE.isEmpty()) {
            throw thrown;
        }
        Throwable told = thrown;
        try {
            HeapSnapshot snapshot = SnapshotCapture.of(HeapRecorder.INSTANCE, AssertedObjects.expected(thrown), AssertedObjects.actual(thrown));
            if ("entry".equals(context.getConfigurationParameter(REPORT_PARAMETER).orElse(""))) {
                String text = SnapshotText.encode(snapshot);
                if (text.length() <= SnapshotText.MAX_CHARS) {
                    context.publishReportEntry(ENTRY_KEY, text);
                }
            } else {
                Path file = write(context, HeapSvg.of(snapshot));
                told = withPath(thrown, file);
            }
        } catch (RuntimeException | LinkageError | IOException | StackOverflowError e) {
            // the picture is a help, never a reason for another failure: the test's own is thrown
        }
        throw told;
    }

    private static Path write(ExtensionContext context, String svg) throws IOException {
        String folder = System.getProperty(FOLDER_PROPERTY);
        Path dir = folder != null ? Path.of(folder) : Path.of("target", "surefire-reports", "heap");
        Files.createDirectories(dir);
        String name = context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        if (display.startsWith("[")) {
            // a parameterized invocation: "[2] ..." gets its own file
            name += "-" + display.substring(1, Math.max(1, display.indexOf(']')));
        }
        Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".svg").toAbsolutePath();
        Path temp = Files.createTempFile(dir, ".heap", ".tmp");
        try {
            Files.writeString(temp, svg, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /**
     * The same failure, its message ending with where the picture is. A plain assertion failure keeps its type
     * (and its expected and actual values); an exception the code raised becomes an assertion failure that names
     * it (and has it as its cause); an assertion of another kind keeps itself and carries the path as a suppressed
     * note.
     */
    private static Throwable withPath(Throwable thrown, Path file) {
        String line = "heap picture: " + file.toUri();
        if (thrown.getClass() == AssertionFailedError.class) {
            AssertionFailedError f = (AssertionFailedError) thrown;
            AssertionFailedError told = new AssertionFailedError(thrown.getMessage() + "\n" + line,
                    f.isExpectedDefined() ? f.getExpected().getValue() : null, f.isActualDefined() ? f.getActual().getValue() : null, f.getCause());
            told.setStackTrace(thrown.getStackTrace());
            return told;
        }
        if (thrown.getClass() == AssertionError.class) {
            AssertionError told = new AssertionError(thrown.getMessage() + "\n" + line, thrown.getCause());
            told.setStackTrace(thrown.getStackTrace());
            for (Throwable s : thrown.getSuppressed()) {
                told.addSuppressed(s);
            }
            return told;
        }
        if (!(thrown instanceof AssertionError)) {
            // an exception the code raised: Maven prints only a failure's message, so the path must be in one
            AssertionError told = new AssertionError(thrown + "\n" + line, thrown);
            told.setStackTrace(thrown.getStackTrace());
            return told;
        }
        thrown.addSuppressed(new HeapPictureNote(line)); // an assertion of its own kind (a prerequisite's) keeps it
        return thrown;
    }

    /** Carries the picture's path on a failure that is not an assertion (its type and message stay). */
    static final class HeapPictureNote extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeapPictureNote(String message) {
            super(message, null, false, false);
        }
    }
}
