package pymem.grader.report;

import java.util.Locale;
import pymem.grader.score.ConceptScore;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * The score table on stdout: per exercise the points, the maximum and a bar, then each failed test with
 * its number, name, points and the reason.
 */
public final class ConsoleReport {
    private static final int BAR = 20;

    private ConsoleReport() {
    }

    public static String render(GradeResult result, boolean listFailures) {
        StringBuilder sb = new StringBuilder();
        sb.append("pymem-kit grade: ").append(StudentText.clean(result.submission(), 300)).append(" (").append(result.testSuiteKind().label()).append(" tests)\n\n");
        for (ExerciseResult e : result.exercises()) {
            sb.append(String.format(Locale.ROOT, "  %-15s %4d / %-4d %s %3.0f%%%s%n", e.exercise().folder(), e.score(), e.maxScore(),
                    bar(e.score(), e.maxScore()), percent(e.score(), e.maxScore()),
                    e.status() == ExerciseStatus.GRADED ? "" : "  (" + e.status() + ")"));
        }
        sb.append(String.format(Locale.ROOT, "  %-15s %4d / %-4d %s %3.0f%%%n", "total", result.score(), result.maxScore(),
                " ".repeat(BAR), result.percent()));
        if (listFailures) {
            for (ExerciseResult e : result.exercises()) {
                if (e.passedCount() == e.tests().size()) {
                    continue;
                }
                sb.append('\n').append(e.exercise().folder()).append(": ");
                if (e.status() != ExerciseStatus.GRADED) {
                    sb.append(e.status()).append("\n    ").append(StudentText.clean(e.detail()).replace("\n", "\n    ")).append('\n');
                    continue;
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
                        sb.append(String.format(Locale.ROOT, "  x %-5s %s (%d pt%s)%n        %s%n", t.test().number(), t.test().name(),
                                t.test().points(), t.test().points() == 1 ? "" : "s", StudentText.clean(t.feedback())));
                    }
                }
            }
        }
        sb.append(String.format(Locale.ROOT, "%ngraded in %.1f s%n", result.seconds()));
        sb.append("isolation: ").append(result.isolation()).append('\n');
        return sb.toString();
    }

    private static double percent(int score, int max) {
        return max == 0 ? 100 : 100.0 * score / max;
    }

    private static String bar(int score, int max) {
        int filled = max == 0 ? BAR : (int) Math.round(BAR * (double) score / max);
        return "#".repeat(filled) + ".".repeat(BAR - filled);
    }
}
