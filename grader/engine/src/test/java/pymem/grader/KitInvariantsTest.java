package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.api.PublicApi;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.GradescopeResults;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/** The kit's invariants (README: the two commands; CONTRIBUTING), checked on the real kit by the real grader. */
@DisplayName("The kit")
class KitInvariantsTest {

    @Test
    @DisplayName("has hidden tests for every exercise, each with points and a display name that says what it checks")
    void everyHiddenTestHasPointsAndAName() {
        List<GradedTest> tests = KitFixture.hiddenGrader().enumerate();
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(tests).as("hidden tests of %s", e.folder()).anyMatch(t -> t.exercise().equals(e));
        }
        Pattern bareMethodName = Pattern.compile("\\w+\\(.*\\)");
        for (GradedTest t : tests) {
            assertThat(t.points()).as("@Points of %s (%s)", t.number(), t.name()).isPositive();
            String last = t.name().substring(t.name().lastIndexOf(" / ") + 1).strip();
            assertThat(bareMethodName.matcher(last).matches()).as("%s has a @DisplayName, not just its method name: %s", t.number(), t.name()).isFalse();
        }
    }

    @Test
    @DisplayName("gives the reference solutions full marks on every exercise")
    void referenceScoresFullMarks() {
        GradeResult result = KitFixture.solutions();
        List<String> failures = result.exercises().stream().flatMap(e -> e.tests().stream())
                .filter(t -> !t.passed()).map(t -> t.test().number() + " " + t.test().name() + ": " + t.feedback()).toList();
        assertThat(failures).as("hidden tests the reference fails").isEmpty();
        for (ExerciseResult e : result.exercises()) {
            assertThat(e.status()).as("status of %s", e.exercise().folder()).isEqualTo(ExerciseStatus.GRADED);
            assertThat(e.score()).as("score of %s", e.exercise().folder()).isEqualTo(e.maxScore()).isPositive();
        }
    }

    @Test
    @DisplayName("gives the untouched stubs 0: every hidden test fails on them")
    void stubsScoreZero() {
        GradeResult result = KitFixture.stubs();
        List<String> passing = result.exercises().stream().flatMap(e -> e.tests().stream())
                .filter(TestResult::passed).map(t -> t.test().number() + " " + t.test().name()).toList();
        assertThat(passing).as("hidden tests that pass on a stub check nothing").isEmpty();
        for (ExerciseResult e : result.exercises()) {
            assertThat(e.status()).as("the stubs of %s compile and keep the rules", e.exercise().folder()).isEqualTo(ExerciseStatus.GRADED);
        }
    }

    @Test
    @DisplayName("has stubs with exactly the public API of the reference solutions")
    void stubsMatchTheSolutionsApi() {
        for (Exercise e : ExerciseCatalog.all()) {
            Set<String> stub = PublicApi.of(KitFixture.KIT.stubClasses(e));
            Set<String> solution = PublicApi.of(KitFixture.KIT.solutionsDir().resolve(e.folder()).resolve("target/classes"));
            assertThat(stub).as("public API of the %s stub", e.folder()).isNotEmpty();
            assertThat(PublicApi.diff(stub, solution)).as("how the %s solution's public API differs from its stub's", e.folder()).isEmpty();
        }
    }

    @Test
    @DisplayName("grades deterministically: the same submission twice gives the same results.json apart from timing")
    void gradingIsDeterministic() {
        String first = withoutTiming(GradescopeResults.render(KitFixture.solutions()));
        String second = withoutTiming(GradescopeResults.render(KitFixture.grade(
                new pymem.grader.submission.Submission("reference solutions", KitFixture.KIT.solutionsDir()))));
        assertThat(second).as("results.json of a second run").isEqualTo(first);
    }

    static String withoutTiming(String json) {
        return json.replaceAll("\"execution_time\" : \\d+", "\"execution_time\" : 0");
    }
}
