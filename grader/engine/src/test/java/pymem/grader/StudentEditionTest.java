package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.release.LeakScan;

/**
 * {@code ./grade release}: the student edition has what a student needs and nothing of the instructor's. Fast
 * by design (no Maven run): .ci/student-edition builds an edition and runs {@code mvn test} and {@code ./grade}
 * in it, with the stubs and with the reference solutions copied in.
 */
@DisplayName("The student edition")
class StudentEditionTest {
    private static final Path KIT = KitFixture.KIT.root();
    private static Path parent;
    private static Path edition;
    private static Object[] release;

    @BeforeAll
    static void release() throws IOException {
        parent = Files.createTempDirectory("pymem-edition-");
        edition = parent.resolve("edition");
        release = GradeCommandTest.run("release", "--out", edition.toString());
    }

    @AfterAll
    static void delete() throws IOException {
        KitFixture.delete(parent);
    }

    @Test
    @DisplayName("is written with exit status 0 and a one-line summary")
    void isWritten() {
        assertThat(release[0]).as("exit status of ./grade release, stderr: %s", release[2]).isEqualTo(0);
        assertThat((String) release[1]).as("the summary names the folder").contains(edition.toString());
        assertThat(parent.toFile().list()).as("only the edition is left beside it (no staging folder)").containsExactly("edition");
    }

    @Test
    @DisplayName("passes the leak check")
    void passesTheLeakCheck() throws IOException {
        assertThat(LeakScan.of(KitFixture.KIT).findings(edition)).as("leaks found in the edition").isEmpty();
    }

    @Test
    @DisplayName("has no instructor folder, grading-test class, facts class, twin or calibration file")
    void hasNoInstructorFiles() throws IOException {
        assertThat(edition.resolve("solutions")).as("the reference solutions").doesNotExist();
        assertThat(edition.resolve("grader/hidden")).as("the instructor's tests").doesNotExist();
        assertThat(edition.resolve("grader/engine/src/test")).as("the kit's own engine tests").doesNotExist();
        assertThat(edition.resolve("bench")).as("the benchmarks").doesNotExist();
        for (String file : files(edition)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            assertThat(name).as(file).doesNotContain("HiddenTest").isNotIn("twin.py", "reference-times.tsv");
            if (name.endsWith("Facts.java") || name.endsWith("Facts.class")) {
                assertThat(file).as("the only facts type is the testkit's annotation").isEqualTo("grader/testkit/src/main/java/pymem/grading/CPythonFacts.java");
            }
        }
    }

    @Test
    @DisplayName("has every stub, lesson and visible test exactly as the kit has them")
    void hasTheExercises() throws IOException {
        for (Exercise e : ExerciseCatalog.all()) {
            Path source = KIT.resolve("exercises").resolve(e.folder());
            for (String file : files(source)) {
                if (file.startsWith("target/")) {
                    continue;
                }
                Path copy = edition.resolve("exercises").resolve(e.folder()).resolve(file);
                assertThat(copy).as(e.folder() + "/" + file).exists().hasSameBinaryContentAs(source.resolve(file));
            }
        }
        assertThat(edition.resolve("exercises/model/pom.xml")).exists();
        assertThat(edition.resolve("grader/testkit/pom.xml")).exists();
        assertThat(edition.resolve("grader/engine/src/main/java/pymem/grader/cli/GradeCommand.java")).exists();
    }

    @Test
    @DisplayName("builds the model, the testkit, the exercises and the grader, and runs the exercises' tests")
    void hasItsOwnRootPom() throws IOException {
        String pom = Files.readString(edition.resolve("pom.xml"));
        List<String> modules = new ArrayList<>(List.of("exercises/model", "grader/testkit"));
        ExerciseCatalog.all().forEach(e -> modules.add("exercises/" + e.folder()));
        modules.add("grader/engine");
        String expected = String.join("", modules.stream().map(m -> "<module>" + m + "</module>").toList());
        assertThat(pom.replaceAll("\\s+", "")).as("the modules, in lesson order").contains("<modules>" + expected + "</modules>")
                .contains("<pymem.stubTests.skip>${skipTests}</pymem.stubTests.skip>", "<skipTests>false</skipTests>")
                .contains("<maven.test.failure.ignore>true</maven.test.failure.ignore>")
                .doesNotContain("<profiles>").doesNotContain("pitest");
        String engine = Files.readString(edition.resolve("grader/engine/pom.xml"));
        assertThat(engine).as("the engine pom").doesNotContain("hidden").doesNotContain("<profiles>").contains("maven-shade-plugin");
    }

    @Test
    @DisplayName("has the launchers, the wrapper, a student README and a GitHub Classroom workflow")
    void hasTheStudentFiles() throws IOException {
        assertThat(edition.resolve("grade")).as("./grade").isExecutable();
        assertThat(edition.resolve("mvnw")).as("./mvnw").isExecutable();
        assertThat(edition.resolve("grade.cmd")).hasSameBinaryContentAs(KIT.resolve("grade.cmd"));
        assertThat(edition.resolve("mvnw.cmd")).exists();
        assertThat(edition.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
        assertThat(edition.resolve(".gitattributes")).as("line endings that keep the launchers runnable")
                .content().contains("grade       text eol=lf", "*.cmd       text eol=crlf");
        String readme = Files.readString(edition.resolve("README.md"));
        assertThat(readme).as("the student README")
                .contains("mvn -pl exercises/04-refcount test", "-Dgroups=task:2", "./grade", "## Self-check", "## How to submit");
        ExerciseCatalog.all().forEach(e -> assertThat(readme).as("README lists " + e.folder()).contains("exercises/" + e.folder() + "/README.md"));
        String workflow = Files.readString(edition.resolve(".github/workflows/classroom.yml"));
        assertThat(workflow).as("the workflow")
                .contains("push", "actions/setup-java", "distribution: temurin", "java-version: '17'", "./grade",
                        "autograding-grading-reporter", "PYMEM_RESULTS", "runners: pymem")
                .doesNotContain("\t");
    }

    @Nested
    @DisplayName("leak check")
    class LeakCheck {
        @TempDir
        Path tmp;

        @Test
        @DisplayName("finds a solution file, an instructor test class, a twin and a mention of the instructor's folders")
        void findsPlantedLeaks() throws IOException {
            Path copy = tmp.resolve("copy");
            copyTree(edition, copy);
            Exercise first = ExerciseCatalog.all().get(0);
            Path solution = firstChangedSolutionFile(first);
            Path stub = copy.resolve("exercises").resolve(first.folder()).resolve("src/main/java")
                    .resolve(KIT.resolve("solutions").resolve(first.folder()).resolve("src/main/java").relativize(solution).toString());
            Files.copy(solution, stub, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(copy.resolve("exercises/model/ExtraHiddenTest.java"), "class ExtraHiddenTest {}\n");
            Files.writeString(copy.resolve("exercises/05-gc/twin.py"), "print(1)\n");
            Files.writeString(copy.resolve("NOTES.md"), "see grader/hidden for more\nrun ./grade --solutions\nthe hidden tests\n");
            String instructorClass = LeakScan.of(KitFixture.KIT).instructorClassNames().iterator().next();
            Files.writeString(copy.resolve("exercises/model/Names.txt"), "like " + instructorClass + "\n");

            List<String> findings = LeakScan.of(KitFixture.KIT).findings(copy);

            String stubPath = copy.relativize(stub).toString().replace('\\', '/');
            assertThat(findings).as("findings")
                    .contains(stubPath + ": is a reference solution file",
                            "exercises/model/ExtraHiddenTest.java: is a grading-test class",
                            "exercises/05-gc/twin.py: is an instructor support file",
                            "NOTES.md:1: mentions 'grader/hidden'",
                            "NOTES.md:2: mentions '--solutions'",
                            "NOTES.md:3: mentions 'hidden tests'",
                            "exercises/model/Names.txt:1: names the instructor class " + instructorClass);
        }

        @Test
        @DisplayName("lets the student README say that more tests grade the work")
        void allowsTheInstructorsTestsToBeMentioned() throws IOException {
            Path copy = tmp.resolve("copy");
            copyTree(edition, copy);
            Files.writeString(copy.resolve("README.md"), "Your instructor grades your work with more tests than the ones you see.\n");
            assertThat(LeakScan.of(KitFixture.KIT).findings(copy)).isEmpty();
        }
    }

    @Nested
    @DisplayName("given a bad --out")
    class BadOut {
        @TempDir
        Path tmp;

        @Test
        @DisplayName("refuses a folder that is not empty, with one line, and leaves it alone")
        void refusesANonEmptyFolder() throws IOException {
            Files.writeString(tmp.resolve("keep.txt"), "mine");
            Object[] result = GradeCommandTest.run("release", "--out", tmp.toString());
            assertThat(result[0]).as("exit status").isEqualTo(2);
            assertThat(((String) result[2]).strip()).as("one-line error").contains("not empty").doesNotContain("\n");
            try (Stream<Path> files = Files.list(tmp)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("keep.txt");
            }
        }

        @Test
        @DisplayName("refuses a folder inside what the edition copies")
        void refusesAFolderInsideTheExercises() {
            Object[] result = GradeCommandTest.run("release", "--out", KIT.resolve("exercises/edition").toString());
            assertThat(result[0]).as("exit status").isEqualTo(2);
            assertThat(KIT.resolve("exercises/edition")).doesNotExist();
        }

        @Test
        @DisplayName("requires --out")
        void requiresOut() {
            assertThat(GradeCommandTest.run("release")[0]).as("exit status").isEqualTo(2);
        }
    }

    private static Path firstChangedSolutionFile(Exercise e) throws IOException {
        Path solutions = KIT.resolve("solutions").resolve(e.folder()).resolve("src/main/java");
        for (String file : files(solutions)) {
            Path stub = KIT.resolve("exercises").resolve(e.folder()).resolve("src/main/java").resolve(file);
            if (Files.isRegularFile(stub) && !Files.readString(stub, StandardCharsets.UTF_8).equals(Files.readString(solutions.resolve(file), StandardCharsets.UTF_8))) {
                return solutions.resolve(file);
            }
        }
        throw new IllegalStateException("no solution file of " + e + " differs from its stub");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path dest = to.resolve(file);
            Files.createDirectories(dest.getParent());
            Files.copy(from.resolve(file), dest);
        }
    }
}
