package pymem.grader.misconceptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import pymem.grader.Grader;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.Kit;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * Grades each misconception of the corpus as a submission of its own that holds only the edited exercise: a
 * copy of that exercise's reference sources with the misconception's edits applied. Only that exercise is
 * compiled and run (the others are "not submitted"), so one misconception costs one compile and one test JVM.
 * Misconceptions are graded {@code jobs} at a time with one {@link Grader}, as a batch grades students.
 */
public final class CorpusRun {

    /**
     * How one misconception was graded.
     *
     * @param misconception what was graded
     * @param result        its exercise's result
     * @param othersRun     the other exercises for which any test ran (must be none: the variant touches only
     *                      its own exercise)
     */
    public record Outcome(Misconception misconception, ExerciseResult result, List<Exercise> othersRun) {

        /** Points the misconception cost: the exercise's maximum minus its score. */
        public int lost() {
            return result.maxScore() - result.score();
        }

        /** True when the hidden tests took at least one point away. */
        public boolean caught() {
            return lost() > 0;
        }

        /** True when the exercise compiled, obeyed the rules and ran: a misconception must be valid Java. */
        public boolean graded() {
            return result.status() == ExerciseStatus.GRADED;
        }

        public long failedTests() {
            return result.tests().stream().filter(t -> !t.passed()).count();
        }

        /** The first failing test in the exercise's order: the one feedback shows first. */
        public Optional<TestResult> firstFailure() {
            return result.tests().stream().filter(t -> !t.passed()).findFirst();
        }
    }

    private CorpusRun() {
    }

    /** Grades every misconception of {@code corpus}, {@code jobs} at a time; outcomes in corpus order. */
    public static List<Outcome> run(Kit kit, Grader grader, List<Misconception> corpus, int jobs)
            throws IOException, InterruptedException {
        grader.enumerate(); // once, before the workers start
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "pymem-misconception");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Misconception m : corpus) {
                futures.add(pool.submit(() -> grade(kit, grader, m)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(cause);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Grades one misconception: its exercise's reference, edited, as the only exercise of a submission. */
    public static Outcome grade(Kit kit, Grader grader, Misconception m) throws IOException, InterruptedException {
        Path submission = Files.createTempDirectory("pymem-misconception-");
        try {
            Path sources = submission.resolve(m.exercise().folder()).resolve("src/main/java");
            copyTree(kit.solutionsDir().resolve(m.exercise().folder()).resolve("src/main/java"), sources);
            m.applyTo(sources);
            GradeResult graded = grader.grade(new Submission(m.id(), submission));
            ExerciseResult own = null;
            List<Exercise> othersRun = new ArrayList<>();
            for (ExerciseResult e : graded.exercises()) {
                if (e.exercise().equals(m.exercise())) {
                    own = e;
                } else if (e.status() != ExerciseStatus.NOT_SUBMITTED || e.tests().stream().anyMatch(t -> t.seconds() > 0 || t.passed())) {
                    othersRun.add(e.exercise());
                }
            }
            if (own == null) {
                throw new IllegalStateException(m.id() + ": the grade has no result for " + m.exercise());
            }
            return new Outcome(m, own, othersRun);
        } finally {
            TempFolders.delete(submission);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path dest = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
