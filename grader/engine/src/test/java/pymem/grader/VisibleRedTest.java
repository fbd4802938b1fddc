package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.kit.TestSuite;
import pymem.grader.misconceptions.CorpusRun;
import pymem.grader.misconceptions.Misconception;
import pymem.grader.misconceptions.MisconceptionCorpus;

/**
 * A student sees red before handing anything in: each misconception of the kit's corpus fails at least one
 * visible test of its exercise (graded with the visible tests, as {@code ./grade --visible} does), unless
 * {@link #NOT_VISIBLE} says why no visible test can show it.
 */
@DisplayName("The visible tests")
class VisibleRedTest {
    /** Misconceptions no visible test shows, and why: only the hidden tests (or a benchmark) can. */
    static final Map<String, String> NOT_VISIBLE = Map.of(
            "04-refcount/quadratic-dying-queue", "a slow but correct cascade: only the time of a huge cascade shows it, and tests never assert time",
            "07-sizeof/quadratic-seen-list", "a slow but correct deep size: only the time of a huge structure shows it, and tests never assert time");
    private static final int JOBS = 2;
    private static List<CorpusRun.Outcome> outcomes;

    @BeforeAll
    static void gradeTheCorpusWithTheVisibleTests() throws IOException, InterruptedException {
        List<Misconception> corpus = MisconceptionCorpus.load(KitFixture.KIT);
        try (Grader grader = new Grader(KitFixture.KIT, TestSuite.visible(KitFixture.KIT)).withTestJvms(1)) {
            outcomes = CorpusRun.run(KitFixture.KIT, grader, corpus, JOBS);
        }
    }

    @TestFactory
    @DisplayName("fail for every misconception of the kit's corpus")
    Stream<DynamicTest> eachMisconceptionShowsRed() {
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.misconception().id(), () -> {
            Misconception m = o.misconception();
            assertThat(o.graded()).as("%s compiles against the visible tests: %s", m.id(), o.result().detail()).isTrue();
            if (NOT_VISIBLE.containsKey(m.id())) {
                return;
            }
            assertThat(o.failedTests()).as("visible tests of %s that fail for %s (%s): the student would see only green", m.exercise(), m.id(), m.description())
                    .isPositive();
        }));
    }
}
