package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.discovery.GradedTest;
import pymem.grader.discovery.TestDiscovery;

/**
 * Gradescope visibility per exercise: {@code @Visibility} on the hidden tests' package (package-info.java) is
 * the exercise's default; a class or method annotation overrides it; without any, tests are visible.
 */
@DisplayName("Test visibility")
class VisibilityDefaultsTest {

    @Test
    @DisplayName("defaults to the package's level, which classes and methods override")
    void packageDefault(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        write(src, "pymem/gc/package-info.java",
                "@pymem.grading.Visibility(pymem.grading.Visibility.Level.AFTER_DUE_DATE)\npackage pymem.gc;\n");
        write(src, "pymem/gc/DefaultsHiddenTest.java", """
                package pymem.gc;
                import org.junit.jupiter.api.*;
                import pymem.grading.*;
                class DefaultsHiddenTest {
                    @Test @Points(1) @DisplayName("takes the exercise default") void plain() { }
                    @Test @Points(1) @DisplayName("overrides it on the method") @Visibility(Visibility.Level.VISIBLE) void own() { }
                    @Nested @DisplayName("a nested class") @Visibility(Visibility.Level.HIDDEN)
                    class Inner {
                        @Test @Points(1) @DisplayName("overrides it on the class") void inner() { }
                    }
                }
                """);
        write(src, "pymem/refcount/PlainHiddenTest.java", """
                package pymem.refcount;
                import org.junit.jupiter.api.*;
                import pymem.grading.*;
                class PlainHiddenTest {
                    @Test @Points(1) @DisplayName("has no default: visible") void plain() { }
                }
                """);
        Path classes = compile(src, tmp.resolve("classes"));

        Map<String, String> visibility = TestDiscovery.discover(List.of(classes), List.of(), 0).stream()
                .collect(Collectors.toMap(GradedTest::name, t -> t.visibility().gradescopeName()));

        assertThat(visibility).containsExactlyInAnyOrderEntriesOf(Map.of(
                "takes the exercise default", "after_due_date",
                "overrides it on the method", "visible",
                "a nested class / overrides it on the class", "hidden",
                "has no default: visible", "visible"));
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path file = root.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path compile(Path src, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path")));
        try (var walk = Files.walk(src)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(new String[0]))).as("the fixture compiles").isZero();
        assertThat(out.resolve("pymem/gc/package-info.class")).exists();
        return out;
    }
}
