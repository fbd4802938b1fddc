package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grading.CPythonFacts;

/**
 * Every CPython fact a hidden test asserts lives in a {@code @CPythonFacts} class, and the exercise's Python
 * twin prints it. Here the twins run under python3 3.11 and every value must match the Java constant.
 * Without python3 3.11 the check is skipped, and says so.
 */
@DisplayName("The CPython facts the tests assert")
class FidelityTest {
    private static final String PYTHON = "python3";

    @TestFactory
    @DisplayName("match what python3 3.11 prints in each exercise's twin")
    Stream<DynamicTest> factsMatchTheTwins() throws IOException {
        String version = pythonVersion();
        if (!version.startsWith("3.11")) {
            System.err.println("SKIPPED the CPython twin check: python3 3.11 is not available here (found: " + version + ")");
        }
        assumeTrue(version.startsWith("3.11"), "python3 3.11 is not available (found: " + version + "): the CPython twins were not run");
        Map<Exercise, List<Class<?>>> facts = factClasses();
        return ExerciseCatalog.all().stream().map(e -> DynamicTest.dynamicTest(e.folder(), () -> check(e, facts.getOrDefault(e, List.of()))));
    }

    private static void check(Exercise exercise, List<Class<?>> factClasses) throws Exception {
        assertThat(factClasses).as("%s has a @CPythonFacts class", exercise.folder()).isNotEmpty();
        for (Class<?> c : factClasses) {
            Path twin = KitFixture.KIT.hiddenTestSources(exercise).resolve(c.getAnnotation(CPythonFacts.class).twin());
            assertThat(twin).as("the twin of %s", c.getName()).exists();
            Map<String, String> printed = runTwin(twin);
            Map<String, String> expected = javaFacts(c);
            assertThat(expected).as("facts in %s", c.getName()).isNotEmpty();
            List<String> differences = new ArrayList<>();
            expected.forEach((name, value) -> {
                if (!printed.containsKey(name)) {
                    differences.add(name + ": the twin does not print it");
                } else if (!printed.get(name).equals(value)) {
                    differences.add(name + ": Java says " + value + " but python3 prints " + printed.get(name));
                }
            });
            printed.keySet().stream().filter(n -> !expected.containsKey(n))
                    .forEach(n -> differences.add(n + ": printed by the twin but not a constant of " + c.getSimpleName()));
            assertThat(differences).as("facts of %s that differ from CPython 3.11 (twin %s)", c.getSimpleName(), twin.getFileName()).isEmpty();
        }
    }

    static Map<String, String> javaFacts(Class<?> c) throws IllegalAccessException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && !f.isSynthetic()) {
                f.setAccessible(true);
                out.put(f.getName(), format(f.get(null), false));
            }
        }
        return out;
    }

    /** Python's str() of the value; inside a sequence, strings print as repr() ('a'), as Python does. */
    static String format(Object value, boolean nested) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof CharSequence s) {
            return nested ? "'" + s + "'" : s.toString();
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return format(items, nested);
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                parts.add(format(item, true));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }

    private static Map<String, String> runTwin(Path twin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, twin.getFileName().toString()).directory(twin.getParent().toFile())
                .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("twin %s finished", twin).isTrue();
        assertThat(p.exitValue()).as("exit status of %s (stderr: %s)", twin, err).isZero();
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq).strip(), line.substring(eq + 1));
            }
        }
        return facts;
    }

    private static Map<Exercise, List<Class<?>>> factClasses() throws IOException {
        Path jar = KitFixture.KIT.hiddenTests();
        assertThat(jar).as("the compiled hidden tests").isNotNull();
        Map<Exercise, List<Class<?>>> out = new LinkedHashMap<>();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), KitFixture.KIT.modelClasses().toUri().toURL()},
                FidelityTest.class.getClassLoader());
        {
            for (JavaClass c : new ClassFileImporter().importPath(jar)) {
                if (c.isAnnotatedWith(CPythonFacts.class)) {
                    ExerciseCatalog.byPackage(c.getPackageName()).ifPresent(e -> {
                        try {
                            out.computeIfAbsent(e, k -> new ArrayList<>()).add(Class.forName(c.getName(), true, loader));
                        } catch (ClassNotFoundException ex) {
                            throw new IllegalStateException(ex);
                        }
                    });
                }
            }
        }
        return out;
    }

    private static String pythonVersion() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])").start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(20, TimeUnit.SECONDS);
            return v.isEmpty() ? "none" : v;
        } catch (IOException | InterruptedException e) {
            return "none";
        }
    }
}
