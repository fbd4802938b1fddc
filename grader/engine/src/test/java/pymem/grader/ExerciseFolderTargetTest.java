package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./grade exercises/01-objects}: a path to one exercise's folder grades that exercise of the working tree,
 * whatever the current directory (these tests run in grader/engine, not at the kit's root). The student
 * edition's case is checked end to end by .ci/student-edition.
 */
@DisplayName("./grade with an exercise's folder")
class ExerciseFolderTargetTest {

    @Test
    @DisplayName("grades that exercise alone, of the working tree, given relative to another folder")
    void relative(@TempDir Path tmp) {
        Path relative = Path.of("").toAbsolutePath().relativize(KitFixture.KIT.exercisesDir().resolve("01-objects"));
        assertThat(relative.toString()).as("not the kit's root").startsWith("..");
        assertGradesOneExercise(GradeCommandTest.run(relative.toString(), "-q", "--out", tmp.resolve("out").toString()));
    }

    @Test
    @DisplayName("grades that exercise alone given as an absolute path with a trailing slash")
    void absolute(@TempDir Path tmp) {
        String folder = KitFixture.KIT.exercisesDir().resolve("01-objects") + "/";
        assertGradesOneExercise(GradeCommandTest.run(folder, "-q", "--out", tmp.resolve("out").toString()));
    }

    private static void assertGradesOneExercise(Object[] run) {
        assertThat(run[0]).as("exit status, stderr: %s", run[2]).isEqualTo(0);
        String out = (String) run[1];
        assertThat(out).as("the working tree").contains("working tree (exercises/)");
        assertThat(out).containsPattern("(?m)^ +01-objects +0 / ").doesNotContainPattern("(?m)^ +02-mutability ");
    }
}
