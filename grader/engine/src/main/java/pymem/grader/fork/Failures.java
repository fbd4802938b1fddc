package pymem.grader.fork;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a failed test threw into feedback a student can act on, without the hidden test's code:
 * the assertion's own description and values, or the exception's type and message, never a stack trace.
 */
public final class Failures {
    private static final int MAX_LENGTH = 600;
    private static final Pattern MISSING_CLASS = Pattern.compile("NoClassDefFoundError: ([\\w/$.]+)");
    private static final Pattern TODO = Pattern.compile("UnsupportedOperationException: (TODO task \\d+: [\\w.$]+)");

    private Failures() {
    }

    public static String describe(Throwable t) {
        if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).startsWith("TODO")) {
            return "not implemented yet (" + t.getMessage() + ")";
        }
        if (t instanceof StackOverflowError) {
            return "StackOverflowError: the recursion went too deep (use an explicit work list for long chains)";
        }
        String missing = missingClass(String.valueOf(t.getMessage()));
        if (missing != null) {
            return "the tests could not be loaded: class " + missing + " is missing (the code must keep every public class of the stub)";
        }
        String text;
        if (t instanceof AssertionError) {
            text = withoutStackTraces(String.valueOf(t.getMessage()));
            Matcher todo = TODO.matcher(text);
            if (todo.find()) {
                // an assertion about an exception that turned out to be the stub's "not implemented"
                return "not implemented yet (" + todo.group(1) + ")";
            }
        } else {
            text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + withoutStackTraces(t.getMessage())) + where(t);
        }
        text = text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll(" {2,}", " ");
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    /**
     * AssertJ prints an unexpected exception with its stack trace, whose frames would name the hidden test's
     * classes and lines: keep only the text.
     */
    static String withoutStackTraces(String message) {
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("at ") && (l.endsWith(")") || l.contains("(")) || l.matches("\\.\\.\\. \\d+ more") || l.startsWith("Caused by:")) {
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }

    /** The class named by a NoClassDefFoundError inside a message (JUnit wraps it when a test class cannot load). */
    private static String missingClass(String message) {
        Matcher m = MISSING_CLASS.matcher(message);
        return m.find() ? m.group(1).replace('/', '.') : null;
    }

    /** For an unexpected exception: the first frame in the student's code, which is theirs to see. */
    private static String where(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("pymem.") && !c.startsWith("pymem.model.") && !c.startsWith("pymem.grader.")
                    && !c.contains("HiddenTest") && !c.endsWith("Test") && frame.getFileName() != null) {
                return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }
}
