package pymem.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.SuiteKind;
import pymem.grader.score.ConceptRule;
import pymem.grader.score.ConceptScore;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grading.Visibility;

/** What a failed test tells at each feedback level, and the concept table it is summed up in. */
class FeedbackLevelTest {
    private static final Exercise RC = ExerciseCatalog.byName("04").orElseThrow();
    private static final Exercise GC = ExerciseCatalog.byName("05").orElseThrow();
    private static final List<ConceptRule> MAP = List.of(new ConceptRule("4.2", "getrefcount reports the count plus one"),
            new ConceptRule("4.3", "an object dies when its count reaches 0"));
    private static final String VALUES = "concept 4.2 (getrefcount reports the count plus one): expected 3 but was 2 for x = [6, 5, 8]";

    private static GradedTest test(Exercise e, String number, String concept) {
        return new GradedTest(e, number, "[method:t" + number + "()]", "test " + number, 2, Visibility.Level.VISIBLE, concept);
    }

    private static GradeResult grade() {
        ExerciseResult rc = new ExerciseResult(RC, ExerciseStatus.GRADED, "", List.of(
                TestResult.failed(test(RC, "4.1", "4.2"), VALUES),
                TestResult.passed(test(RC, "4.2", "4.2"), 0.1),
                TestResult.failed(test(RC, "4.3", "4.3"), "not checked: depends on 4.2 (getrefcount reports the count plus one), which fails: saw 2"),
                TestResult.failed(test(RC, "4.4", ""), "expected 7 but was 8")), MAP);
        ExerciseResult gc = new ExerciseResult(GC, ExerciseStatus.COMPILE_ERROR, "Gc.java:3: ';' expected",
                List.of(TestResult.failed(test(GC, "5.1", "5.1"), "the exercise does not compile: Gc.java:3: ';' expected")), List.of());
        return new GradeResult("s", List.of(rc, gc), 1, SuiteKind.HIDDEN, "none");
    }

    private static List<String> feedback(GradeResult r, Exercise e) {
        return r.exercises().stream().filter(x -> x.exercise().equals(e)).findFirst().orElseThrow().tests().stream().map(TestResult::feedback).toList();
    }

    @Test
    @DisplayName("full keeps every message as it is")
    void full() {
        GradeResult full = FeedbackLevel.apply(grade(), FeedbackLevel.FULL, Map.of());
        assertThat(full).isEqualTo(grade());
    }

    @Test
    @DisplayName("concept says concept and rule, and which concept a skipped test depends on, with no value seen")
    void concept() {
        GradeResult told = FeedbackLevel.apply(grade(), FeedbackLevel.CONCEPT, Map.of());
        assertThat(feedback(told, RC)).containsExactly("fails concept 4.2: getrefcount reports the count plus one", "",
                "not checked: depends on 4.2 (getrefcount reports the count plus one), which fails", "failed");
        assertThat(String.join("\n", feedback(told, RC))).doesNotContain("[6, 5, 8]", "saw 2", "expected");
        assertThat(told.exercises().get(1).detail()).as("a compile error is about the student's own code").contains("';' expected");
    }

    @Test
    @DisplayName("score says only that a test failed, and the level can differ per exercise")
    void scoreAndPerExercise() {
        GradeResult told = FeedbackLevel.apply(grade(), FeedbackLevel.FULL, Map.of(GC, FeedbackLevel.SCORE));
        assertThat(feedback(told, GC)).containsExactly("failed");
        assertThat(told.exercises().get(1).detail()).isEmpty();
        assertThat(feedback(told, RC).get(0)).as("04 stays at full").isEqualTo(VALUES);
        assertThat(told.score()).isEqualTo(grade().score());
    }

    @Test
    @DisplayName("a level is named full, concept or score")
    void parse() {
        assertThat(FeedbackLevel.parse(" Concept ")).isEqualTo(FeedbackLevel.CONCEPT);
        assertThatThrownBy(() -> FeedbackLevel.parse("values")).hasMessageContaining("full, concept or score");
    }

    @Test
    @DisplayName("the concept table sums each concept's tests in the lesson's order, with its first failure")
    void conceptTable() {
        List<ConceptScore> table = grade().exercises().get(0).conceptScores();
        assertThat(table).extracting(c -> c.concept().id()).containsExactly("4.2", "4.3");
        assertThat(table.get(0).status()).isEqualTo(ConceptStatus.PARTLY);
        assertThat(table.get(0).score()).isEqualTo(2);
        assertThat(table.get(0).maxScore()).isEqualTo(4);
        assertThat(table.get(0).firstFailure().orElseThrow().test().number()).isEqualTo("4.1");
        assertThat(table.get(1).status()).isEqualTo(ConceptStatus.MISSED);
    }
}
