package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;

/** A broken exercise scores 0 with the reason; every other exercise scores exactly as the reference does. */
@DisplayName("A submission")
class BrokenSubmissionTest {
    private Path submission;

    @BeforeEach
    void copyReference() throws IOException {
        submission = KitFixture.copyOfSolutions();
    }

    @AfterEach
    void cleanUp() throws IOException {
        KitFixture.delete(submission);
    }

    private Path identityPackage() {
        return submission.resolve("01-objects/src/main/java/pymem/identity");
    }

    @Test
    @DisplayName("whose 01 does not compile gets every 01 test at 0 with the compiler's message")
    void compileError() throws IOException {
        Files.writeString(identityPackage().resolve("Broken.java"), "package pymem.identity;\nclass Broken { int x = \"not an int\"; }\n");
        GradeResult result = KitFixture.grade(new Submission("broken", submission));
        ExerciseResult ex01 = result.exercises().get(0);
        assertThat(ex01.status()).isEqualTo(ExerciseStatus.COMPILE_ERROR);
        assertThat(ex01.score()).isZero();
        assertThat(ex01.tests()).allSatisfy(t -> assertThat(t.feedback()).contains("does not compile").contains("Broken.java:2"));
        assertOthersAsReference(result);
    }

    @Test
    @DisplayName("whose 01 calls System.exit is not run, and the report names the class, the member and the rule")
    void systemExit() throws IOException {
        Files.writeString(identityPackage().resolve("Quitter.java"),
                "package pymem.identity;\npublic class Quitter { public static void quit() { System.exit(0); } }\n");
        GradeResult result = KitFixture.grade(new Submission("exit", submission));
        ExerciseResult ex01 = result.exercises().get(0);
        assertThat(ex01.status()).isEqualTo(ExerciseStatus.RULE_VIOLATION);
        assertThat(ex01.score()).isZero();
        assertThat(ex01.detail()).contains("Quitter.quit()").contains("System.exit");
        assertOthersAsReference(result);
    }

    @Test
    @DisplayName("without an exercise folder gets that exercise at 0 as not submitted")
    void missingExercise() throws IOException {
        KitFixture.delete(submission.resolve("01-objects"));
        GradeResult result = KitFixture.grade(new Submission("partial", submission));
        assertThat(result.exercises().get(0).status()).isEqualTo(ExerciseStatus.NOT_SUBMITTED);
        assertThat(result.exercises().get(0).tests()).allSatisfy(t -> assertThat(t.feedback()).startsWith("not submitted"));
        assertOthersAsReference(result);
    }

    @Test
    @DisplayName("zipped one folder deep is found and graded as the reference")
    void nestedZip() throws IOException {
        Path zip = Files.createTempFile("pymem-nested-", ".zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var walk = Files.walk(submission)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("my-work/" + submission.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        Path work = Files.createTempDirectory("pymem-nested-work-");
        try {
            GradeResult result = KitFixture.grade(pymem.grader.submission.SubmissionLocator.locate(zip, work));
            assertThat(result.score()).as("a zip holding one folder that holds the exercises").isEqualTo(KitFixture.solutions().score());
        } finally {
            Files.deleteIfExists(zip);
            KitFixture.delete(work);
        }
    }

    private static void assertOthersAsReference(GradeResult result) {
        GradeResult reference = KitFixture.solutions();
        for (int i = 1; i < result.exercises().size(); i++) {
            assertThat(result.exercises().get(i).score()).as("score of %s, untouched", result.exercises().get(i).exercise().folder())
                    .isEqualTo(reference.exercises().get(i).score());
        }
    }
}
