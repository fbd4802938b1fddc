package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import pymem.grader.javadoc.StubJavadoc;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * The stub is the contract and the reference solution repeats it word for word: the Javadoc of every public
 * type and member is the same in both (CONTRIBUTING.md, "Javadoc"), so a contract changed in one place
 * cannot silently disagree with the other.
 */
@DisplayName("The reference solutions' Javadoc")
class StubJavadocTest {

    @Test
    @DisplayName("is the stubs' Javadoc, for every public type and member of the nine exercises")
    void solutionsRepeatTheStubs() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            Path stubs = KitFixture.KIT.stubSources(e);
            Path solutions = KitFixture.KIT.solutionsDir().resolve(e.folder()).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(stubs)) {
                for (Path stub : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    Path relative = stubs.relativize(stub);
                    Path solution = solutions.resolve(relative);
                    String name = "solutions/" + e.folder() + "/src/main/java/" + relative.toString().replace('\\', '/');
                    if (!Files.exists(solution)) {
                        problems.add(name + ": missing (the stub has it)");
                        continue;
                    }
                    problems.addAll(StubJavadoc.differences(name, Files.readString(stub), Files.readString(solution)));
                }
            }
        }
        assertThat(problems).as("Javadoc of the solutions that is not the stubs':%n%s", String.join("\n", problems)).isEmpty();
    }

    /** The comparison on small sources, each solution wrong in one way. */
    @Nested
    @DisplayName("comparison")
    class Comparison {
        private static final String STUB = """
                package p;
                /** A counter. */
                public final class Counter {
                    /** The count so far. */
                    public int count;

                    /**
                     * One more than {@code n}.
                     * @param n any int
                     */
                    public static int next(int n) {
                        throw new UnsupportedOperationException("TODO task 1: Counter.next");
                    }

                    public void reset() {
                        throw new UnsupportedOperationException("TODO task 2: Counter.reset");
                    }
                }
                """;

        private List<String> differences(String solution) {
            return StubJavadoc.differences("solutions/Counter.java", STUB, solution);
        }

        @Test
        @DisplayName("accepts the same Javadoc laid out otherwise, and private helpers with Javadoc of their own")
        void same() {
            String solution = STUB.replace("/**\n     * One more than {@code n}.\n     * @param n any int\n     */",
                            "/** One more than   {@code n}.\n     *  @param n any int */")
                    .replace("throw new UnsupportedOperationException(\"TODO task 1: Counter.next\");", "return n + 1;")
                    .replace("public void reset() {", "/** Why: a helper. */\n    private void helper() {\n    }\n\n    public void reset() {");
            assertThat(solution).as("the test's solution was rewritten").contains("return n + 1", "One more than   ");
            assertThat(differences(solution)).as("differences of a faithful copy").isEmpty();
        }

        @Test
        @DisplayName("names a member whose Javadoc drifted, and where")
        void drifted() {
            assertThat(differences(STUB.replace("@param n any int", "@param n a non-negative int")))
                    .as("a changed @param").containsExactly("solutions/Counter.java: method Counter.next(int) has Javadoc other "
                            + "than the stub's: the stub's goes on 'any int', the solution's 'a non-negative int'");
        }

        @Test
        @DisplayName("names a member without the stub's Javadoc, and one with Javadoc the stub lacks")
        void missingOrExtra() {
            assertThat(differences(STUB.replace("/** The count so far. */", "")))
                    .as("a field without Javadoc").containsExactly("solutions/Counter.java: field Counter.count has no Javadoc; "
                            + "the stub's is: The count so far.");
            assertThat(differences(STUB.replace("    public void reset()", "    /** Back to 0. */\n    public void reset()")))
                    .as("a method with Javadoc of its own").containsExactly("solutions/Counter.java: method Counter.reset() "
                            + "has Javadoc the stub does not have: Back to 0.");
            assertThat(differences(STUB.replace("/** A counter. */", "/** The counter. */")))
                    .as("the class's Javadoc").singleElement().asString().startsWith("solutions/Counter.java: class Counter has Javadoc other");
        }

        @Test
        @DisplayName("names a public member of the stub that the solution lacks")
        void missingMember() {
            assertThat(differences(STUB.replace("public void reset()", "void reset()")))
                    .as("reset no longer public").containsExactly("solutions/Counter.java: method Counter.reset() is in the stub but not in the solution");
        }
    }
}
