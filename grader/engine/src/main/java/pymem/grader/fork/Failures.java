package pymem.grader.fork;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pymem.grader.report.StudentText;

/**
 * Turns what a failed test threw into feedback a student can act on, without the hidden test's code:
 * the assertion's own description and values, or the exception's type and message, never a stack trace.
 */
public final class Failures {
    /** Feedback keeps this much of a message: both ends of it (the actual value is often at the end). */
    private static final int MAX_LENGTH = 2_000;
    /** A message is cut to this before any other work, so a 50 MB message costs no more than a short one. */
    private static final int MAX_INPUT = 64 * 1024;
    /** How long reading a throwable (student code: getMessage, toString, getStackTrace) may take. */
    static final long DESCRIBE_MILLIS = 2_000;
    private static final Pattern MISSING_CLASS = Pattern.compile("NoClassDefFoundError: ([\\w/$.]+)");
    private static final Pattern TODO = Pattern.compile("UnsupportedOperationException: (TODO task \\d+: [\\w.$]+)");

    private Failures() {
    }

    /**
     * {@link #describe} run where student code cannot hurt the caller: on its own thread, within
     * {@link #DESCRIBE_MILLIS}, and with every throwable it throws caught. A description that cannot be had
     * still yields a description (the class name, which Java fixes), never an exception or a hang; a thread
     * left looping marks the JVM tainted, so the rest of the tests get a fresh one.
     */
    public static String describeSafely(Throwable t) {
        String type = t == null ? "an unknown error" : t.getClass().getName();
        String[] out = new String[1];
        Thread worker = new Thread(null, () -> {
            try {
                out[0] = describe(t);
            } catch (Throwable broken) {
                out[0] = null;
            }
        }, "pymem-describe", 4L * 1024 * 1024);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(DESCRIBE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            TestTimeouts.tainted = true;
            return simpleName(type) + " (its message could not be read: reading it took longer than "
                    + DESCRIBE_MILLIS / 1000 + " s; does getMessage or toString loop?)";
        }
        if (out[0] == null) {
            return simpleName(type) + " (its message could not be read: getMessage, toString or getStackTrace threw)";
        }
        return out[0];
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static String describe(Throwable t) {
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
            text = withoutStackTraces(StudentText.bound(String.valueOf(t.getMessage()), MAX_INPUT));
            Matcher todo = TODO.matcher(text);
            if (todo.find()) {
                // an assertion about an exception that turned out to be the stub's "not implemented"
                return "not implemented yet (" + todo.group(1) + ")";
            }
        } else {
            String message = t.getMessage();
            text = t.getClass().getSimpleName() + (message == null ? "" : ": " + withoutStackTraces(StudentText.bound(message, MAX_INPUT))) + where(t);
        }
        // line breaks are kept: a multi-line report (_debugmallocstats, a sequence and where it differs) reads as
        // it was written; control characters go, and the bound keeps both ends
        return StudentText.bound(StudentText.tidyLines(StudentText.clean(text, MAX_INPUT)), MAX_LENGTH);
    }


    /**
     * AssertJ prints an unexpected exception with its stack trace, whose frames would name the hidden test's
     * classes and lines: keep only the text.
     */
    static String withoutStackTraces(String message) {
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("at ") && (l.endsWith(")") || l.contains("(")) || (l.startsWith("... ") && l.endsWith(" more")) || l.startsWith("Caused by:")) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('\n');
            }
            kept.append(line);
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
