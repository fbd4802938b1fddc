package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./grade gradescope}: the zip, unpacked into a temporary folder laid out as Gradescope's /autograder
 * (source/, submission/, results/), grades with run_autograder and always leaves a valid results.json.
 */
@DisplayName("The Gradescope autograder zip")
class GradescopeBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path zip;

    @BeforeAll
    static void build() {
        zip = tmp.resolve("autograder.zip");
        // exercise 01 at the concept level: the uploaded stub's failures must say concept and rule, nothing more
        Object[] r = GradeCommandTest.run("gradescope", "--feedback-for", "01=concept", "--out", zip.toString());
        assertThat(r[0]).as("./grade gradescope exit status: %s", r[2]).isEqualTo(0);
    }

    @Test
    @DisplayName("holds the executable scripts at its root and the compiled kit, but no source and no solution")
    void contents() throws IOException {
        List<String> names = new ArrayList<>();
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> walk = Files.walk(fs.getPath("/"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                names.add(p.toString().substring(1));
            }
            for (String script : List.of("setup.sh", "run_autograder")) {
                assertThat(Files.getPosixFilePermissions(fs.getPath(script))).as(script + " is executable")
                        .contains(PosixFilePermission.OWNER_EXECUTE);
            }
            assertThat(Files.readString(fs.getPath("setup.sh"), StandardCharsets.UTF_8)).as("setup.sh installs a JDK")
                    .contains("apt-get install").contains("openjdk-17-jdk-headless");
        }
        assertThat(names).contains("setup.sh", "run_autograder", "kit/grader.args", "kit/grader/engine/target/pymem-grader.jar",
                "kit/exercises/model/target/classes/pymem/model/PyObject.class",
                "kit/exercises/04-refcount/target/classes/pymem/refcount/RefCounts.class");
        assertThat(names).as("the hidden tests, compiled").anyMatch(n -> n.startsWith("kit/grader/hidden/target/") && n.endsWith("HiddenTest.class"));
        assertThat(names).as("no sources, no solutions").noneMatch(n -> n.endsWith(".java") || n.contains("solutions/"));
    }

    @Test
    @DisplayName("gives the reference solutions full marks in a valid results.json; run as root, student code runs as nobody")
    void gradesTheReference(@TempDir Path root) throws Exception {
        Path submission = layout(root);
        // as setup.sh leaves /autograder: the kit readable (never writable) by others
        new ProcessBuilder("chmod", "-R", "a+rX,go-w", root.toString()).inheritIO().start().waitFor();
        Path reference = KitFixture.copyOfSolutions();
        try {
            Classroom.copyTree(reference, submission);
        } finally {
            KitFixture.delete(reference);
        }
        JsonNode results = runAutograder(root);
        double max = 0;
        for (JsonNode t : results.get("tests")) {
            for (String field : List.of("name", "number", "score", "max_score", "status", "output", "visibility")) {
                assertThat(t.has(field)).as("every test has %s: %s", field, t).isTrue();
            }
            assertThat(t.get("score").asDouble()).as("%s passes on the reference", t.get("name").asText()).isEqualTo(t.get("max_score").asDouble());
            max += t.get("max_score").asDouble();
        }
        assertThat(results.get("tests").size()).as("every hidden test is reported").isEqualTo(KitFixture.hiddenGrader().enumerate().size());
        assertThat(results.get("score").asDouble()).as("full marks").isEqualTo(max).isPositive();
        assertThat(results.get("execution_time").asInt()).isPositive();
        if (isRoot()) {
            assertThat(results.get("output").asText()).as("as on Gradescope (root), student code ran as an unprivileged user")
                    .contains("runs as the unprivileged user nobody");
        }
    }

    private static boolean isRoot() throws IOException {
        Path self = Path.of("/proc/self");
        return Files.exists(self) && ((Integer) Files.getAttribute(self, "unix:uid")) == 0;
    }

    @Test
    @DisplayName("gives an empty submission 0 in a valid results.json that says why")
    void emptySubmission(@TempDir Path root) throws Exception {
        layout(root);
        JsonNode results = runAutograder(root);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).as("no tests ran").isEmpty();
        assertThat(results.get("output").asText()).as("the grader's one-line reason")
                .contains("could not be graded").contains("holds no exercise folders");
    }

    @Test
    @DisplayName("grades an uploaded zip of the submission")
    void zipUpload(@TempDir Path root) throws Exception {
        Path submission = layout(root);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + submission.resolve("mine.zip").toUri()), Map.of("create", "true"))) {
            Classroom.copyTree(KitFixture.KIT.exercisesDir().resolve("01-objects/src"), fs.getPath("/exercises/01-objects/src"));
        }
        JsonNode results = runAutograder(root);
        assertThat(results.get("score").asDouble()).as("the stub scores 0").isZero();
        assertThat(results.get("output").asText()).as("graded: the summary names the exercise").contains("01-objects: 0 /");
        for (JsonNode t : results.get("tests")) {
            if (t.get("tags").get(0).asText().equals("01-objects")) {
                assertThat(t.get("output").asText()).as("01 is graded at the concept level (the bundle's --feedback-for)")
                        .contains(": fails concept 1.").doesNotContain("not implemented yet");
                assertThat(t.get("tags").get(1).asText()).as("the concept's tag").startsWith("concept:1.");
            }
        }
        assertThat(results.get("tests").size()).isEqualTo(KitFixture.hiddenGrader().enumerate().size());
    }

    /** Unzips the autograder into root/source as Gradescope does; returns the empty root/submission. */
    private static Path layout(Path root) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Classroom.copyTree(fs.getPath("/"), root.resolve("source"));
        }
        Files.createDirectories(root.resolve("results"));
        return Files.createDirectories(root.resolve("submission"));
    }

    private static JsonNode runAutograder(Path root) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("run.log").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("run_autograder finishes").isTrue();
        String log = Files.readString(root.resolve("run.log"));
        assertThat(p.exitValue()).as("run_autograder exit status; log:%n%s", log).isZero();
        Path results = root.resolve("results/results.json");
        assertThat(results).as("results.json is always written; log:%n%s", log).isRegularFile();
        JsonNode json = JSON.readTree(results.toFile());
        assertThat(json.has("score")).as("Gradescope needs a score").isTrue();
        assertThat(json.get("tests").isArray()).isTrue();
        return json;
    }
}
