package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.TestSuite;
import pymem.grader.misconceptions.CorpusReport;
import pymem.grader.misconceptions.CorpusRun;
import pymem.grader.misconceptions.Misconception;
import pymem.grader.misconceptions.MisconceptionCorpus;

/**
 * The kit's own misconception corpus (grader/misconceptions): realistic wrong implementations, each a minimal
 * edit of the reference. Every one is graded against the hidden tests, as a submission holding only its
 * exercise, and must (a) still compile and obey the rules, (b) lose points, at least {@link CorpusReport#CLEAR_LOSS},
 * (c) touch no other exercise. The
 * first failing test of each is recorded in grader/engine/target/misconceptions.tsv, which the quality table
 * reads for its "misconceptions" column.
 */
@DisplayName("The kit's misconception corpus")
class MisconceptionCorpusTest {
    /** The corpus keeps at least this many misconceptions per exercise. */
    static final int MIN_PER_EXERCISE = 8;
    /**
     * Misconceptions whose first failing test, in the graded numbers' task order, belongs to an earlier task than their
     * own concept's tests, and why: the mistake also breaks that earlier task's test, whose concept is rightly another.
     * For these the broken concept must still be blamed by a failing test, only not by the first one; an entry whose
     * first failing test is its own concept again is stale and fails.
     */
    static final Map<String, String> EARLIER_TASK_FIRST = Map.of(
            "01-objects/runtime-strings-interned",
            "interning every run-time string also makes chr(256) twice one object, which task 3's singletons test (1.4) checks",
            "03-namespaces/augmented-assignment-only-reads",
            "x += 1 taken as a read changes task 1's error for an augmented assignment before a global declaration (3.2)",
            "03-namespaces/captured-local-stays-local",
            "a captured local left without its cell first breaks task 2's variable passed through a class body (3.3)",
            "03-namespaces/class-body-encloses-methods",
            "a class body taken as enclosing lets task 2's nonlocal find a class attribute (3.2)",
            "03-namespaces/free-names-skip-middle-blocks",
            "a middle block left without the free name first breaks task 2's variable passed through a class body (3.3)",
            "05-gc/tuples-never-untracked",
            "task 1's tracking test checks a tuple the collector untracked (5.1) before task 2's collection tests",
            "08-copy/classes-are-copied",
            "copying a class first fails task 1's test of what copy.copy returns unchanged (8.2)");
    /** Misconceptions graded at once: each takes one test JVM. */
    private static final int JOBS = 2;
    private static List<Misconception> corpus;
    private static List<CorpusRun.Outcome> outcomes;

    @BeforeAll
    static void gradeTheCorpus() throws IOException, InterruptedException {
        for (Exercise e : ExerciseCatalog.all()) {
            // discovery loads the hidden tests against the stubs: without them it would find only some tests
            assertThat(KitFixture.KIT.stubClasses(e)).as("the stubs of %s are built (run mvn test from the kit's root)", e)
                    .isDirectory();
        }
        corpus = MisconceptionCorpus.load(KitFixture.KIT);
        long start = System.nanoTime();
        try (Grader grader = new Grader(KitFixture.KIT, TestSuite.of(KitFixture.KIT)).withTestJvms(1)) {
            outcomes = CorpusRun.run(KitFixture.KIT, grader, corpus, JOBS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CorpusReport.write(CorpusReport.resultsFile(KitFixture.KIT), outcomes);
        System.out.printf(Locale.ROOT, "misconception corpus: %d graded in %.0f s%n%s", outcomes.size(), seconds, CorpusReport.render(outcomes));
    }

    @Test
    @DisplayName("has at least 8 misconceptions per exercise, each naming a concept and a description")
    void shape() {
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(corpus.stream().filter(m -> m.exercise().equals(e)).count())
                    .as("misconceptions of %s in %s", e, MisconceptionCorpus.FOLDER).isGreaterThanOrEqualTo(MIN_PER_EXERCISE);
        }
        Set<String> ids = new HashSet<>();
        for (Misconception m : corpus) {
            assertThat(ids.add(m.id())).as("unique id %s", m.id()).isTrue();
            assertThat(m.concept()).as("%s names the concept it breaks", m.id()).isNotBlank();
            assertThat(m.description()).as("%s says what the student believes", m.id()).isNotBlank();
        }
    }

    @Test
    @DisplayName("refuses an edit whose text is not found exactly once in the reference")
    void editsMustMatchOnce() throws IOException {
        Misconception m = corpus.get(0);
        Path copy = Files.createTempDirectory("pymem-misconception-check-");
        try {
            Path pkg = Files.createDirectories(copy.resolve(m.exercise().packagePath()));
            Files.writeString(pkg.resolve(m.edits().get(0).file()), "twice: " + m.edits().get(0).find() + m.edits().get(0).find());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.applyTo(copy))
                    .as("an edit that would apply in two places").hasMessageContaining("more than once");
            Files.writeString(pkg.resolve(m.edits().get(0).file()), "nothing to find here");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.applyTo(copy))
                    .as("an edit whose text is gone from the reference").hasMessageContaining("not in");
        } finally {
            TempFolders.delete(copy);
        }
    }

    @TestFactory
    @DisplayName("each misconception compiles, loses at least 3 points and changes no other exercise")
    Stream<DynamicTest> eachIsCaught() {
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.misconception().id(), () -> {
            Misconception m = o.misconception();
            assertThat(o.graded()).as("%s must compile and obey the rules (it is a misconception, not a broken file): %s",
                    m.id(), o.result().detail()).isTrue();
            assertThat(o.lost()).as("%s (%s) keeps full marks: no hidden test catches that %s", m.id(), m.description(), m.concept())
                    .isPositive();
            assertThat(o.lost()).as("%s costs only %d point(s): a misconception must be caught clearly, by at least %d",
                    m.id(), o.lost(), CorpusReport.CLEAR_LOSS).isGreaterThanOrEqualTo(CorpusReport.CLEAR_LOSS);
            assertThat(o.othersRun()).as("%s must change no other exercise", m.id()).isEmpty();
            // The first failing test's concept must be the one the misconception breaks: checked once hidden tests
            // declare their concept; until then the first failing test is recorded in CorpusReport.RESULTS.
        }));
    }

    @TestFactory
    @DisplayName("each misconception's feedback names a concept and quotes its rule, the broken concept first")
    Stream<DynamicTest> eachIsBlamedOnItsConcept() {
        return outcomes.stream().filter(CorpusRun.Outcome::graded).map(o -> DynamicTest.dynamicTest(o.misconception().id(), () -> {
            Misconception m = o.misconception();
            // in the graded numbers' order (task order, see TestDiscovery): the order a student reads the failures in
            List<pymem.grader.score.TestResult> failed = o.result().tests().stream().filter(t -> !t.passed())
                    .sorted(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.test().number().substring(t.test().number().indexOf('.') + 1))))
                    .toList();
            for (pymem.grader.score.TestResult t : failed) {
                boolean described = (ConceptFeedbackTest.HEADLINE.matcher(t.feedback()).find() && !t.feedback().contains("(see the lesson)"))
                        || ConceptFeedbackTest.OUT_OF_MEMORY.matcher(t.feedback()).find();
                assertThat(described).as("%s: the feedback of %s %s names no concept and rule: %s", m.id(), t.test().number(), t.test().name(), t.feedback())
                        .isTrue();
            }
            assertThat(m.conceptId()).as("%s's concept line starts with the concept id it breaks (N.k of the lesson)", m.id()).isPresent();
            if (!failed.isEmpty()) {
                String broken = m.conceptId().orElseThrow();
                String firstConcept = headlineConcept(failed.get(0));
                if (!EARLIER_TASK_FIRST.containsKey(m.id())) {
                    assertThat(firstConcept)
                            .as("%s: the concept of the first failing test (%s %s)", m.id(), failed.get(0).test().number(), failed.get(0).test().name())
                            .isEqualTo(broken);
                } else {
                    assertThat(firstConcept).as("%s is listed in EARLIER_TASK_FIRST (%s), but its first failing test (%s %s) is its own concept again: "
                            + "remove it from the list", m.id(), EARLIER_TASK_FIRST.get(m.id()), failed.get(0).test().number(), failed.get(0).test().name())
                            .isNotEqualTo(broken);
                    assertThat(failed.stream().map(MisconceptionCorpusTest::headlineConcept).toList())
                            .as("%s: the concepts of its failing tests, which must blame %s somewhere", m.id(), broken).contains(broken);
                }
            }
        }));
    }

    /** The concept a failed test's feedback names first ("concept 4.2 (...): ..."), else its whole feedback. */
    private static String headlineConcept(pymem.grader.score.TestResult t) {
        java.util.regex.Matcher m = ConceptFeedbackTest.HEADLINE.matcher(t.feedback());
        return m.find() ? m.group(1) : t.feedback();
    }
}
