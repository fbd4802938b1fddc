package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.lesson.ApiIndex;
import pymem.grader.lesson.LessonChecker;

/**
 * Every lesson has the same sections in the same order, every task a Java example, and every example calls
 * only what its exercise's stubs and the model declare (CONTRIBUTING.md, "Lesson shape").
 */
@DisplayName("The lessons")
class LessonRegularityTest {

    @Test
    @DisplayName("have the same headings in the same order, a Java example per task, and calls the API declares")
    void everyLessonIsRegular() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            Path folder = KitFixture.KIT.exercisesDir().resolve(e.folder());
            ApiIndex api = ApiIndex.ofFolders(List.of(KitFixture.KIT.stubSources(e), modelSources()));
            problems.addAll(new LessonChecker(api).check("exercises/" + e.folder() + "/README.md", e.number(),
                    Files.readString(folder.resolve("README.md")), folder));
        }
        assertThat(problems).as("irregularities of the lessons:%n%s", String.join("\n", problems)).isEmpty();
    }

    private static Path modelSources() {
        return KitFixture.KIT.exercisesDir().resolve("model/src/main/java");
    }

    /** The checker on small lessons, each wrong in one way: the kit's check must see every one. */
    @Nested
    @DisplayName("checker")
    class Checker {
        private static final String API = """
                package pymem.demo;
                public final class Counter {
                    public static int next(int n) { return n + 1; }
                    public void reset() { }
                }
                """;
        private final LessonChecker checker = new LessonChecker(ApiIndex.ofSources(API));

        private String lesson(String python, String tasks, String runIt) {
            return "# 07 · Demo\n\nPackage `pymem.demo`.\n\n" + python
                    + "## The model\n\n### Invariants\n\n1. One.\n\n"
                    + "## Concepts\n\n- **7.1** A rule.\n\n"
                    + "## Tasks\n\n" + tasks
                    + "## Hints\n\nNone.\n\n## Out of scope\n\nNothing.\n\n" + runIt;
        }

        private static final String PYTHON = "## The Python\n\n```python\n>>> 1 + 1\n2\n# not a heading\n```\n\n";
        private static final String TASKS = "### 1. Next\n\n```java\nCounter.next(1);   // 2\n```\n\n"
                + "### 2. Reset\n\n```java\nCounter c = new Counter();\nc.reset();\n```\n\n";
        private static final String RUN_IT = "## Run it\n\n```sh\n# a comment, not a heading\nmvn test\n```\n";

        private List<String> problems(String text) {
            return checker.check("exercises/07-demo/README.md", 7, text, null);
        }

        @Test
        @DisplayName("accepts a regular lesson, with # lines inside code blocks")
        void regular() {
            assertThat(problems(lesson(PYTHON, TASKS, RUN_IT))).as("problems of a regular lesson").isEmpty();
        }

        @Test
        @DisplayName("names a missing section, with the scheme")
        void missingSection() {
            assertThat(problems(lesson("", TASKS, RUN_IT))).as("a lesson without The Python")
                    .containsExactly("exercises/07-demo/README.md: no '## The Python' section (the headings must be: "
                            + "# NN · Title, ## The Python, ## The model, ## Concepts, ## Tasks, ## Hints, ## Out of scope, "
                            + "## Run it; ### Invariants only under ## The model, ### N. title only under ## Tasks)");
        }

        @Test
        @DisplayName("names a section out of order")
        void wrongOrder() {
            String text = lesson(PYTHON, TASKS, RUN_IT).replace("## Hints\n\nNone.\n\n", "") + "\n## Hints\n\nLate.\n";
            assertThat(problems(text)).as("Hints after Run it").singleElement().asString()
                    .startsWith("exercises/07-demo/README.md: '## Hints' comes after '## Run it'");
        }

        @Test
        @DisplayName("names a heading outside the scheme, such as a bridge to the next exercise")
        void unexpectedHeading() {
            assertThat(problems(lesson(PYTHON, TASKS, "## The bridge to 08\n\nText.\n\n" + RUN_IT)))
                    .as("an extra section").singleElement().asString()
                    .startsWith("exercises/07-demo/README.md: unexpected heading '## The bridge to 08'");
            assertThat(problems(lesson(PYTHON, TASKS, RUN_IT).replace("## Hints\n\nNone.", "## Hints\n\n### Invariants\n\nNone.")))
                    .as("Invariants under Hints").singleElement().asString()
                    .startsWith("exercises/07-demo/README.md: unexpected heading '### Invariants' under '## Hints'");
        }

        @Test
        @DisplayName("names a task without a Java example")
        void taskWithoutJava() {
            String tasks = TASKS.replace("```java\nCounter.next(1);   // 2\n```", "```python\n>>> n + 1\n```");
            assertThat(problems(lesson(PYTHON, tasks, RUN_IT))).as("task 1 with Python only")
                    .containsExactly("exercises/07-demo/README.md: task '### 1. Next' has no ```java example");
        }

        @Test
        @DisplayName("names a gap in the task numbers")
        void gapInTasks() {
            assertThat(problems(lesson(PYTHON, TASKS.replace("### 2. Reset", "### 3. Reset"), RUN_IT)))
                    .as("tasks 1 and 3").containsExactly("exercises/07-demo/README.md: task '### 3. Reset' should be "
                            + "number 2 (tasks are numbered 1, 2, 3, ... without gaps)");
        }

        @Test
        @DisplayName("names a title that is not '# NN · Title' of its exercise")
        void wrongTitle() {
            assertThat(problems(lesson(PYTHON, TASKS, RUN_IT).replace("# 07 · Demo", "# 7 - Demo")))
                    .as("a title without the number's two digits")
                    .containsExactly("exercises/07-demo/README.md: the title '# 7 - Demo' is not '# 07 · Title'");
        }

        @Test
        @DisplayName("names a call of a method the API lacks, on a type or on a declared variable")
        void unknownMethod() {
            String tasks = TASKS.replace("Counter.next(1);", "Counter.previous(1);").replace("c.reset();", "c.clear();  // c.reset()");
            assertThat(problems(lesson(PYTHON, tasks, RUN_IT))).as("Counter.previous and c.clear").containsExactly(
                    "exercises/07-demo/README.md: task '### 1. Next' calls Counter.previous(...), which the exercise's API does not declare",
                    "exercises/07-demo/README.md: task '### 2. Reset' calls Counter.clear(...), which the exercise's API does not declare");
        }

        @Test
        @DisplayName("names a method the API lacks in a task's text")
        void unknownMethodInText() {
            String tasks = TASKS.replace("### 1. Next\n\n", "### 1. Next\n\n`Counter.next(n)`, then `Counter.prev(n)`.\n\n");
            assertThat(problems(lesson(PYTHON, tasks, RUN_IT))).as("Counter.prev in the text of task 1").containsExactly(
                    "exercises/07-demo/README.md: task '### 1. Next' names Counter.prev(...), which the exercise's API does not declare");
        }

        @Test
        @DisplayName("names a link to a file that does not exist")
        void brokenLink(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
            Files.createDirectories(folder.resolve("docs"));
            Files.writeString(folder.resolve("docs/notebook.md"), "# notebook\n");
            String text = lesson(PYTHON.replace("```python", "[The notebook](docs/notebook.md#cells) and [a lost one](docs/lost.md):\n\n```python"),
                    TASKS, RUN_IT);
            assertThat(checker.check("exercises/07-demo/README.md", 7, text, folder)).as("a link to docs/lost.md")
                    .containsExactly("exercises/07-demo/README.md: the link to 'docs/lost.md' leads to no file");
        }
    }
}
