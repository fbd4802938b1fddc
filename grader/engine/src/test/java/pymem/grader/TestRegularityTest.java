package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.TestSuite;
import pymem.grading.CPythonFacts;

/**
 * Every exercise's tests have the one shape {@link TestRegularity} describes: read from the built test classes (the
 * visible tests' and the hidden tests') and the lessons' {@code ### N.} headings.
 */
@DisplayName("The tests' regular shape")
class TestRegularityTest {
    private static final Map<Exercise, Map<Integer, String>> TASKS = new LinkedHashMap<>();
    private static final List<URLClassLoader> LOADERS = new ArrayList<>();

    @BeforeAll
    static void readTheLessons() throws IOException {
        for (Exercise e : ExerciseCatalog.all()) {
            TASKS.put(e, TestRegularity.lessonTasks(Files.readString(lesson(e), StandardCharsets.UTF_8)));
        }
    }

    @AfterAll
    static void closeTheLoaders() throws IOException {
        for (URLClassLoader loader : LOADERS) {
            loader.close();
        }
    }

    private static Path lesson(Exercise e) {
        return KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("README.md");
    }

    @TestFactory
    @DisplayName("every exercise has one visible test class, one @Nested class per lesson task, named after the task")
    Stream<DynamicTest> visibleTests() {
        return ExerciseCatalog.all().stream().map(e -> DynamicTest.dynamicTest(e.folder(), () -> {
            Path classes = KitFixture.KIT.visibleTestClasses(e);
            Path sources = KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("src/test/java");
            assertThat(classes.resolve(e.packagePath())).as("the built visible tests of %s (mvn package first)", e.folder()).isDirectory();
            ClassLoader loader = loader(classes, KitFixture.KIT.stubClasses(e), KitFixture.KIT.modelClasses());
            List<Class<?>> top = new ArrayList<>();
            Map<Class<?>, String> texts = new LinkedHashMap<>();
            for (String name : topLevelClasses(classes, e)) {
                Class<?> c = Class.forName(name, false, loader);
                top.add(c);
                Path source = sources.resolve(name.replace('.', '/') + ".java");
                texts.put(c, Files.isRegularFile(source) ? Files.readString(source, StandardCharsets.UTF_8) : null);
            }
            Function<Class<?>, String> file = c -> "exercises/" + e.folder() + "/src/test/java/" + c.getName().replace('.', '/') + ".java";
            List<String> problems = TestRegularity.visible(e.folder(), TASKS.get(e), top, texts, file);
            assertThat(problems).as("irregular visible tests of %s", e.folder()).isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("every hidden test class names its task, every lesson task has hidden tests, fixtures follow the naming scheme")
    Stream<DynamicTest> hiddenTests() {
        return ExerciseCatalog.all().stream().map(e -> DynamicTest.dynamicTest(e.folder(), () -> {
            Path classes = KitFixture.KIT.hiddenTests();
            assertThat(classes).as("the built hidden tests (mvn package first)").isNotNull();
            assertThat(classes.resolve(e.packagePath())).as("the hidden tests' class folder").isDirectory();
            List<Path> support = new ArrayList<>(List.of(classes, KitFixture.KIT.modelClasses()));
            support.add(KitFixture.KIT.solutionsDir().resolve(e.folder()).resolve("target/classes")); // what they were compiled against
            ClassLoader loader = loader(support.toArray(new Path[0]));
            List<Class<?>> tests = new ArrayList<>();
            for (String name : topLevelClasses(classes, e)) {
                if (name.endsWith(TestRegularity.HIDDEN_TEST_SUFFIX)) {
                    tests.add(Class.forName(name, false, loader));
                }
            }
            String folder = "grader/hidden/" + e.folder() + "/" + e.packagePath();
            Function<Class<?>, String> file = c -> folder + "/" + c.getSimpleName() + ".java";
            List<String> problems = new ArrayList<>(TestRegularity.hidden(e.folder(), TASKS.get(e), tests, file));
            Map<String, Optional<Class<?>>> files = new LinkedHashMap<>();
            try (Stream<Path> list = Files.list(KitFixture.KIT.hiddenTestSources(e).resolve(e.packagePath()))) {
                for (Path p : list.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String simple = p.getFileName().toString().replace(".java", "");
                    Optional<Class<?>> c = Optional.empty();
                    if (!simple.equals("package-info")) {
                        c = Optional.of(Class.forName(e.javaPackage() + "." + simple, false, loader));
                    }
                    files.put(p.getFileName().toString(), c);
                }
            }
            problems.addAll(TestRegularity.hiddenFixtures(folder, files));
            assertThat(problems).as("irregular hidden tests of %s", e.folder()).isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("graded numbers follow the tasks: E.1 is task 1's first test, and a later number never has an earlier task")
    Stream<DynamicTest> numbersFollowTheTasks() {
        List<GradedTest> hidden;
        List<GradedTest> visible;
        try (Grader h = KitFixture.hiddenGrader(); Grader v = new Grader(KitFixture.KIT, TestSuite.visible(KitFixture.KIT))) {
            hidden = h.enumerate();
            visible = v.enumerate();
        }
        return Stream.of(hidden, visible).flatMap(all -> ExerciseCatalog.all().stream().map(e -> DynamicTest.dynamicTest(
                e.folder() + (all == hidden ? " (hidden)" : " (visible)"), () -> {
                    List<GradedTest> tests = all.stream().filter(t -> t.exercise().equals(e))
                            .sorted(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.number().substring(t.number().indexOf('.') + 1))))
                            .toList();
                    assertThat(tests).as("graded tests of %s", e.folder()).isNotEmpty();
                    assertThat(tests.get(0).number()).as("the first number of %s", e.folder()).isEqualTo(e.number() + ".1");
                    assertThat(tests).extracting(GradedTest::task).as("the tasks of %s's tests in number order", e.folder())
                            .doesNotContain(GradedTest.NO_TASK).isSorted();
                    assertThat(tests.get(0).task()).as("the task of %s.1", e.number()).isEqualTo(1);
                })));
    }

    private static ClassLoader loader(Path... roots) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path p : roots) {
            urls.add(p.toUri().toURL());
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), TestRegularityTest.class.getClassLoader());
        LOADERS.add(loader);
        return loader;
    }

    /** The top-level classes of an exercise's package in a class folder (sub-packages are not the exercise's). */
    private static List<String> topLevelClasses(Path classes, Exercise e) throws IOException {
        try (Stream<Path> files = Files.list(classes.resolve(e.packagePath()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> e.javaPackage() + "." + n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
    }

    /** The checker itself, on small bad inputs: each irregularity is named, with its file; a regular input passes. */
    @Nested
    @DisplayName("the checker")
    class Checker {
        private final Map<Integer, String> tasks = TestRegularity.lessonTasks("""
                # 99: topic
                ## Tasks
                ### 1. First thing
                text
                ### 2. `Second` thing
                ### Not a task
                """);
        private final Function<Class<?>, String> file = c -> c.getSimpleName() + ".java";

        private List<String> visible(Class<?> top, String source) {
            Map<Class<?>, String> sources = new LinkedHashMap<>();
            sources.put(top, source);
            return TestRegularity.visible("99-topic", tasks, List.of(top), sources, file);
        }

        @Test
        @DisplayName("reads the lesson's numbered task headings, verbatim, and nothing else")
        void readsTasks() {
            assertThat(tasks).as("tasks of the sample lesson").containsExactly(Map.entry(1, "First thing"), Map.entry(2, "`Second` thing"));
            assertThat(TestRegularity.visibleClassName("04-refcount")).as("the visible class of 04-refcount").isEqualTo("RefcountTest");
        }

        @Test
        @DisplayName("passes a regular visible class")
        void regularVisible() {
            assertThat(visible(TopicTest.class, REGULAR_SOURCE)).as("problems of a regular class").isEmpty();
        }

        @Test
        @DisplayName("names a visible test method outside a task's @Nested class, and a class not named after the exercise")
        void methodOutsideNested() {
            assertThat(visible(LooseTest.class, REGULAR_SOURCE)).as("problems of a loose test method")
                    .containsExactlyInAnyOrder(
                            "LooseTest.java: visible test class LooseTest is not the exercise's one class, named TopicTest",
                            "LooseTest.java: test method loose() is outside a task's @Nested class");
        }

        @Test
        @DisplayName("names a nested class whose tag or display name does not match the lesson, and a task left without tests")
        void badNested() {
            assertThat(visible(BadNames.class, "class Task1 {} class Task2 {}")).as("problems of badly named task classes")
                    .containsExactlyInAnyOrder(
                            "BadNames.java: visible test class BadNames is not the exercise's one class, named TopicTest",
                            "BadNames.java: @Nested class Task1 is named \"Task 1: first thing\", not the lesson's \"Task 1: First thing\"",
                            "BadNames.java: @Nested class Task2 is tagged task:3, which the lesson does not have (tasks [1, 2])",
                            "BadNames.java: the lesson's task 2 (`Second` thing) has no visible tests");
        }

        @Test
        @DisplayName("names task classes out of task order, from the source's order")
        void outOfOrder() {
            assertThat(visible(TopicTest.class, "class Task2 {} class Task1 {}")).as("problems of swapped task classes")
                    .containsExactly("TopicTest.java: the task classes are in the order [2, 1], not in task order [1, 2]");
        }

        @Test
        @DisplayName("names a hidden test class without a task tag, and a lesson task without hidden tests")
        void hiddenWithoutTask() {
            assertThat(TestRegularity.hidden("99-topic", tasks, List.of(RegularHiddenTest.class, UntaggedHiddenTest.class), file))
                    .as("problems of an untagged hidden class")
                    .containsExactly("UntaggedHiddenTest.java: hidden test class UntaggedHiddenTest has no class-level @Tag(\"task:N\")",
                            "grader/hidden/99-topic: the lesson's task 2 (`Second` thing) has no hidden tests");
        }

        @Test
        @DisplayName("names a hidden test class tagged with two tasks")
        void hiddenWithTwoTasks() {
            assertThat(TestRegularity.hidden("99-topic", tasks, List.of(RegularHiddenTest.class, TwoTasksHiddenTest.class), file))
                    .as("problems of a hidden class spanning tasks")
                    .containsExactly("TwoTasksHiddenTest.java: hidden test class TwoTasksHiddenTest has 2 task tags; split it, one class per task",
                            "grader/hidden/99-topic: the lesson's task 2 (`Second` thing) has no hidden tests");
        }

        @Test
        @DisplayName("names a hidden fixture outside the naming scheme, and facts that are not @CPythonFacts")
        void fixtureNames() {
            Map<String, Optional<Class<?>>> files = new LinkedHashMap<>();
            files.put("package-info.java", Optional.empty());
            files.put("TopicFacts.java", Optional.of(TopicFacts.class));
            files.put("WorldFixtures.java", Optional.empty());
            files.put("RegularHiddenTest.java", Optional.of(RegularHiddenTest.class));
            assertThat(TestRegularity.hiddenFixtures("h", files)).as("problems of a regular hidden folder").isEmpty();
            files.put("Run.java", Optional.empty());
            files.put("OtherFacts.java", Optional.of(String.class));
            assertThat(TestRegularity.hiddenFixtures("h", files)).as("problems of an irregular hidden folder")
                    .containsExactly("h/Run.java: hidden fixture Run is outside the naming scheme (*HiddenTest, the exercise's *Facts, *Fixtures)",
                            "h/OtherFacts.java: OtherFacts is named as the exercise's facts but is not @CPythonFacts",
                            "h: 2 *Facts classes; an exercise has exactly one, its @CPythonFacts class");
        }
    }

    // Sample inputs for the checker. Private, so that JUnit never runs them as tests of the kit.

    private static final String REGULAR_SOURCE = "class Task1 {} class Task2 {}";

    private static final class TopicTest {
        @Nested
        @Tag("task:1")
        @DisplayName("Task 1: First thing")
        class Task1 {
            @Test
            void one() {
            }
        }

        @Nested
        @Tag("task:2")
        @DisplayName("Task 2: `Second` thing")
        class Task2 {
            @Test
            void two() {
            }
        }
    }

    private static final class LooseTest {
        @Test
        void loose() {
        }

        @Nested
        @Tag("task:1")
        @DisplayName("Task 1: First thing")
        class Task1 {
            @Test
            void one() {
            }
        }

        @Nested
        @Tag("task:2")
        @DisplayName("Task 2: `Second` thing")
        class Task2 {
            @Test
            void two() {
            }
        }
    }

    private static final class BadNames {
        @Nested
        @Tag("task:1")
        @DisplayName("Task 1: first thing")
        class Task1 {
            @Test
            void one() {
            }
        }

        @Nested
        @Tag("task:3")
        @DisplayName("Task 3: third")
        class Task2 {
            @Test
            void two() {
            }
        }
    }

    @Tag("task:1")
    private static final class RegularHiddenTest {
        @Test
        void one() {
        }
    }

    private static final class UntaggedHiddenTest {
        @Test
        void one() {
        }
    }

    @Tag("task:1")
    @Tag("task:2")
    private static final class TwoTasksHiddenTest {
        @Test
        void one() {
        }
    }

    @CPythonFacts
    private static final class TopicFacts {
    }
}
