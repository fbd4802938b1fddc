package pymem.grader.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import pymem.grader.BadInputException;
import pymem.grader.batch.BatchGrader;
import pymem.grader.batch.similarity.ExerciseOutcome;
import pymem.grader.batch.similarity.SimilarPair;
import pymem.grader.batch.similarity.SimilarityCheck;
import pymem.grader.batch.similarity.SimilarityReport;

/** What {@code batch} and {@code merge} share of the similarity check: the threshold's rules and the console lines. */
final class SimilarityOptions {
    private SimilarityOptions() {
    }

    /** The threshold to use: the default, or the one given, which needs --similarity and must be in (0, 1]. */
    static double threshold(boolean similarity, Double given) {
        if (given == null) {
            return SimilarityCheck.DEFAULT_THRESHOLD;
        }
        if (!similarity) {
            throw new BadInputException("--similarity-threshold needs --similarity");
        }
        if (!(given > 0 && given <= 1)) {
            throw new BadInputException("--similarity-threshold must be above 0 and at most 1 (JPlag's average similarity, e.g. 0.8), not " + given);
        }
        return given;
    }

    /** Each student's row with the students the check found their code similar to. */
    static List<BatchGrader.Graded> flag(List<BatchGrader.Graded> rows, SimilarityReport report) {
        return rows.stream().map(g -> new BatchGrader.Graded(g.student(), g.folder(), g.result(),
                g.row().withSimilarTo(report.similarTo(g.student())), g.seconds())).toList();
    }

    static void print(PrintStream out, SimilarityReport report) {
        out.printf(Locale.ROOT, "similarity (JPlag, pairs from %.0f%%%s): %d pair%s in %.1f s%n", 100 * report.threshold(),
                report.scope() == SimilarityReport.Scope.ONE_SHARD ? ", within this shard only" : "",
                report.pairs().size(), report.pairs().size() == 1 ? "" : "s", report.seconds());
        for (ExerciseOutcome o : report.outcomes()) {
            if (o.status() == ExerciseOutcome.Status.TIMED_OUT || o.status() == ExerciseOutcome.Status.FAILED || !o.detail().isEmpty()) {
                out.println("  " + SimilarityCheck.describe(o));
            }
        }
        for (SimilarPair p : report.pairs()) {
            out.printf(Locale.ROOT, "  %s: %s and %s, %d%%%n", p.exercise(), p.studentA(), p.studentB(), p.percent());
        }
    }
}
