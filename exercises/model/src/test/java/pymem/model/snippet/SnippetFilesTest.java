package pymem.model.snippet;

import static org.assertj.core.api.Assertions.assertThat;
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
import pymem.model.PyException;

/**
 * The snippet programs tested as data ({@link SnippetFile}): every {@code .py} file under
 * {@code src/test/resources/snippets} says what it prints and how it ends. Here, the model's half: the parser
 * refuses a file exactly as the file expects (every file of {@code syntax/} must be refused by it), and the
 * same files run under python3 3.11, so every expectation is CPython's, re-derived on every build. Running the
 * files whole needs exercise 03's name resolution: the reference of 03 does that ({@code SnippetProgramsTest}).
 */
@DisplayName("Snippet programs")
class SnippetFilesTest {
    /** The folder of programs that the parser itself must refuse. */
    private static final String PARSER_ERRORS = "syntax/";

    @TestFactory
    @DisplayName("are refused by the parser exactly as their # error: or # out of scope: comment says")
    Stream<DynamicTest> parseAsTheirCommentsSay() {
        return SnippetFile.all(SnippetFile.ROOT).stream().map(f -> DynamicTest.dynamicTest(f.name(), f.path().toUri(), () -> parse(f)));
    }

    @TestFactory
    @DisplayName("say what python3 3.11 prints for them")
    Stream<DynamicTest> expectationsAreCPythons() throws IOException, InterruptedException {
        String version = CPython.version();
        if (!version.startsWith("3.11")) {
            System.err.println("SKIPPED the CPython check of the snippet files: python3 3.11 is not available here (found: " + version + ")");
        }
        assumeTrue(version.startsWith("3.11"), "python3 3.11 is not available (found: " + version + "): the snippet files were not run under CPython");
        List<SnippetFile> files = SnippetFile.all(SnippetFile.ROOT);
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
        List<String> errorTypes = SnippetFile.all(SnippetFile.ROOT).stream().filter(f -> f.error() != null)
                .map(f -> f.error().substring(0, f.error().indexOf(':'))).distinct().toList();
        assertThat(errorTypes).as("the Python exception types the snippet files cover")
                .containsAll(Arrays.asList("SyntaxError", "IndentationError", "NameError", "UnboundLocalError",
                        "TypeError", "AttributeError", "IndexError", "ValueError", "OverflowError"));
        assertThat(SnippetFile.all(SnippetFile.ROOT)).as("files that the model refuses as out of scope").anyMatch(f -> f.outOfScope() != null);
    }

    private static void parse(SnippetFile f) {
        Throwable refusal = null;
        try {
            Parser.parse(f.source());
        } catch (PyException | OutOfScopeError e) {
            refusal = e;
        }
        if (refusal instanceof OutOfScopeError) {
            assertThat(f.outOfScope()).as("the parser refused %s as out of scope (%s); the file expects", f.name(), refusal.getMessage())
                    .isNotNull();
            assertThat(refusal.getMessage()).as("the parser's refusal of %s", f.name()).contains(f.outOfScope());
        } else if (refusal != null) {
            assertThat(refusal.toString()).as("the parser's error for %s", f.name()).isEqualTo(f.error());
        } else {
            boolean mustBeRefused = f.name().startsWith(PARSER_ERRORS) && f.error() != null;
            assertThat(mustBeRefused).as("%s parsed, but the parser must refuse it with %s", f.name(), f.error()).isFalse();
        }
    }
}
