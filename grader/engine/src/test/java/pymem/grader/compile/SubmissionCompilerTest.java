package pymem.grader.compile;

import pymem.grader.files.TempFolders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pymem.grader.Grader;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * The submission compiler compiles every exercise on its own into its own folder, and
 * bounds what a hostile source can make javac do (time, memory, size) to its own exercise.
 */
class SubmissionCompilerTest {
    private static final Path KIT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private static final List<Path> MODEL = List.of(KIT.resolve("exercises/model/target/classes"));
    /** Short bounds, so that the blow-ups cost seconds; a fresh server compiles a small exercise well within them. */
    private static final CompileBounds TEST_BOUNDS = new CompileBounds(Duration.ofSeconds(10),
            Duration.ofSeconds(30), 256, 1024 * 1024, 500);
    private static final Exercise OBJECTS = ExerciseCatalog.all().get(0);
    private static final Exercise MUTABILITY = ExerciseCatalog.all().get(1);

    private static CompileServers servers;
    private Path work;

    @BeforeAll
    static void startServers() {
        servers = new CompileServers(TEST_BOUNDS);
    }

    @AfterAll
    static void closeServers() {
        servers.close();
    }

    @BeforeEach
    void createWork() throws IOException {
        work = Files.createTempDirectory("pymem-compile-test-");
    }

    @AfterEach
    void deleteWork() {
        TempFolders.delete(work);
    }

    @Test
    void theReferenceSolutionsCompileEachIntoItsOwnFolder() throws Exception {
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            sources.put(e, KIT.resolve("solutions").resolve(e.folder()).resolve("src/main/java"));
        }
        Path out = work.resolve("classes");

        Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(servers, MODEL).compileAll(sources, out);

        assertThat(outcomes.keySet()).containsExactlyElementsOf(sources.keySet());
        for (Exercise e : ExerciseCatalog.all()) {
            CompileOutcome outcome = outcomes.get(e);
            assertThat(outcome.status()).as(e.folder() + ": " + outcome.errors()).isEqualTo(CompileStatus.COMPILED);
            List<Path> classes = classFiles(out.resolve(e.folder()));
            assertThat(classes).as(e.folder() + " has its classes").isNotEmpty();
            assertThat(classes).as(e.folder() + " has only its own package's classes")
                    .allMatch(c -> out.resolve(e.folder()).relativize(c).toString().startsWith(e.packagePath() + "/"));
        }
        try (Stream<Path> folders = Files.list(out)) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(ExerciseCatalog.all().stream().map(Exercise::folder).toList());
        }
    }

    @Test
    void aSourceInAnotherExercisesPackageLandsInItsOwnFolderAndCarriesNoOtherExercise() throws Exception {
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        sources.put(OBJECTS, source(OBJECTS, "pymem/mutability/Intruder.java", "package pymem.mutability; public class Intruder { }"));
        sources.put(MUTABILITY, source(MUTABILITY, "pymem/mutability/Own.java", "package pymem.mutability; public class Own { Intruder i; }"));
        Path out = work.resolve("classes");

        Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(servers, MODEL).compileAll(sources, out);

        assertThat(outcomes.get(OBJECTS).succeeded()).isTrue();
        assertThat(classFiles(out.resolve(OBJECTS.folder()))).containsExactly(out.resolve(OBJECTS.folder()).resolve("pymem/mutability/Intruder.class"));
        // 02 would compile only thanks to 01's Intruder; graded alone, it must compile alone, and does not
        assertThat(outcomes.get(MUTABILITY).status()).isEqualTo(CompileStatus.COMPILE_ERROR);
        assertThat(outcomes.get(MUTABILITY).errors()).contains("pymem/mutability/Own.java:1: error: cannot find symbol");
    }

    @Test
    void aCompileErrorCostsOnlyItsOwnExerciseAndLatin1SourcesStillCompile() throws Exception {
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        sources.put(OBJECTS, source(OBJECTS, "pymem/identity/Broken.java", "package pymem.identity; public class Broken { int x = ; }"));
        Path latin1 = source(MUTABILITY, "pymem/mutability/Accents.java", "");
        Files.write(latin1.resolve("pymem/mutability/Accents.java"),
                "package pymem.mutability; public class Accents { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
        sources.put(MUTABILITY, latin1);

        Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(servers, MODEL).compileAll(sources, work.resolve("classes"));

        assertThat(outcomes.get(OBJECTS).status()).isEqualTo(CompileStatus.COMPILE_ERROR);
        assertThat(outcomes.get(OBJECTS).errors()).startsWith("pymem/identity/Broken.java:1: ");
        assertThat(outcomes.get(MUTABILITY).status()).as(outcomes.get(MUTABILITY).errors()).isEqualTo(CompileStatus.COMPILED);
    }

    @Test
    void aJavacBlowUpIsStoppedAtItsBoundAndTheOtherExercisesCompileInAFreshServer() throws Exception {
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        sources.put(OBJECTS, source(OBJECTS, "pymem/identity/Boom.java", exponentialInference()));
        sources.put(MUTABILITY, source(MUTABILITY, "pymem/mutability/Fine.java", "package pymem.mutability; public class Fine { }"));
        long start = System.nanoTime();

        Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(servers, MODEL).compileAll(sources, work.resolve("classes"));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(outcomes.get(OBJECTS).status()).isEqualTo(CompileStatus.BOUND_EXCEEDED);
        assertThat(outcomes.get(OBJECTS).errors()).isEqualTo(
                "compilation took longer than 10 s (the grader's bound): deeply nested generic calls or lambdas?");
        assertThat(outcomes.get(MUTABILITY).status()).as(outcomes.get(MUTABILITY).errors()).isEqualTo(CompileStatus.COMPILED);
        assertThat(took).isLessThan(TEST_BOUNDS.perExercise().plusSeconds(15));
    }

    @Test
    void aHugeSourceIsRefusedWithoutCompilingAndTheOthersCompile() throws Exception {
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        Path huge = source(OBJECTS, "pymem/identity/Huge.java", "package pymem.identity;\n" + "\n".repeat(20 * 1024 * 1024) + "public class Huge { }\n");
        sources.put(OBJECTS, huge);
        sources.put(MUTABILITY, source(MUTABILITY, "pymem/mutability/Fine.java", "package pymem.mutability; public class Fine { }"));

        Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(servers, MODEL).compileAll(sources, work.resolve("classes"));

        assertThat(outcomes.get(OBJECTS).status()).isEqualTo(CompileStatus.BOUND_EXCEEDED);
        assertThat(outcomes.get(OBJECTS).errors()).startsWith("the sources are 20.0 MB, more than the grader's bound of 1.0 MB");
        assertThat(outcomes.get(MUTABILITY).status()).isEqualTo(CompileStatus.COMPILED);
    }

    @Test
    void aSourceThatExhaustsTheServersHeapIsBoundExceeded() throws Exception {
        CompileBounds smallHeap = new CompileBounds(Duration.ofSeconds(20), Duration.ofSeconds(40), 64,
                TEST_BOUNDS.maxSourceBytes(), TEST_BOUNDS.maxSourceFiles());
        Map<Exercise, Path> sources = new LinkedHashMap<>();
        // 400,000 array elements: well under the size bound, but javac's trees for them need far more than 64 MB
        sources.put(OBJECTS, source(OBJECTS, "pymem/identity/Big.java",
                "package pymem.identity; public class Big { static int[] a = {" + "0,".repeat(400_000) + "}; }"));
        sources.put(MUTABILITY, source(MUTABILITY, "pymem/mutability/Fine.java", "package pymem.mutability; public class Fine { }"));

        Map<Exercise, CompileOutcome> outcomes;
        try (CompileServers small = new CompileServers(smallHeap)) {
            outcomes = new SubmissionCompiler(small, MODEL).compileAll(sources, work.resolve("classes"));
        }

        assertThat(outcomes.get(OBJECTS).status()).isEqualTo(CompileStatus.BOUND_EXCEEDED);
        assertThat(outcomes.get(OBJECTS).errors()).startsWith("compilation needed more than 64 MB of memory (the grader's bound)");
        assertThat(outcomes.get(MUTABILITY).status()).as(outcomes.get(MUTABILITY).errors()).isEqualTo(CompileStatus.COMPILED);
    }

    /**
     * Nested conditionals of an overloaded generic method: javac's inference grows about fourfold per level
     * (measured on JDK 17, in-process: 11 levels 61 s, 12 levels 278 s), so an unbounded javac needs minutes.
     */
    private static String exponentialInference() {
        String body = "1";
        for (int i = 0; i < 12; i++) {
            body = "id(b ? id(" + body + ") : id(x))";
        }
        return "package pymem.identity;\n"
                + "public class Boom {\n"
                + "    static <T> T id(T t) { return t; }\n"
                + "    static <T> T id(java.util.List<T> t) { return null; }\n"
                + "    static boolean b;\n"
                + "    static Integer x;\n"
                + "    static Object v = " + body + ";\n"
                + "}\n";
    }

    /** A source folder for {@code e} holding one file. */
    private Path source(Exercise e, String file, String text) throws IOException {
        Path root = work.resolve("submission").resolve(e.folder()).resolve("src/main/java");
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return root;
    }

    private static List<Path> classFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
