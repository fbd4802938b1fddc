package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grading.Concept;
import pymem.grading.ConceptMap;
import pymem.grading.Points;

/**
 * The kit grades concepts, not tests: each lesson's {@code ## Concepts} section is its exercise's concept map,
 * every hidden test names one of those concepts, and no concept is worth so little that getting it wrong
 * costs nothing.
 */
@DisplayName("The concept maps")
class ConceptMapTest {
    /** A concept's least share of its exercise's points: a fundamental mistake must cost more than 1 or 2 of 100. */
    static final double MIN_SHARE = 0.03;
    /** A concept's least number of hidden tests: one test alone is one scenario, not a concept. */
    static final int MIN_TESTS = 2;

    /** A hidden test as the kit sees it: where it is, its concept (null if it has none) and its points. */
    record HiddenTest(Exercise exercise, String method, String concept, int points) {
    }

    private static final Map<Exercise, List<HiddenTest>> TESTS = new LinkedHashMap<>();

    @BeforeAll
    static void loadHiddenTests() throws Exception {
        Path classes = KitFixture.KIT.hiddenTests();
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        urls.add(KitFixture.KIT.modelClasses().toUri().toURL());
        for (Exercise e : ExerciseCatalog.all()) { // the classes the tests were compiled against
            urls.add(KitFixture.KIT.solutionsDir().resolve(e.folder()).resolve("target/classes").toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ConceptMapTest.class.getClassLoader())) {
            for (Exercise e : ExerciseCatalog.all()) {
                List<HiddenTest> tests = new ArrayList<>();
                for (String name : hiddenClassNames(classes, e)) {
                    Class<?> c = Class.forName(name, false, loader);
                    for (Method m : c.getDeclaredMethods()) {
                        Points points = m.getAnnotation(Points.class);
                        if (points != null) {
                            Concept concept = m.getAnnotation(Concept.class);
                            tests.add(new HiddenTest(e, c.getSimpleName() + "." + m.getName(), concept == null ? null : concept.value(), points.value()));
                        }
                    }
                }
                TESTS.put(e, tests);
            }
        }
    }

    private static List<String> hiddenClassNames(Path root, Exercise e) throws IOException {
        Path dir = root.resolve(e.javaPackage().replace('.', '/'));
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(p -> p.endsWith("HiddenTest.class") || p.matches(".*HiddenTest\\$.*\\.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    static ConceptMap lesson(Exercise e) throws IOException {
        return ConceptMap.parse(Files.readString(KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("README.md")));
    }

    @Test
    @DisplayName("are in every lesson, with ids N.k of that exercise numbered 1, 2, 3, ... and one sentence each")
    void everyLessonListsItsConcepts() throws IOException {
        for (Exercise e : ExerciseCatalog.all()) {
            List<String> ids = new ArrayList<>(lesson(e).rules().keySet());
            List<String> expected = new ArrayList<>();
            for (int k = 1; k <= ids.size(); k++) {
                expected.add(e.number() + "." + k);
            }
            assertThat(ids).as("the concept ids in the lesson of %s", e.folder()).isEqualTo(expected);
            lesson(e).rules().forEach((id, rule) -> assertThat(rule)
                    .as("the rule of concept %s is one sentence that ends with a full stop", id).endsWith(".").doesNotContain(". "));
        }
    }

    @Test
    @DisplayName("are what the hidden tests read: each lesson is beside its exercise's hidden tests, unchanged")
    void theTestsReadTheLessons() throws IOException {
        for (Exercise e : ExerciseCatalog.all()) {
            Path copy = KitFixture.KIT.hiddenTests().resolve(e.packagePath()).resolve("README.md");
            assertThat(copy).as("the lesson of %s beside the hidden tests", e.folder()).exists();
            assertThat(Files.readString(copy, StandardCharsets.UTF_8)).as("the copy of the lesson of %s", e.folder())
                    .isEqualTo(Files.readString(KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("README.md")));
        }
    }

    @Test
    @DisplayName("give every hidden test one concept its lesson lists")
    void everyHiddenTestHasAKnownConcept() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(TESTS.get(e)).as("hidden tests of %s", e.folder()).isNotEmpty();
            Map<String, String> rules = lesson(e).rules();
            for (HiddenTest t : TESTS.get(e)) {
                if (t.concept() == null || !rules.containsKey(t.concept())) {
                    wrong.add(e.folder() + " " + t.method() + ": @Concept(" + t.concept() + ")");
                }
            }
        }
        assertThat(wrong).as("hidden tests without @Concept, or with one their lesson does not list").isEmpty();
    }

    @Test
    @DisplayName("grade every concept with at least two hidden tests and at least 3% of its exercise's points")
    void everyConceptCarriesWeight() throws IOException {
        List<String> light = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            int total = TESTS.get(e).stream().mapToInt(HiddenTest::points).sum();
            for (String id : lesson(e).rules().keySet()) {
                List<HiddenTest> of = TESTS.get(e).stream().filter(t -> id.equals(t.concept())).toList();
                int points = of.stream().mapToInt(HiddenTest::points).sum();
                if (of.size() < MIN_TESTS || points < MIN_SHARE * total) {
                    light.add(String.format("%s: %d tests, %d of %d points (%.1f%%)", id, of.size(), points, total, 100.0 * points / total));
                }
            }
        }
        assertThat(light).as("concepts with fewer than %d hidden tests or under %.0f%% of their exercise's points", MIN_TESTS, 100 * MIN_SHARE).isEmpty();
    }

    private static final Pattern VISIBLE_TAG = Pattern.compile("@Tag\\(\"concept:([^\"]*)\"\\)");

    @Test
    @DisplayName("give every concept a visible test (tagged concept:N.k), so a student sees red before handing in")
    void everyConceptHasAVisibleTest() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            Map<String, String> rules = lesson(e).rules();
            Map<String, Integer> visible = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(KitFixture.KIT.exercisesDir().resolve(e.folder()).resolve("src/test/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = VISIBLE_TAG.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!rules.containsKey(m.group(1))) {
                            wrong.add(f.getFileName() + " tags an unknown concept " + m.group(1));
                        }
                        visible.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
            for (String id : rules.keySet()) {
                if (!visible.containsKey(id)) {
                    wrong.add(id + " has no visible test in " + e.folder());
                }
            }
        }
        assertThat(wrong).as("concepts without a visible test, and visible tests tagged with a concept no lesson lists").isEmpty();
    }

    /** An AssertJ assertion statement: from {@code assertThat...(} to the {@code ;} that ends it. */
    private static final Pattern ASSERTION = Pattern.compile("\\bassertThat\\w*\\(");
    private static final Pattern DESCRIBED = Pattern.compile("\\.(as|describedAs|withFailMessage|overridingErrorMessage)\\(");
    private static final Pattern JUNIT_ASSERT = Pattern.compile("\\b(assertEquals|assertTrue|assertFalse|assertNotNull|assertNull|assertSame|assertThrows)\\(");

    @Test
    @DisplayName("describe every assertion of the hidden tests, so that no failure prints only AssertJ's default")
    void everyHiddenAssertionIsDescribed() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            try (Stream<Path> files = Files.walk(KitFixture.KIT.hiddenTestSources(e))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    bare.addAll(undescribed(f, Files.readString(f)));
                }
            }
        }
        assertThat(bare).as("assertions in hidden tests (and their fixtures) without .as(...), describedAs or withFailMessage").isEmpty();
    }

    static List<String> undescribed(Path file, String source) {
        String code = withoutComments(source);
        List<String> out = new ArrayList<>();
        Matcher m = ASSERTION.matcher(code);
        while (m.find()) {
            if (code.startsWith("import", code.lastIndexOf('\n', m.start()) + 1)) {
                continue;
            }
            int end = statementEnd(code, m.end());
            String statement = code.substring(m.start(), end);
            if (!DESCRIBED.matcher(statement).find()) {
                out.add(file.getFileName() + ":" + lineOf(code, m.start()) + " " + statement.lines().findFirst().orElse("").strip());
            }
        }
        Matcher j = JUNIT_ASSERT.matcher(code);
        while (j.find()) {
            out.add(file.getFileName() + ":" + lineOf(code, j.start()) + " uses JUnit's " + j.group(1) + " (use AssertJ with .as)");
        }
        return out;
    }

    /** The index of the {@code ;} ending the statement that starts at {@code from}, outside parentheses, braces and literals. */
    private static int statementEnd(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(code, i);
            } else if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == ';' && depth <= 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int literalEnd(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            return code.indexOf("\"\"\"", start + 3) + 2;
        }
        char q = code.charAt(start);
        for (int i = start + 1; i < code.length(); i++) {
            if (code.charAt(i) == '\\') {
                i++;
            } else if (code.charAt(i) == q) {
                return i;
            }
        }
        return code.length();
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//[^\"\\n]*$", "");
    }

    private static int lineOf(String code, int index) {
        return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
