package pymem.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static pymem.grader.submission.IntakeFixture.REFCOUNT;
import static pymem.grader.submission.IntakeFixture.SOLUTIONS;
import static pymem.grader.submission.IntakeFixture.copyOfSolutions;
import static pymem.grader.submission.IntakeFixture.packageFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.Grader;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;

/** End to end: the grader grades the snapshot, so an attacked exercise scores 0 with the reason and the rest is graded. */
class RefusedExerciseGradingTest {
    private static final Kit KIT = new Kit(SOLUTIONS.getParent());

    @Test
    void aLinkedSolutionAndAFifoScoreNothingAndTheRestIsGraded(@TempDir Path tmp) throws Exception {
        Path exercises = copyOfSolutions(tmp.resolve("submission"));
        Path refCounts = packageFolder(exercises, REFCOUNT).resolve("RefCounts.java");
        Files.delete(refCounts);
        Files.createSymbolicLink(refCounts, packageFolder(SOLUTIONS, REFCOUNT).resolve("RefCounts.java"));
        Exercise gc = ExerciseCatalog.byFolder("05-gc").orElseThrow();
        IntakeFixture.mkfifo(packageFolder(exercises, gc).resolve("Pipe.java"));

        GradeResult result = assertTimeoutPreemptively(Duration.ofMinutes(5),
                () -> new Grader(KIT, TestSuite.of(KIT)).grade(new Submission("attacked", exercises)));

        for (ExerciseResult e : result.exercises()) {
            if (e.exercise().equals(REFCOUNT)) {
                assertThat(e.status()).isEqualTo(ExerciseStatus.REFUSED);
                assertThat(e.score()).isZero();
                assertThat(e.detail()).isEqualTo("04-refcount/src/main/java/pymem/refcount/RefCounts.java is a symbolic link: submit the file itself");
                assertThat(e.tests()).isNotEmpty().allSatisfy(t -> assertThat(t.feedback()).contains("is a symbolic link"));
            } else if (e.exercise().equals(gc)) {
                assertThat(e.status()).isEqualTo(ExerciseStatus.REFUSED);
                assertThat(e.score()).isZero();
                assertThat(e.detail()).startsWith("05-gc/src/main/java/pymem/gc/Pipe.java is a FIFO");
            } else {
                assertThat(e.status()).as("%s", e.exercise()).isEqualTo(ExerciseStatus.GRADED);
                assertThat(e.score()).as("%s", e.exercise()).isEqualTo(e.maxScore()).isPositive();
            }
        }
    }
}
