package pymem.grader.report;

import java.util.Locale;
import pymem.grader.score.ConceptScore;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * The score table on stdout: per exercise the points, the maximum and a bar, then the failures the
 * {@link FailureListing} asks for: each failed test with its number, name, points and the reason.
 */
public final class ConsoleReport {
    private static final int BAR = 20;

    private ConsoleReport() {
    }

    /** The report with every failure listed ({@code listFailures}) or none. */
    public static String render(GradeResult result, boolean listFailures) {
        return render(result, listFailures ? FailureListing.ALL : FailureListing.NONE);
    }

    public static String render(GradeResult result, FailureListing listing) {
        StringBuilder sb = new StringBuilder();
        sb.append("pymem-kit grade: ").append(StudentText.clean(result.submission(), 300)).append(" (").append(result.testSuiteKind().label()).append(" tests)\n\n");
        for (ExerciseResult e : result.exercises()) {
            sb.append(String.format(Locale.ROOT, "  %-15s %4d / %-4d %s %3.0f%%%s%n", e.exercise().folder(), e.score(), e.maxScore(),
                    bar(e.score(), e.maxScore()), percent(e.score(), e.maxScore()),
                    e.status() == ExerciseStatus.GRADED ? "" : "  (" + e.status() + ")"));
        }
        sb.append(String.format(Locale.ROOT, "  %-15s %4d / %-4d %s %3.0f%%%n", "total", result.score(), result.maxScore(),
                " ".repeat(BAR), result.percent()));
        if (listing == FailureListing.FIRST) {
            first(result).ifPresent(f -> sb.append('\n').append(f));
        } else if (listing != FailureListing.NONE) {
            boolean folding = false; // consecutive folded exercises read as one block
            for (ExerciseResult e : result.exercises()) {
                if (e.passedCount() == e.tests().size()) {
                    continue;
                }
                if (listing == FailureListing.FOLD_NOT_STARTED && notStarted(e)) {
                    sb.append(folding ? "" : "\n").append(folded(e)).append('\n');
                    folding = true;
                    continue;
                }
                folding = false;
                failures(sb, e);
            }
        }
        sb.append(String.format(Locale.ROOT, "%ngraded in %.1f s%n", result.seconds()));
        sb.append("isolation: ").append(result.isolation()).append('\n');
        return sb.toString();
    }

    /** Every failure of one exercise: its status, the concepts not held, then each failed test. */
    private static void failures(StringBuilder sb, ExerciseResult e) {
        sb.append('\n').append(e.exercise().folder()).append(": ");
        if (e.status() != ExerciseStatus.GRADED) {
            sb.append(e.status()).append("\n    ").append(StudentText.clean(e.detail()).replace("\n", "\n    ")).append('\n');
            return;
        }
        sb.append(e.tests().size() - e.passedCount()).append(" failed\n");
        if (!e.detail().isEmpty()) {
            sb.append("    ").append(StudentText.clean(e.detail())).append('\n');
        }
        for (ConceptScore c : e.conceptScores()) {
            if (c.status() != ConceptStatus.HELD) {
                sb.append(String.format(Locale.ROOT, "  concept %-5s %-7s %3d / %-3d %s%n", c.concept().id(), c.status(), c.score(), c.maxScore(),
                        StudentText.oneLine(StudentText.clean(c.concept().rule(), 200))));
            }
        }
        for (TestResult t : e.tests()) {
            if (!t.passed()) {
                sb.append(failedTest(t));
            }
        }
    }

    private static String failedTest(TestResult t) {
        return String.format(Locale.ROOT, "  x %-5s %s (%d pt%s)%n        %s%n", t.test().number(), t.test().name(),
                t.test().points(), t.test().points() == 1 ? "" : "s", StudentText.clean(t.feedback()).replace("\n", "\n        "));
    }

    /**
     * An exercise with no progress: graded (or not submitted) with no point or no test passing. An exercise
     * that does not compile or breaks a rule is never folded: its one message is what the student must read.
     */
    static boolean notStarted(ExerciseResult e) {
        boolean ran = e.status() == ExerciseStatus.GRADED || e.status() == ExerciseStatus.NOT_SUBMITTED || e.status() == ExerciseStatus.NOT_STARTED;
        return ran && !e.tests().isEmpty() && (e.score() == 0 || e.passedCount() == 0);
    }

    /** The one line a not-started exercise folds into, with the command that shows its failures. */
    static String folded(ExerciseResult e) {
        String name = e.exercise().folder();
        String number = name.substring(0, 2);
        return String.format(Locale.ROOT, "%s %-12s %-8s not started: %d of %d tests pass \u2014 ./grade %s for details",
                number, name.substring(3), e.score() + "/" + e.maxScore(), e.passedCount(), e.tests().size(), number);
    }

    /** The first failure of the first exercise that has one: its status and message, or its first failed test. */
    private static java.util.Optional<String> first(GradeResult result) {
        for (ExerciseResult e : result.exercises()) {
            if (e.status() != ExerciseStatus.GRADED) {
                return java.util.Optional.of(e.exercise().folder() + ": " + e.status() + "\n    "
                        + StudentText.clean(e.detail()).replace("\n", "\n    ") + "\n");
            }
            for (TestResult t : e.tests()) {
                if (!t.passed()) {
                    long left = e.tests().size() - e.passedCount();
                    return java.util.Optional.of(e.exercise().folder() + ": first of " + left + " failed\n" + failedTest(t));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static double percent(int score, int max) {
        return max == 0 ? 100 : 100.0 * score / max;
    }

    private static String bar(int score, int max) {
        int filled = max == 0 ? BAR : (int) Math.round(BAR * (double) score / max);
        return "#".repeat(filled) + ".".repeat(BAR - filled);
    }
}
