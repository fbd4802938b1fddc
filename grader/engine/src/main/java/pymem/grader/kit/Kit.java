package pymem.grader.kit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the kit's parts are on disk. The launcher builds them with Maven; the grader only reads them.
 *
 * <pre>
 *   KIT/exercises/model/target/classes        the model a submission compiles against
 *   KIT/exercises/NN-topic/target/classes      the stubs (used to enumerate tests before any student code runs)
 *   KIT/exercises/NN-topic/target/test-classes the visible tests (the student edition grades with these)
 *   KIT/grader/hidden/target/pymem-hidden-tests-*.jar   the hidden tests
 *   KIT/grader/engine/target/pymem-grader.jar  this program, also the forked test JVM's runner
 * </pre>
 */
public final class Kit {
    /** Written by {@code ./grade release} at the edition's root: the grader there knows it is the student's. */
    public static final String STUDENT_EDITION_MARKER = ".pymem-student-edition";

    private final Path root;

    public Kit(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The kit the running grader belongs to: {@code -Dpymem.kit}, else found upward from the current directory. */
    public static Kit locate() {
        String configured = System.getProperty("pymem.kit");
        if (configured != null && !configured.isBlank()) {
            return new Kit(Path.of(configured));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("exercises/model")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new Kit(dir);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the pymem-kit folder: run ./grade from inside the kit");
    }

    public Path root() {
        return root;
    }

    /**
     * The student edition has the marker {@code ./grade release} writes; a copy that lost it (a student's zip of
     * their repository) is still recognised by having neither reference solutions nor hidden tests.
     */
    public KitEdition edition() {
        if (Files.isRegularFile(root.resolve(STUDENT_EDITION_MARKER))) {
            return KitEdition.STUDENT;
        }
        boolean instructorParts = Files.isDirectory(solutionsDir()) || Files.isDirectory(root.resolve("grader/hidden"));
        return instructorParts ? KitEdition.INSTRUCTOR : KitEdition.STUDENT;
    }

    public Path exercisesDir() {
        return root.resolve("exercises");
    }

    public Path solutionsDir() {
        return root.resolve("solutions");
    }

    public Path modelClasses() {
        return root.resolve("exercises/model/target/classes");
    }

    public Path stubClasses(Exercise exercise) {
        return exercisesDir().resolve(exercise.folder()).resolve("target/classes");
    }

    public Path stubSources(Exercise exercise) {
        return exercisesDir().resolve(exercise.folder()).resolve("src/main/java");
    }

    public Path visibleTestClasses(Exercise exercise) {
        return exercisesDir().resolve(exercise.folder()).resolve("target/test-classes");
    }

    public Path hiddenTestSources(Exercise exercise) {
        return root.resolve("grader/hidden").resolve(exercise.folder());
    }

    /**
     * The compiled hidden tests: their class folder (what {@code mvn test} leaves) or else their jar; {@code null}
     * in the student edition, which has none.
     */
    public Path hiddenTests() {
        Path classes = root.resolve("grader/hidden/target/classes");
        if (Files.isDirectory(classes.resolve("pymem"))) {
            return classes;
        }
        return hiddenTestJar();
    }

    /** The hidden-test jar, or {@code null} when it has not been packaged. */
    public Path hiddenTestJar() {
        Path target = root.resolve("grader/hidden/target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("pymem-hidden-tests-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("sources"))
                    .findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The reference solution's time per hidden test, written by {@code ./grade calibrate}. */
    /**
     * The concept map of {@code exercise}: the "## Concepts" section of its lesson (in the kit and in the
     * student edition alike); empty when the lesson has none.
     */
    public java.util.List<pymem.grader.score.ConceptRule> concepts(Exercise exercise) {
        Path lesson = exercisesDir().resolve(exercise.folder()).resolve("README.md");
        try {
            return pymem.grading.ConceptMap.parse(java.nio.file.Files.readString(lesson)).rules().entrySet().stream()
                    .map(r -> new pymem.grader.score.ConceptRule(r.getKey(), r.getValue())).toList();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return java.util.List.of();
        }
    }

    public Path referenceTimes() {
        return root.resolve("grader/hidden/reference-times.tsv");
    }

    /** The classes a submission may use besides its own: the model. */
    public List<Path> compileClasspath() {
        return List.of(modelClasses());
    }

    /** Every stub's classes, for enumerating tests without running student code. */
    public List<Path> allStubClasses() {
        List<Path> out = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            out.add(stubClasses(e));
        }
        return out;
    }

    /**
     * What the test JVM runs its runner from: this grader's own jar (the same one {@code ./grade} runs), else,
     * when the grader runs from class folders (its own tests), the jar the build made beside them, else this
     * JVM's class path.
     */
    public List<Path> testRunnerClasspath() {
        Path code = graderCode();
        if (Files.isRegularFile(code)) {
            return List.of(code);
        }
        Path jar = root.resolve("grader/engine/target/pymem-grader.jar");
        if (Files.isRegularFile(jar)) {
            return List.of(jar);
        }
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }

    /** The jar (or class folder) this grader runs from: the forked JVM runs its runner from here too. */
    public static Path graderCode() {
        try {
            return Path.of(Kit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the grader's own code", e);
        }
    }
}
