package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.rules.SubmissionAllowlist;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.submission.Submission;
import pymem.grading.SubmissionRulesCheck;

/**
 * The exercises' own {@code mvn test} runs the grader's rule check and shortens a stub's TODO: the testkit's
 * extensions are auto-detected there (and only there: the grader's test JVMs auto-detect their time limits
 * alone), and the rule check gives ./grade's message, from the same rule book.
 */
@DisplayName("The visible tests' build")
class VisibleBuildChecksTest {
    private static final String SNEAKY = "package pymem.refcount;\n\npublic class Sneaky {\n    public static boolean peek() {\n"
            + "        return new java.io.File(\"x\").exists();\n    }\n}\n";

    @Test
    @DisplayName("refuses an exercise using java.io.File with ./grade's message, and passes the reference")
    void sameMessageAsTheGrader(@TempDir Path tmp) throws IOException {
        Path submission = KitFixture.copyOfSolutions();
        try {
            Path source = submission.resolve("04-refcount/src/main/java/pymem/refcount/Sneaky.java");
            Files.writeString(source, SNEAKY, StandardCharsets.UTF_8);
            Path classes = Files.createDirectories(tmp.resolve("classes"));
            int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
            assertThat(javac).as("javac").isZero();

            String verdict = SubmissionRulesCheck.verdict(classes, "04-refcount");
            assertThat(verdict).startsWith(SubmissionAllowlist.REFUSAL).contains("java.io.File").contains("Sneaky.java:5");

            ExerciseResult graded = KitFixture.grade(new Submission("sneaky", submission)).exercises().stream()
                    .filter(e -> e.exercise().folder().equals("04-refcount")).findFirst().orElseThrow();
            assertThat(graded.status()).isEqualTo(ExerciseStatus.RULE_VIOLATION);
            assertThat(graded.tests()).as("./grade's message is the build's").allSatisfy(t -> assertThat(t.feedback()).isEqualTo(verdict));
        } finally {
            KitFixture.delete(submission);
        }
        Exercise refcount = ExerciseCatalog.byFolder("04-refcount").orElseThrow();
        assertThat(SubmissionRulesCheck.verdict(KitFixture.KIT.solutionsDir().resolve("04-refcount/target/classes"), refcount.folder()))
                .as("the reference is clean").isEmpty();
    }

    @Test
    @DisplayName("auto-detects the testkit's extensions in every exercise's tests, with the classes to check")
    void everyExerciseRegistersThem() throws IOException {
        List<String> services = Files.readAllLines(KitFixture.KIT.root().resolve(
                "grader/testkit/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension"));
        assertThat(services).contains(pymem.grading.NotImplementedYet.class.getName(), SubmissionRulesCheck.class.getName());
        for (Exercise e : ExerciseCatalog.all()) {
            String pom = Files.readString(KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("pom.xml"));
            assertThat(pom).as("%s's pom", e.folder())
                    .contains("junit.jupiter.extensions.autodetection.enabled = true")
                    .contains("<" + SubmissionRulesCheck.CLASSES + ">${project.build.outputDirectory}</")
                    .contains("<" + SubmissionRulesCheck.EXERCISE + ">${project.basedir}</")
                    .contains("<artifactId>pymem-testkit</artifactId>").contains("<artifactId>archunit</artifactId>");
        }
    }

    @Test
    @DisplayName("leaves the grader's test JVMs as they were: they auto-detect only their own extensions (time limits, heap picture)")
    void graderUnchanged() throws IOException {
        String fork = Files.readString(KitFixture.KIT.root().resolve("grader/engine/src/main/java/pymem/grader/fork/ForkMain.java"));
        // auto-detection is narrowed to the grader's own extensions: the visible tests' NotImplementedYet and
        // SubmissionRulesCheck, registered in the same services file, must never run in a grading JVM
        assertThat(fork).contains("\"junit.jupiter.extensions.autodetection.include\",")
                .doesNotContain("NotImplementedYet").doesNotContain("SubmissionRulesCheck");
    }
}
