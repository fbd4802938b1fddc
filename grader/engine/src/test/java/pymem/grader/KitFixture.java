package pymem.grader;

import pymem.grader.files.TempFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;

/**
 * The kit these tests run in (this module lives at KIT/grader/engine) and the two grades most tests need,
 * computed once per test JVM: the reference solutions and the untouched stubs.
 */
final class KitFixture {
    static final Kit KIT = new Kit(Path.of("").toAbsolutePath().resolve("../..").normalize());
    private static GradeResult solutions;
    private static GradeResult stubs;

    private KitFixture() {
    }

    static Grader hiddenGrader() {
        return new Grader(KIT, TestSuite.of(KIT));
    }

    static synchronized GradeResult solutions() {
        if (solutions == null) {
            solutions = grade(new Submission("reference solutions", KIT.solutionsDir()));
        }
        return solutions;
    }

    /** The stubs compiled and run (not taken for "not started" by their prints): what the kit's invariants rest on. */
    static synchronized GradeResult stubs() {
        if (stubs == null) {
            stubs = grade(new Submission("stubs", KIT.exercisesDir()), hiddenGrader().runningUnchangedStubs());
        }
        return stubs;
    }

    static GradeResult grade(Submission submission) {
        return grade(submission, hiddenGrader());
    }

    private static GradeResult grade(Submission submission, Grader with) {
        try (Grader grader = with) {
            return grader.grade(submission);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the reference solutions in a fresh temp folder, to inject one fault into. */
    static Path copyOfSolutions() throws IOException {
        Path target = Files.createTempDirectory("pymem-submission-");
        Path source = KIT.solutionsDir();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(p -> !p.toString().contains("/target")).toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    /** Deletes each folder (or file) given, ignoring nulls and failures: for temp folders. */
    static void deleteQuietlyAll(Path... paths) {
        for (Path p : paths) {
            if (p != null) {
                TempFolders.delete(p);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir != null) {
            TempFolders.delete(dir);
        }
    }
}
