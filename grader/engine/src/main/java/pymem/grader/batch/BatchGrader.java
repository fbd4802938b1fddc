package pymem.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import pymem.grader.BadInputException;
import pymem.grader.Grader;
import pymem.grader.files.ContentHash;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.ReportWriter;
import pymem.grader.report.StudentText;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;
import pymem.grader.submission.SubmissionLocator;
import pymem.grader.submission.SubmissionSnapshot;

/**
 * Grades a class: every submission in parallel ({@code jobs} at a time, each in its own test JVM; the tests
 * are enumerated once for the whole batch), each into its own report folder, then the gradebook. A broken or
 * hostile submission only ever costs its own row. A submission whose content (and the tests) did not change
 * since the last run keeps its previous grade unless {@code force}.
 */
public final class BatchGrader {

    private final Grader grader;
    private final String testsFingerprint;
    private final Path out;
    private final int jobs;
    private final boolean force;
    private final GradeCache cache;
    /** What each student's report folder shows of their grade (the feedback level); the gradebook keeps it all. */
    private java.util.function.UnaryOperator<GradeResult> forStudents = java.util.function.UnaryOperator.identity();
    /** Where each snapshot is copied for the similarity check, when it runs; else null. */
    private pymem.grader.batch.similarity.ClassSources classSources;

    /**
     * One graded (or refused) submission: its report folder, its result when it was graded, its row, and how long
     * this run spent on it (a cached grade costs only its snapshot and lookup).
     */
    public record Graded(String student, Path folder, GradeResult result, Gradebook.Row row, double seconds) {
    }

    public BatchGrader(Grader grader, String testsFingerprint, Path out, int jobs, boolean force) {
        this.grader = grader;
        this.testsFingerprint = testsFingerprint;
        this.out = out;
        this.jobs = Math.max(1, jobs);
        this.force = force;
        this.cache = new GradeCache(out);
    }

    /** Writes each student's reports through {@code feedback} (e.g. a feedback level), not the full grade. */
    public BatchGrader withStudentReports(java.util.function.UnaryOperator<GradeResult> feedback) {
        this.forStudents = feedback;
        return this;
    }

    /** Copies every snapshot (cached or graded) into {@code sources}, for the similarity check after the batch. */
    public BatchGrader withClassSources(pymem.grader.batch.similarity.ClassSources sources) {
        this.classSources = sources;
        return this;
    }

    public List<Graded> grade(List<SubmissionSet.Entry> submissions, Progress progress) throws IOException, InterruptedException {
        grader.enumerate(); // once, before the workers start: every later call reuses it
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pymem-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Graded>> futures = new ArrayList<>();
            for (SubmissionSet.Entry entry : submissions) {
                futures.add(pool.submit(() -> {
                    progress.started(entry.student());
                    long began = System.nanoTime();
                    Graded graded = gradeOne(entry);
                    graded = new Graded(graded.student(), graded.folder(), graded.result(), graded.row(), (System.nanoTime() - began) / 1e9);
                    progress.finished(entry.student(), graded.row());
                    return graded;
                }));
            }
            List<Graded> all = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                String student = submissions.get(i).student();
                try {
                    all.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    all.add(new Graded(student, out.resolve(safeName(student)), null, errorRow(student, "internal error: " + e.getCause()), 0));
                }
            }
            Gradebook.write(out.resolve("grades.csv"), all.stream().map(Graded::row).toList());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private Graded gradeOne(SubmissionSet.Entry entry) {
        Path folder = out.resolve(safeName(entry.student()));
        Path work = null;
        try {
            work = Files.createTempDirectory("pymem-batch-");
            Submission submission = SubmissionLocator.locate(entry.path(), work).withLabel(entry.student());
            // hashed as the grader will read it (the snapshot), never by walking the raw submission
            SubmissionSnapshot snapshot = SubmissionSnapshot.take(submission, work);
            String key = ContentHash.of(snapshot.contentHash(), testsFingerprint);
            if (classSources != null) {
                classSources.add(entry.student(), snapshot); // the graded copy, before it is deleted below
            }
            if (!force) {
                Optional<GradeResult> cached = cache.get(key);
                if (cached.isPresent()) {
                    ReportWriter.write(forStudents.apply(cached.get()), folder); // whatever is in the folder now is replaced
                    return new Graded(entry.student(), folder, cached.get(), row(entry.student(), cached.get(), " (unchanged)"), 0);
                }
            }
            GradeResult result = grader.grade(entry.student(), snapshot);
            ReportWriter.write(forStudents.apply(result), folder);
            cache.put(key, result);
            return new Graded(entry.student(), folder, result, row(entry.student(), result, ""), 0);
        } catch (BadInputException e) {
            return new Graded(entry.student(), folder, null, errorRow(entry.student(), "error: " + e.getMessage()), 0);
        } catch (Exception e) {
            return new Graded(entry.student(), folder, null, errorRow(entry.student(), "internal error: " + e), 0);
        } finally {
            TempFolders.delete(work);
        }
    }

    static Gradebook.Row row(String student, GradeResult result, String note) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            scores.put(e.exercise().folder(), e.score());
            if (e.status() != ExerciseStatus.GRADED) {
                problems.add(e.exercise().folder() + " " + e.status());
            }
        }
        List<String> missed = result.exercises().stream().flatMap(e -> e.conceptScores().stream())
                .filter(c -> c.status() != ConceptStatus.HELD).map(c -> c.concept().id()).toList();
        return new Gradebook.Row(student, result.score(), scores, missed,
                (problems.isEmpty() ? "graded" : "graded; " + String.join("; ", problems)) + note);
    }

    private static Gradebook.Row errorRow(String student, String status) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        ExerciseCatalog.all().forEach(e -> zeros.put(e.folder(), 0));
        return new Gradebook.Row(student, 0, zeros, List.of(), StudentText.oneLine(StudentText.clean(status, 1_000)));
    }

    /** A student's report folder name: their name with anything unusual replaced, never a path. */
    public static String safeName(String student) {
        String s = student.replaceAll("[^A-Za-z0-9._@-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
