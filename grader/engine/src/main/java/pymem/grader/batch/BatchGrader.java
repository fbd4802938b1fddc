package pymem.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import pymem.grader.BadInputException;
import pymem.grader.Grader;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.AtomicFiles;
import pymem.grader.report.ReportWriter;
import pymem.grader.score.ExerciseResult;
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
    static final String HASH_FILE = "submission.sha256";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Grader grader;
    private final String testsFingerprint;
    private final Path out;
    private final int jobs;
    private final boolean force;

    public BatchGrader(Grader grader, String testsFingerprint, Path out, int jobs, boolean force) {
        this.grader = grader;
        this.testsFingerprint = testsFingerprint;
        this.out = out;
        this.jobs = Math.max(1, jobs);
        this.force = force;
    }

    public List<Gradebook.Row> grade(List<SubmissionSet.Entry> submissions, Progress progress) throws IOException, InterruptedException {
        grader.enumerate(); // once, before the workers start: every later call reuses it
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pymem-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Gradebook.Row>> futures = new ArrayList<>();
            for (SubmissionSet.Entry entry : submissions) {
                futures.add(pool.submit(() -> {
                    progress.started(entry.student());
                    Gradebook.Row row = gradeOne(entry);
                    progress.finished(entry.student(), row);
                    return row;
                }));
            }
            List<Gradebook.Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    rows.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    rows.add(errorRow(submissions.get(i).student(), "internal error: " + e.getCause()));
                }
            }
            Gradebook.write(out.resolve("grades.csv"), rows);
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private Gradebook.Row gradeOne(SubmissionSet.Entry entry) {
        Path folder = out.resolve(safeName(entry.student()));
        Path work = null;
        try {
            work = Files.createTempDirectory("pymem-batch-");
            Submission submission = SubmissionLocator.locate(entry.path(), work).withLabel(entry.student());
            // hashed as the grader will read it (the snapshot), never by walking the raw submission
            String hash = ContentHash.of(SubmissionSnapshot.take(submission, work), testsFingerprint);
            Path hashFile = folder.resolve(HASH_FILE);
            Path results = folder.resolve(ReportWriter.RESULTS_JSON);
            if (!force && Files.isRegularFile(hashFile) && Files.isRegularFile(results)
                    && Files.readString(hashFile, StandardCharsets.UTF_8).strip().equals(hash)) {
                return rowFromResults(entry.student(), results, "unchanged");
            }
            GradeResult result = grader.grade(submission);
            ReportWriter.write(result, folder);
            AtomicFiles.write(hashFile, hash + "\n");
            return row(entry.student(), result);
        } catch (BadInputException e) {
            return errorRow(entry.student(), "error: " + e.getMessage());
        } catch (Exception e) {
            return errorRow(entry.student(), "internal error: " + e);
        } finally {
            if (work != null) {
                Grader.deleteQuietly(work);
            }
        }
    }

    static Gradebook.Row row(String student, GradeResult result) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            scores.put(e.exercise().folder(), e.score());
            if (!e.status().equals(ExerciseResult.GRADED)) {
                problems.add(e.exercise().folder() + " " + e.status());
            }
        }
        return new Gradebook.Row(student, result.score(), scores, problems.isEmpty() ? "graded" : "graded; " + String.join("; ", problems));
    }

    /** The row of a submission graded before, rebuilt from its results.json. */
    static Gradebook.Row rowFromResults(String student, Path resultsJson, String note) throws IOException {
        JsonNode root = JSON.readTree(resultsJson.toFile());
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            scores.put(e.folder(), 0);
        }
        int total = 0;
        for (JsonNode t : root.get("tests")) {
            int points = (int) Math.round(t.get("score").asDouble());
            scores.merge(t.get("tags").get(0).asText(), points, Integer::sum);
            total += points;
        }
        return new Gradebook.Row(student, total, scores, "graded (" + note + ")");
    }

    private static Gradebook.Row errorRow(String student, String status) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        ExerciseCatalog.all().forEach(e -> zeros.put(e.folder(), 0));
        return new Gradebook.Row(student, 0, zeros, status.replaceAll("\\s*\\R\\s*", " "));
    }

    /** A student's report folder name: their name with anything unusual replaced, never a path. */
    public static String safeName(String student) {
        String s = student.replaceAll("[^A-Za-z0-9._@-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
