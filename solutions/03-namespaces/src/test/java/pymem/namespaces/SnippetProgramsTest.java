package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pymem.model.OutOfScopeError;
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.SnippetFile;
import pymem.model.snippet.Transcript;

/**
 * The model's snippet programs run whole, with this reference as the interpreter's name resolution: each must
 * print what its {@code # expect:} comments say and end as its {@code # error:} comment says. The model's own
 * tests check the same files' parsing and that every expectation is what python3 3.11 does; the interpreter
 * cannot run a program without exercise 03, so this half lives here, with the reference.
 */
@DisplayName("The model's snippet programs, run with the reference of 03")
class SnippetProgramsTest {

    @TestFactory
    @DisplayName("print what their # expect: comments say and end as their # error: comment says")
    Stream<DynamicTest> runAsTheirCommentsSay() {
        return SnippetFile.all(SnippetFile.FROM_AN_EXERCISE).stream()
                .map(f -> DynamicTest.dynamicTest(f.name(), f.path().toUri(), () -> run(f)));
    }

    private static void run(SnippetFile f) {
        Interpreter interpreter = new Interpreter(new SymbolTableBuilder(), new NameResolver(), new Closures());
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
