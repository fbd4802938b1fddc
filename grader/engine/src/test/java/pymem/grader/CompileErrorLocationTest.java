package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.compile.CompileOutcome;
import pymem.grader.compile.CompileStatus;
import pymem.grader.report.ReportWriter;

/**
 * A compile error names its file the way javac does, relative to the current directory, so that a terminal
 * or an editor opens it with a click: the same text in the console, results.json and report.html.
 */
@DisplayName("A compile error of ./grade")
class CompileErrorLocationTest {

    @Test
    @DisplayName("names the file relative to the current directory, with its line, in the console, results.json and report.html")
    void clickable(@TempDir Path tmp) throws IOException {
        Path exercise = tmp.resolve("submission/04-refcount");
        Classroom.copyTree(KitFixture.KIT.exercisesDir().resolve("04-refcount/src"), exercise.resolve("src"));
        Path file = exercise.resolve("src/main/java/pymem/refcount/RefCounts.java");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int line = (int) source.substring(0, source.indexOf("throw new")).lines().count();
        Files.writeString(file, source.replaceFirst("throw new", "int broken = \"text\"; throw new"), StandardCharsets.UTF_8);

        Path out = tmp.resolve("out");
        Object[] run = GradeCommandTest.run(exercise.toString(), "--out", out.toString());
        assertThat(run[0]).as("exit status, stderr: %s", run[2]).isEqualTo(0);

        String shown = Path.of("").toAbsolutePath().relativize(file).toString().replace('\\', '/');
        String location = shown + ":" + line + ": error: incompatible types";
        assertThat(Path.of(shown)).as("the path opens the file from the current directory").isRegularFile();
        assertThat((String) run[1]).as("the console").contains(location);
        assertThat(Files.readString(out.resolve(ReportWriter.RESULTS_JSON))).as("results.json").contains(location);
        assertThat(Files.readString(out.resolve(ReportWriter.REPORT_HTML))).as("report.html").contains(location);
    }

    @Test
    @DisplayName("names the file relative to the exercise's sources when grading a zip, which has no place to open")
    void zipStaysExerciseRelative() {
        assertThat(errors("pymem/refcount/RefCounts.java:3: error: x\n... and 2 more errors").errorsNamedFrom(""))
                .isEqualTo("pymem/refcount/RefCounts.java:3: error: x\n... and 2 more errors");
        assertThat(errors("pymem/refcount/RefCounts.java:3: error: x\nerror: other").errorsNamedFrom("ex/04-refcount/src/main/java/"))
                .isEqualTo("ex/04-refcount/src/main/java/pymem/refcount/RefCounts.java:3: error: x\nerror: other");
    }

    private static CompileOutcome errors(String text) {
        return new CompileOutcome(null, CompileStatus.COMPILE_ERROR, text);
    }
}
