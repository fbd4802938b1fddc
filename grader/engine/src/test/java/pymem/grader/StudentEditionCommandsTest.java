package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pymem.grader.kit.Kit;
import pymem.grader.kit.KitEdition;
import pymem.grader.release.StudentEdition;

/**
 * The student edition's {@code ./grade}: its help lists a student's commands only, and an instructor's command
 * or option is refused with one line. Checked on a released edition (no Maven run: neither needs a build).
 */
@DisplayName("The student edition's ./grade")
class StudentEditionCommandsTest {
    private static final String[] INSTRUCTOR_ONLY = {"release", "batch", "merge", "gradescope", "quality", "calibrate", "misconceptions",
            "--solutions", "--visible"};
    private static Path parent;
    private static Path edition;

    @BeforeAll
    static void release() throws IOException {
        parent = Files.createTempDirectory("pymem-edition-");
        edition = StudentEdition.write(KitFixture.KIT, parent.resolve("edition")).folder();
    }

    @AfterAll
    static void delete() throws IOException {
        KitFixture.delete(parent);
    }

    /** Runs the CLI as the edition's launcher does (the kit is the edition); returns {exit code, stdout, stderr}. */
    private static Object[] inEdition(String... args) {
        return GradeCommandTest.runIn(edition, args);
    }

    @Test
    @DisplayName("knows it is the student edition, and the kit knows it is not")
    void detected() {
        assertThat(new Kit(edition).edition()).isEqualTo(KitEdition.STUDENT);
        assertThat(KitFixture.KIT.edition()).isEqualTo(KitEdition.INSTRUCTOR);
    }

    @Test
    @DisplayName("is recognised without its marker too, having neither solutions nor hidden tests")
    void detectedWithoutMarker() throws IOException {
        Path bare = Files.createDirectories(parent.resolve("bare/exercises/model"));
        assertThat(new Kit(bare.getParent().getParent()).edition()).isEqualTo(KitEdition.STUDENT);
    }

    @Test
    @DisplayName("--help lists a student's commands and options, none of the instructor's")
    void help() {
        Object[] run = inEdition("--help");
        assertThat(run[0]).isEqualTo(0);
        String help = (String) run[1];
        assertThat(help).contains("--watch").contains("-q, --quiet").contains("--out").contains("exercises/04-refcount");
        for (String word : INSTRUCTOR_ONLY) {
            assertThat(help).as("the edition's help mentions %s:\n%s", word, help).doesNotContainPattern("(?<![\\w-])" + java.util.regex.Pattern.quote(word) + "(?![\\w-])");
        }
        String kitHelp = (String) GradeCommandTest.run("--help")[1];
        for (String word : INSTRUCTOR_ONLY) {
            assertThat(kitHelp).as("the kit's help lists %s", word).contains(word);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"release", "batch", "merge", "gradescope", "quality", "calibrate", "misconceptions", "--solutions", "--visible"})
    @DisplayName("refuses an instructor command or option with one line and exit status 2")
    void refuses(String word) {
        Object[] run = word.equals("release") || word.equals("gradescope") ? inEdition(word, "--out", parent.resolve("x").toString())
                : word.equals("merge") ? inEdition(word, "a.csv") : word.equals("batch") ? inEdition(word, parent.toString()) : inEdition(word);
        assertThat(run[0]).as("exit status; stderr: %s", run[2]).isEqualTo(2);
        String err = ((String) run[2]).strip();
        assertThat(err.lines().count()).as("one line: %s", err).isEqualTo(1);
        assertThat(err).contains(word).contains("instructor");
        assertThat(parent.resolve("x")).as("nothing written").doesNotExist();
    }

    @Test
    @DisplayName("runs the testkit's checks in its exercises' tests too: their poms enable them, and it builds the testkit")
    void editionPomsEnableTheChecks() throws IOException {
        for (var e : pymem.grader.kit.ExerciseCatalog.all()) {
            assertThat(Files.readString(edition.resolve("exercises").resolve(e.folder()).resolve("pom.xml")))
                    .as("the edition's %s pom", e.folder())
                    .contains("junit.jupiter.extensions.autodetection.enabled = true").contains("pymem.rules.classes");
        }
        assertThat(Files.readString(edition.resolve("pom.xml"))).contains("<module>grader/testkit</module>");
        assertThat(edition.resolve("grader/engine/src/main/java/pymem/grader/rules/SubmissionAllowlist.java"))
                .as("the rule book the testkit compiles").isRegularFile();
    }
}
