package pymem.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import pymem.grader.score.ConceptScore;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * results.json in the Gradescope autograder schema: top-level {@code score}, {@code execution_time},
 * {@code output}, and one entry per test with {@code name}, {@code number} ({@code E.N}), {@code score},
 * {@code max_score}, {@code status}, {@code output} (the feedback), {@code tags} (the exercise folder, and
 * {@code concept:N.k} for the concept the test grades) and {@code visibility}. The top-level output lists, per
 * exercise, the concepts not yet held.
 */
public final class GradescopeResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {
    }

    public static String render(GradeResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", (double) result.score());
        root.put("max_score", (double) result.maxScore());
        root.put("execution_time", Math.max(1, Math.round(result.seconds())));
        root.put("output", summary(result));
        root.put("output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (ExerciseResult exercise : result.exercises()) {
            for (TestResult t : exercise.tests()) {
                ObjectNode node = tests.addObject();
                node.put("name", t.test().name());
                node.put("number", t.test().number());
                node.put("score", (double) t.score());
                node.put("max_score", (double) t.test().points());
                node.put("status", t.passed() ? "passed" : "failed");
                node.put("output", t.passed() ? "passed" : t.test().name() + ": " + StudentText.clean(t.feedback()));
                ArrayNode tags = node.putArray("tags").add(exercise.exercise().folder());
                if (!t.test().concept().isEmpty()) {
                    tags.add("concept:" + t.test().concept());
                }
                node.put("visibility", t.test().visibility().gradescopeName());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(GradeResult result) {
        StringBuilder sb = new StringBuilder("pymem-kit: " + result.score() + " / " + result.maxScore() + " points\n");
        for (ExerciseResult e : result.exercises()) {
            sb.append(e.exercise().folder()).append(": ").append(e.score()).append(" / ").append(e.maxScore());
            if (e.status() != ExerciseStatus.GRADED) {
                sb.append(" (").append(e.status()).append(")");
            }
            sb.append('\n');
            for (ConceptScore c : e.conceptScores()) {
                if (c.status() != ConceptStatus.HELD) {
                    sb.append(String.format(java.util.Locale.ROOT, "  concept %s %s (%d / %d): %s%n", c.concept().id(), c.status(), c.score(),
                            c.maxScore(), c.concept().rule()));
                }
            }
        }
        sb.append("isolation of student code: ").append(result.isolation()).append('\n');
        return sb.toString();
    }
}
