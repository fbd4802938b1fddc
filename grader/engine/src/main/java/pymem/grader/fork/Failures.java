package pymem.grader.fork;

import java.util.concurrent.TimeoutException;

/**
 * Turns what a failed test threw into feedback a student can act on, without the hidden test's code:
 * the assertion's own description and values, or the exception's type and message, never a stack trace.
 */
public final class Failures {
    private static final int MAX_LENGTH = 600;

    private Failures() {
    }

    public static String describe(Throwable t) {
        if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).startsWith("TODO")) {
            return "not implemented yet (" + t.getMessage() + ")";
        }
        if (t instanceof TimeoutException || t.getClass().getName().endsWith("AssertionFailedError") && isTimeout(t)) {
            return "took too long: " + t.getMessage();
        }
        if (t instanceof StackOverflowError) {
            return "StackOverflowError: the recursion went too deep (use an explicit work list for long chains)";
        }
        String text;
        if (t instanceof AssertionError) {
            text = String.valueOf(t.getMessage());
        } else {
            text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()) + where(t);
        }
        text = text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll(" {2,}", " ");
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static boolean isTimeout(Throwable t) {
        return String.valueOf(t.getMessage()).contains("timed out");
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
