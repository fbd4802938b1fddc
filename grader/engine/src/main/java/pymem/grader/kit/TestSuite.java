package pymem.grader.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tests grade a submission: the kit's hidden tests, or (in the student edition, which has none) the
 * exercises' visible tests.
 *
 * @param kind          hidden or visible tests
 * @param roots         jars or class folders holding every exercise's test classes (for enumeration)
 * @param byExercise    each exercise's own tests only: what its test JVM's class path holds
 * @param defaultPoints points of a test without {@code @Points}
 */
public record TestSuite(SuiteKind kind, List<Path> roots, Map<Exercise, Path> byExercise, int defaultPoints) {

    /** The hidden tests when the kit has them, else the visible ones. */
    public static TestSuite of(Kit kit) {
        Path hidden = kit.hiddenTests();
        if (hidden != null) {
            try {
                return new TestSuite(SuiteKind.HIDDEN, List.of(hidden), ExerciseTestJars.of(hidden), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot split the hidden tests by exercise: " + e.getMessage(), e);
            }
        }
        return visible(kit);
    }

    public static TestSuite visible(Kit kit) {
        List<Path> roots = new ArrayList<>();
        Map<Exercise, Path> byExercise = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            roots.add(kit.visibleTestClasses(e));
            byExercise.put(e, kit.visibleTestClasses(e));
        }
        return new TestSuite(SuiteKind.VISIBLE, roots, byExercise, 1);
    }

    /**
     * Every class name of a hidden suite (tests and their fixtures), qualified; none for the visible tests,
     * which students have anyway.
     */
    public java.util.Set<String> hiddenClassNames() throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (kind != SuiteKind.HIDDEN) {
            return names;
        }
        for (Path jar : byExercise.values()) {
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                file.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).forEach(names::add);
            }
        }
        return names;
    }

    /** The tests of one exercise: a jar or class folder holding nothing of any other exercise. */
    public Path testsOf(Exercise exercise) {
        return byExercise.get(exercise);
    }
}
