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

    @picocli.CommandLine.Mixin
    FeedbackOptions feedback = new FeedbackOptions();

    @Override
    public Integer call() throws Exception {
        feedback.validate();
        SubmissionSet.Shard slice = shard == null ? SubmissionSet.Shard.ALL : SubmissionSet.Shard.parse(shard);
        if (jobs != null && jobs < 1) {
            throw new pymem.grader.BadInputException("--jobs must be at least 1, not " + jobs);
        }
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
        try (Grader grader = new Grader(kit, suite).withTestJvms(workers > 1 ? 1 : 2)) {
            rows = new BatchGrader(grader, ContentHash.ofTests(gradedWith), out, workers, force).withStudentReports(feedback::apply)
                    .grade(submissions, progress);
        }
        AtomicFiles.write(out.resolve("index.html"), ClassOverview.render(rows));
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] each = rows.stream().mapToDouble(BatchGrader.Graded::seconds).sorted().toArray();
        double median = each.length == 0 ? 0 : each.length % 2 == 1 ? each[each.length / 2] : (each[each.length / 2 - 1] + each[each.length / 2]) / 2;
        System.out.printf(java.util.Locale.ROOT, "graded %d submissions in %.1f s with %d jobs (%.2f s of the class's time each; "
                        + "one submission took %.1f s at the median)%s%n", rows.size(), seconds, workers,
                rows.isEmpty() ? 0 : seconds / rows.size(), median, slice.equals(SubmissionSet.Shard.ALL) ? "" : ", shard " + shard);
        System.out.println("gradebook: " + out.resolve("grades.csv").toAbsolutePath().normalize());
        System.out.println("class overview: " + out.resolve("index.html").toAbsolutePath().normalize());
        return GradeCommand.OK;
    }
}
