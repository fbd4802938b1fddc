package pymem.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.SuiteKind;
import pymem.grader.score.ConceptRule;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grading.Visibility;

/** The heat map's cells from known results: who is in which quarter, and each cell's share of tests passed. */
@DisplayName("The concept heat map")
class ConceptHeatMapTest {
    private static final Exercise EX = ExerciseCatalog.all().get(3);
    private static final GradedTest A1 = new GradedTest(EX, "4.1", "a1", "first of 4.1", 1, Visibility.Level.VISIBLE, "4.1");
    private static final GradedTest A2 = new GradedTest(EX, "4.2", "a2", "second of 4.1", 1, Visibility.Level.VISIBLE, "4.1");
    private static final GradedTest B1 = new GradedTest(EX, "4.3", "b1", "only test of 4.2", 2, Visibility.Level.VISIBLE, "4.2");

    /** A student who passed the tests named. */
    private static GradeResult student(String name, GradedTest... passed) {
        List<TestResult> tests = new ArrayList<>();
        for (GradedTest t : List.of(A1, A2, B1)) {
            tests.add(List.of(passed).contains(t) ? TestResult.passed(t, 0) : TestResult.failed(t, "no"));
        }
        ExerciseResult e = new ExerciseResult(EX, ExerciseStatus.GRADED, "", tests,
                List.of(new ConceptRule("4.1", "rule one"), new ConceptRule("4.2", "rule two")));
        return new GradeResult(name, List.of(e), 0, SuiteKind.HIDDEN, "");
    }

    @Test
    @DisplayName("ranks students into quarters by score and gives each cell the share of the concept's tests passed")
    @SuppressWarnings("unchecked")
    void cells() {
        // scores: s0 0, s1 1 (A1), s2 2 (B1), s3 4 (all)
        List<GradeResult> results = List.of(student("s3", A1, A2, B1), student("s0"), student("s2", B1), student("s1", A1));
        Map<String, Object> map = ConceptHeatMap.of(results);

        assertThat((List<String>) map.get("columns")).as("the whole class, then four quarters of one student each")
                .containsExactly("whole class (4)", "lowest quarter (1; 0-0%)", "second quarter (1; 25-25%)",
                        "third quarter (1; 50-50%)", "top quarter (1; 100-100%)");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) map.get("groups");
        assertThat(groups).as("one group: the exercise").hasSize(1);
        List<Map<String, Object>> concepts = (List<Map<String, Object>>) groups.get(0).get("concepts");
        assertThat(concepts).extracting(c -> c.get("id")).as("concept rows in lesson order").containsExactly("4.1", "4.2");
        List<Map<String, Object>> one = (List<Map<String, Object>>) concepts.get(0).get("cells");
        List<Map<String, Object>> two = (List<Map<String, Object>>) concepts.get(1).get("cells");
        // 4.1: A1 passed by s3, s1; A2 by s3 -> 3 of 8 in the class; quarters s0 0/2, s1 1/2, s2 0/2, s3 2/2
        assertThat(one).extracting(c -> c.get("text")).as("4.1's cells").containsExactly("38", "0", "50", "0", "100");
        assertThat(two).extracting(c -> c.get("text")).as("4.2's cells").containsExactly("50", "0", "0", "100", "100");
        assertThat(one.get(0).get("title")).as("the counts in the title").isEqualTo("4.1, whole class (4): 38% of its tests passed (3 of 8)");
        assertThat(one.get(1).get("bg")).as("no test passed: the low end of the scale").isEqualTo("#e66101");
        assertThat(one.get(4).get("bg")).as("every test passed: the high end").isEqualTo("#5e3c99");
        assertThat(one.get(4).get("fg")).as("light text on the darkest colour").isEqualTo("#ffffff");
    }
}
