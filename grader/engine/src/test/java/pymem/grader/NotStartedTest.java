package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.StubPrints;
import pymem.grader.kit.TestSuite;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * An exercise submitted as its unchanged stub is graded "not started" without being compiled or run: every
 * hidden test fails on a stub (proven by really running them, {@link KitInvariantsTest}), and so does every
 * visible test (proven here), so the grade is known. Anything else, a comment changed or a file added, is compiled and run like any code.
 */
@DisplayName("An exercise submitted as its unchanged stub")
class NotStartedTest {
    private static final Exercise CHANGED = ExerciseCatalog.byFolder("04-refcount").orElseThrow();
    private static GradeResult asShipped;

    @BeforeAll
    static void gradeTheStubsAsShipped() {
        asShipped = KitFixture.grade(new Submission("stubs", KitFixture.KIT.exercisesDir()));
    }

    @Test
    @DisplayName("is known by the prints the kit records (./grade calibrate --stubs-only writes them after a stub changes)")
    void recordedPrintsAreTheStubs() throws IOException {
        Map<Exercise, String> recorded = StubPrints.recorded(KitFixture.KIT).asMap();
        Map<Exercise, String> now = StubPrints.ofStubs(KitFixture.KIT).asMap();
        assertThat(now).as("stubs with a print").hasSize(ExerciseCatalog.all().size());
        assertThat(recorded).as("%s records the stubs as they are: run ./grade calibrate --stubs-only and commit it", StubPrints.FILE)
                .isEqualTo(now);
    }

    @Test
    @DisplayName("scores exactly what the stub scores when run, 0, with every test failed and the reason, nothing compiled or run")
    void gradedNotStartedWithTheRunStubsScores() {
        GradeResult run = KitFixture.stubs();
        for (ExerciseResult e : asShipped.exercises()) {
            ExerciseResult ran = run.exercises().stream().filter(r -> r.exercise().equals(e.exercise())).findFirst().orElseThrow();
            assertThat(e.status()).as("status of %s", e.exercise()).isEqualTo(ExerciseStatus.NOT_STARTED);
            assertThat(ran.status()).as("status of %s when the stub is run", e.exercise()).isEqualTo(ExerciseStatus.GRADED);
            assertThat(numbersAndScores(e)).as("each test's score in %s, not started against run", e.exercise()).isEqualTo(numbersAndScores(ran));
            assertThat(e.tests()).as("tests of %s", e.exercise()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.feedback()).startsWith("not started: its sources are the stub's, unchanged"))
                    .allSatisfy(t -> assertThat(t.seconds()).as("time of a test never run").isZero());
        }
    }

    @Test
    @DisplayName("is compiled and run as soon as one comment changes or a class is added; Windows line ends or a text file leave it the stub")
    void anyChangeIsGraded(@TempDir Path dir) throws IOException {
        Path submission = dir.resolve("submission");
        for (Exercise e : ExerciseCatalog.all()) {
            Classroom.copyTree(KitFixture.KIT.stubSources(e), submission.resolve(e.folder()).resolve("src/main/java"));
        }
        Path changed = firstJavaFile(submission.resolve(CHANGED.folder()));
        Files.writeString(changed, Files.readString(changed) + "\n// started\n");
        Exercise added = ExerciseCatalog.byFolder("06-weakref").orElseThrow();
        Path first = firstJavaFile(submission.resolve(added.folder()));
        String pkg = submission.resolve(added.folder()).resolve("src/main/java").relativize(first.getParent()).toString().replace('/', '.');
        Files.writeString(first.resolveSibling("Started.java"), "package " + pkg + ";\nfinal class Started {\n}\n");
        Exercise notes = ExerciseCatalog.byFolder("08-copy").orElseThrow();
        Files.writeString(firstJavaFile(submission.resolve(notes.folder())).resolveSibling("notes.txt"), "to do");
        Exercise crlf = ExerciseCatalog.byFolder("02-mutability").orElseThrow();
        try (Stream<Path> files = Files.walk(submission.resolve(crlf.folder()))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.writeString(f, Files.readString(f).replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        GradeResult result = KitFixture.grade(new Submission("one started", submission));
        Map<Exercise, ExerciseStatus> statuses = result.exercises().stream().collect(Collectors.toMap(ExerciseResult::exercise, ExerciseResult::status));
        assertThat(statuses.get(CHANGED)).as("04 with a comment added").isEqualTo(ExerciseStatus.GRADED);
        assertThat(statuses.get(added)).as("06 with a class added").isEqualTo(ExerciseStatus.GRADED);
        assertThat(statuses.get(notes)).as("08 with a text file beside its sources (not compiled, so not graded)").isEqualTo(ExerciseStatus.NOT_STARTED);
        assertThat(statuses.get(crlf)).as("02 with Windows line ends").isEqualTo(ExerciseStatus.NOT_STARTED);
        assertThat(result.exercises().stream().filter(e -> e.status() == ExerciseStatus.GRADED).flatMap(e -> e.tests().stream()))
                .as("tests of the exercises compiled and run").isNotEmpty().allSatisfy(t -> assertThat(t.passed()).isFalse());
    }

    @Test
    @DisplayName("is compiled and run when the grade asks for it (./grade 04)")
    void runWhenAsked() throws IOException, InterruptedException {
        try (Grader grader = KitFixture.hiddenGrader().onlyExercises(List.of(CHANGED)).runningUnchangedStubs()) {
            GradeResult result = grader.grade(new Submission("stubs", KitFixture.KIT.exercisesDir()));
            assertThat(result.exercises()).singleElement().extracting(ExerciseResult::status).isEqualTo(ExerciseStatus.GRADED);
        }
    }

    @Test
    @DisplayName("is not started with the visible tests too (the student edition's ./grade): every visible test fails on the stubs when run")
    void visibleTestsFailOnTheStubs() throws IOException, InterruptedException {
        GradeResult run;
        try (Grader grader = new Grader(KitFixture.KIT, TestSuite.visible(KitFixture.KIT)).runningUnchangedStubs()) {
            run = grader.grade(new Submission("stubs", KitFixture.KIT.exercisesDir()));
        }
        assertThat(run.exercises()).as("exercises graded").hasSize(ExerciseCatalog.all().size())
                .allSatisfy(e -> assertThat(e.status()).as("%s run", e.exercise()).isEqualTo(ExerciseStatus.GRADED));
        assertThat(run.exercises().stream().flatMap(e -> e.tests().stream()).filter(TestResult::passed).map(t -> t.test().name()))
                .as("visible tests that pass on a stub: a student who has written nothing would see green").isEmpty();
        GradeResult skipped;
        try (Grader grader = new Grader(KitFixture.KIT, TestSuite.visible(KitFixture.KIT))) {
            skipped = grader.grade(new Submission("stubs", KitFixture.KIT.exercisesDir()));
        }
        for (ExerciseResult e : skipped.exercises()) {
            ExerciseResult ran = run.exercises().stream().filter(r -> r.exercise().equals(e.exercise())).findFirst().orElseThrow();
            assertThat(e.status()).as("status of %s", e.exercise()).isEqualTo(ExerciseStatus.NOT_STARTED);
            assertThat(numbersAndScores(e)).as("each visible test's score in %s", e.exercise()).isEqualTo(numbersAndScores(ran));
        }
    }

    private static List<String> numbersAndScores(ExerciseResult e) {
        return e.tests().stream().map(t -> t.test().number() + "=" + t.score()).toList();
    }

    private static Path firstJavaFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
        }
    }
}
