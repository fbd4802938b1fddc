package pymem.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pymem.grader.kit.Exercise;
import pymem.grader.score.ConceptRule;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * How much a failed test tells the student, chosen by the instructor (per exercise, if they like). Applied in
 * the report stage, after scrubbing and before anything is written or printed, so every report honours it.
 */
public enum FeedbackLevel {
    /** The concept, its rule, and the assertion's own message: expected and actual values, the scenario. */
    FULL,
    /** The concept and its rule only: no values, so nothing of a hidden test's inputs. */
    CONCEPT,
    /** Points only: which tests failed, not why. */
    SCORE;

    private static final String NOT_CHECKED = "not checked: depends on ";
    private static final String WHICH_FAILS = ", which fails";

    /** The level named on a command line ({@code full}, {@code concept}, {@code score}), in any case. */
    public static FeedbackLevel parse(String name) {
        for (FeedbackLevel l : values()) {
            if (l.name().equalsIgnoreCase(name.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("feedback level must be full, concept or score, not '" + name + "'");
    }

    /** The same grade with each exercise's failures told at its level ({@code otherwise} when not listed). */
    public static GradeResult apply(GradeResult result, FeedbackLevel otherwise, Map<Exercise, FeedbackLevel> byExercise) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            FeedbackLevel level = byExercise.getOrDefault(e.exercise(), otherwise);
            exercises.add(level == FULL ? e : level.tell(e));
        }
        return new GradeResult(result.submission(), exercises, result.seconds(), result.testSuiteKind(), result.isolation());
    }

    private ExerciseResult tell(ExerciseResult e) {
        List<TestResult> told = new ArrayList<>();
        for (TestResult t : e.tests()) {
            told.add(t.passed() ? t : t.withFeedback(this == SCORE ? "failed" : conceptOnly(t, e.concepts())));
        }
        // a compile error or a rule broken is about the student's own code: the concept level keeps it
        return e.withTests(this == SCORE ? "" : e.detail(), told);
    }

    private static String conceptOnly(TestResult t, List<ConceptRule> concepts) {
        // a test whose prerequisite failed names that other concept: keep the names, drop what was seen
        int dependsOn = t.feedback().indexOf(WHICH_FAILS);
        if (t.feedback().startsWith(NOT_CHECKED) && dependsOn > 0) {
            return t.feedback().substring(0, dependsOn + WHICH_FAILS.length());
        }
        String id = t.test().concept();
        if (id.isEmpty()) {
            return "failed";
        }
        String rule = ConceptRule.ruleOf(id, concepts).orElse("");
        return "fails concept " + id + (rule.isEmpty() ? "" : ": " + rule);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
