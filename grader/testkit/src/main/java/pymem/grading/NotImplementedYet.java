package pymem.grading;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A visible test that reaches an untouched stub fails with one short line, {@code not implemented yet (TODO
 * task 2: RefCounts.decref)}, as {@code ./grade} says it, instead of Maven's 80 lines of AssertJ message and
 * stack trace. The stub's {@code UnsupportedOperationException("TODO task ...")} is found anywhere in the
 * cause chain, or in an AssertJ failure's message (an {@code assertThatThrownBy} that expected another
 * exception prints the stub's exception, with its stack, as text). The failure keeps one stack frame, the
 * stub's, so the report points at the method to write.
 *
 * <p>Registered for the exercises' visible tests through JUnit's extension auto-detection (this module's
 * {@code META-INF/services}, enabled in the exercises' Surefire configuration); the grader's test JVMs
 * auto-detect only their own time limits, so grading never sees it.
 */
public final class NotImplementedYet implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    /** The stub's message: "TODO task N: Class.method". */
    private static final Pattern TODO = Pattern.compile("TODO task \\d+: [\\w$.]+");
    /** A stack frame printed in a message: "at pkg.Class.method(File.java:12)". */
    private static final Pattern FRAME = Pattern.compile("at ([\\w$.]+)\\.([\\w$<>]+)\\(([\\w$]+\\.java):(\\d+)\\)");
    /** Causes are followed this deep at most (a chain can loop). */
    private static final int MAX_DEPTH = 32;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw shortened(thrown);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw shortened(thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw shortened(thrown);
    }

    /** The one-line failure for a stub's exception found in {@code thrown}; {@code thrown} itself otherwise. */
    static Throwable shortened(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.size() < MAX_DEPTH && seen.put(t, true) == null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsupportedOperationException && TODO.matcher(message).lookingAt()) {
                StackTraceElement[] stack = t.getStackTrace();
                return notImplemented(message, stack.length == 0 ? null : stack[0]);
            }
            Matcher todo = TODO.matcher(message);
            if (t instanceof AssertionError && message.contains("UnsupportedOperationException") && todo.find()) {
                Matcher frame = FRAME.matcher(message);
                StackTraceElement stub = frame.find(todo.end())
                        ? new StackTraceElement(frame.group(1), frame.group(2), frame.group(3), Integer.parseInt(frame.group(4))) : null;
                return notImplemented(todo.group(), stub);
            }
        }
        return thrown;
    }

    private static AssertionError notImplemented(String todo, StackTraceElement stub) {
        AssertionError error = new AssertionError("not implemented yet (" + todo + ")");
        error.setStackTrace(stub == null ? new StackTraceElement[0] : new StackTraceElement[] {stub});
        return error;
    }
}
