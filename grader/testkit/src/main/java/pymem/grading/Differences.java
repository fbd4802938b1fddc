package pymem.grading;

import java.util.List;

/**
 * Where two sequences or two reports first differ, for a failure message: a student comparing two long
 * sequences by eye should not have to find the position themselves.
 */
public final class Differences {
    private Differences() {
    }

    /**
     * {@code "first difference at index 3: expected 5, got 4"}, {@code "... got nothing (the sequence ends)"}, or
     * {@code "no difference"}; values in Python's notation.
     */
    public static String firstDifference(List<?> expected, List<?> actual) {
        if (actual == null) {
            return "got None instead of a sequence";
        }
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!java.util.Objects.equals(expected.get(i), actual.get(i))) {
                return "first difference at index " + i + ": expected " + show(expected.get(i)) + ", got " + show(actual.get(i));
            }
        }
        if (expected.size() > n) {
            return "first difference at index " + n + ": expected " + show(expected.get(n)) + ", got nothing (the sequence ends after " + n + " items)";
        }
        if (actual.size() > n) {
            return "first difference at index " + n + ": expected the end of the sequence, got " + show(actual.get(n));
        }
        return "no difference";
    }

    /** {@code "line 7 differs: expected '...', got '...'"} (lines count from 1), or {@code "no difference"}. */
    public static String firstDifferingLine(String expected, String actual) {
        if (actual == null) {
            return "got None instead of a text";
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String want = i < e.length ? show(e[i]) : "no more lines";
            String got = i < a.length ? show(a[i]) : "no more lines";
            if (i >= e.length || i >= a.length || !e[i].equals(a[i])) {
                return "line " + (i + 1) + " differs: expected " + want + ", got " + got;
            }
        }
        return "no difference";
    }

    private static String show(Object value) {
        return PythonRepresentation.PLAIN.toStringOf(value);
    }
}
