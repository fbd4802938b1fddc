package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * exercise, and must (a) still compile and obey the rules, (b) lose points, (c) touch no other exercise. The
 * first failing test of each is recorded in grader/engine/target/misconceptions.tsv, which the quality table
 * reads for its "misconceptions" column.
 */
@DisplayName("The kit's misconception corpus")
class MisconceptionCorpusTest {
    /** The corpus keeps at least this many misconceptions per exercise. */
    static final int MIN_PER_EXERCISE = 8;
    /** Misconceptions graded at once: each takes one test JVM. */
    private static final int JOBS = 2;
    private static List<Misconception> corpus;
    private static List<CorpusRun.Outcome> outcomes;

    @BeforeAll
    static void gradeTheCorpus() throws IOException, InterruptedException {
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
    @DisplayName("each misconception compiles, loses points and changes no other exercise")
    Stream<DynamicTest> eachIsCaught() {
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.misconception().id(), () -> {
            Misconception m = o.misconception();
            assertThat(o.graded()).as("%s must compile and obey the rules (it is a misconception, not a broken file): %s",
                    m.id(), o.result().detail()).isTrue();
            assertThat(o.lost()).as("%s (%s) keeps full marks: no hidden test catches that %s", m.id(), m.description(), m.concept())
                    .isPositive();
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
            List<pymem.grader.score.TestResult> failed = o.result().tests().stream().filter(t -> !t.passed()).toList();
            for (pymem.grader.score.TestResult t : failed) {
                boolean described = (ConceptFeedbackTest.HEADLINE.matcher(t.feedback()).find() && !t.feedback().contains("(see the lesson)"))
                        || ConceptFeedbackTest.OUT_OF_MEMORY.matcher(t.feedback()).find();
                assertThat(described).as("%s: the feedback of %s %s names no concept and rule: %s", m.id(), t.test().number(), t.test().name(), t.feedback())
                        .isTrue();
            }
            assertThat(m.conceptId()).as("%s's concept line starts with the concept id it breaks (N.k of the lesson)", m.id()).isPresent();
            if (!failed.isEmpty()) {
                java.util.regex.Matcher first = ConceptFeedbackTest.HEADLINE.matcher(failed.get(0).feedback());
                assertThat(first.find() ? first.group(1) : failed.get(0).feedback())
                        .as("%s: the concept of the first failing test (%s %s)", m.id(), failed.get(0).test().number(), failed.get(0).test().name())
                        .isEqualTo(m.conceptId().orElseThrow());
            }
        }));
    }
}
