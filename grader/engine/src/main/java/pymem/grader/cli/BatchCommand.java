package pymem.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pymem.grader.Grader;
import pymem.grader.batch.BatchGrader;
import pymem.grader.files.ContentHash;
import pymem.grader.batch.Gradebook;
import pymem.grader.batch.Progress;
import pymem.grader.batch.SubmissionSet;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.files.AtomicFiles;
import pymem.grader.batch.ClassOverview;
import pymem.grader.batch.ConceptTally;
import pymem.grader.batch.similarity.ClassSources;
import pymem.grader.batch.similarity.PairPage;
import pymem.grader.batch.similarity.SimilarityCheck;
import pymem.grader.batch.similarity.SimilarityReport;
import pymem.grader.report.ReportWriter;

/** {@code ./grade batch DIR}: grades a whole class into a gradebook, one report folder per student. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Grades every submission (folder or .zip) directly under DIR in parallel; writes grades.csv, "
                + "index.html (class overview) and one report folder per student.")
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the folder holding one submission folder or .zip per student")
    Path dir;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default: the number of cores)")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", description = "grade only slice K of N (stable by student name), for a CI matrix")
    String shard;

    @Option(names = "--force", description = "grade again even the submissions that did not change since the last run")
    boolean force;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "batch-report", description = "where the gradebook and reports go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--similarity", description = "also run the similarity check (JPlag) over each exercise's submissions: "
            + "pairs in index.html and the gradebook's 'similar to' column; never changes a score")
    boolean similarity;

    @Option(names = "--similarity-threshold", paramLabel = "S", description = "JPlag's average similarity (0 to 1) from which "
            + "a pair is listed (default: " + SimilarityCheck.DEFAULT_THRESHOLD + ")")
    Double similarityThreshold;

    @picocli.CommandLine.Mixin
    FeedbackOptions feedback = new FeedbackOptions();

    @Override
    public Integer call() throws Exception {
        feedback.validate();
        SubmissionSet.Shard slice = shard == null ? SubmissionSet.Shard.ALL : SubmissionSet.Shard.parse(shard);
        if (jobs != null && jobs < 1) {
            throw new pymem.grader.BadInputException("--jobs must be at least 1, not " + jobs);
        }
        double threshold = SimilarityOptions.threshold(similarity, similarityThreshold);
        List<SubmissionSet.Entry> submissions = SubmissionSet.under(dir, slice);
        Kit kit = Kit.locate();
        TestSuite suite = TestSuite.of(kit);
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(System.out, submissions.size(), System.console() != null);
        long start = System.nanoTime();
        // a cached grade is reused only for the same submission, the same tests and the same grader
        List<java.nio.file.Path> gradedWith = new ArrayList<>(suite.roots());
        gradedWith.add(Kit.graderCode());
        List<BatchGrader.Graded> rows;
        // the copies of the snapshots the check reads; a run without the check leaves no student code behind
        ClassSources sources = similarity ? ClassSources.fresh(out) : null;
        if (!similarity) {
            ClassSources.remove(out);
        }
        try (Grader grader = new Grader(kit, suite).withTestJvms(workers > 1 ? 1 : 2)) {
            rows = new BatchGrader(grader, ContentHash.ofTests(gradedWith), out, workers, force).withStudentReports(feedback::apply)
                    .withClassSources(sources).grade(submissions, progress);
        }
        double gradingSeconds = (System.nanoTime() - start) / 1e9;
        SimilarityReport report = null;
        if (similarity) {
            sources.seal();
            report = new SimilarityCheck(kit, threshold, SimilarityCheck.DEFAULT_BUDGET)
                    .run(List.of(sources), slice.equals(SubmissionSet.Shard.ALL) ? SimilarityReport.Scope.WHOLE_CLASS : SimilarityReport.Scope.ONE_SHARD);
            rows = SimilarityOptions.flag(rows, report);
            Gradebook.write(out.resolve("grades.csv"), rows.stream().map(BatchGrader.Graded::row).toList());
            PairPage.writeAll(out, report);
            SimilarityOptions.print(System.out, report);
        }
        AtomicFiles.write(out.resolve("index.html"), ClassOverview.render(rows, report));
        ConceptTally.write(out.resolve("concepts.csv"), ConceptTally.of(rows.stream().map(BatchGrader.Graded::row).toList(), ClassOverview.rules(rows)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] each = rows.stream().mapToDouble(BatchGrader.Graded::seconds).sorted().toArray();
        double median = each.length == 0 ? 0 : each.length % 2 == 1 ? each[each.length / 2] : (each[each.length / 2 - 1] + each[each.length / 2]) / 2;
        System.out.printf(java.util.Locale.ROOT, "graded %d submissions in %.1f s with %d jobs (%.2f s of the class's time each; "
                        + "one submission took %.1f s at the median)%s%n", rows.size(), gradingSeconds, workers,
                rows.isEmpty() ? 0 : gradingSeconds / rows.size(), median, slice.equals(SubmissionSet.Shard.ALL) ? "" : ", shard " + shard);
        if (report != null) {
            System.out.printf(java.util.Locale.ROOT, "similarity check: %.1f s; the whole batch %.1f s%n", report.seconds(), seconds);
        }
        System.out.println("gradebook: " + out.resolve("grades.csv").toAbsolutePath().normalize());
        System.out.println("class overview: " + out.resolve("index.html").toAbsolutePath().normalize());
        System.out.println("concepts missed: " + out.resolve("concepts.csv").toAbsolutePath().normalize());
        return GradeCommand.OK;
    }
}
