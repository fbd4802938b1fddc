package pymem.model.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import pymem.model.OutOfScopeError;

/**
 * The snippet interpreter tested as data: every {@code .py} file under {@code src/test/resources/snippets}
 * is run by the interpreter (with exercise 03 worked out) and must print what its {@code # expect:}
 * comments say and end as its {@code # error:} comment says ({@link SnippetFile}). The same files run under
 * python3 3.11, so every expectation is CPython's, re-derived on every build.
 */
@DisplayName("Snippet programs")
class SnippetFilesTest {

    @TestFactory
    @DisplayName("print what their # expect: comments say and end as their # error: comment says")
    Stream<DynamicTest> runAsTheirCommentsSay() {
        return SnippetFile.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), f.path().toUri(), () -> check(f)));
    }

    @TestFactory
    @DisplayName("say what python3 3.11 prints for them")
    Stream<DynamicTest> expectationsAreCPythons() throws IOException, InterruptedException {
        String version = CPython.version();
        if (!version.startsWith("3.11")) {
            System.err.println("SKIPPED the CPython check of the snippet files: python3 3.11 is not available here (found: " + version + ")");
        }
        assumeTrue(version.startsWith("3.11"), "python3 3.11 is not available (found: " + version + "): the snippet files were not run under CPython");
        List<SnippetFile> files = SnippetFile.all();
        Map<String, CPython.Result> cpython = CPython.run(files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.name(), f.path().toUri(), () -> {
            CPython.Result result = cpython.get(f.path().toString());
            if (f.outOfScope() != null) {
                assertThat(result.error() == null ? "" : result.error()).as("%s is valid Python (only the model refuses it)", f.name())
                        .doesNotStartWith("SyntaxError").doesNotStartWith("IndentationError");
                return;
            }
            assertThat(SnippetFile.withoutAddresses(result.output())).as("what python3 prints for %s", f.name()).isEqualTo(f.output());
            assertThat(result.error()).as("the exception that ends %s under python3", f.name()).isEqualTo(f.error());
        }));
    }

    @Test
    @DisplayName("exist for every kind of error the interpreter raises")
    void everyErrorKindHasAFile() {
        List<String> errorTypes = SnippetFile.all().stream().filter(f -> f.error() != null)
                .map(f -> f.error().substring(0, f.error().indexOf(':'))).distinct().toList();
        assertThat(errorTypes).as("the Python exception types the snippet files cover")
                .containsAll(Arrays.asList("SyntaxError", "IndentationError", "NameError", "UnboundLocalError",
                        "TypeError", "AttributeError", "IndexError", "ValueError", "OverflowError"));
        assertThat(SnippetFile.all()).as("files that the model refuses as out of scope").anyMatch(f -> f.outOfScope() != null);
    }

    private static void check(SnippetFile f) {
        Interpreter interpreter = new Interpreter(new WorkedSymbolTable(), new WorkedNames(), new WorkedNames());
        if (f.outOfScope() != null) {
            assertThatThrownBy(() -> interpreter.run(f.source())).as("the model refuses %s", f.name())
                    .isInstanceOf(OutOfScopeError.class).hasMessageContaining(f.outOfScope());
            return;
        }
        Transcript t = interpreter.run(f.source());
        List<String> printed = t.output().lines().toList();
        assertThat(SnippetFile.withoutAddresses(printed)).as("what %s prints", f.name()).isEqualTo(f.output());
        assertThat(t.error() == null ? null : t.error().toString()).as("the exception that ends %s", f.name()).isEqualTo(f.error());
    }
}
