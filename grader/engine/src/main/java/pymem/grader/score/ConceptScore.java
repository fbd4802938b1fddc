package pymem.grader.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission's standing on one concept of an exercise: the points of the tests that grade it, and the first
 * of them that failed (the one whose feedback points at the idea to revisit).
 *
 * @param concept      the concept (its rule is empty when the lesson does not list it)
 * @param score        points earned by the concept's tests
 * @param maxScore     points the concept's tests are worth
 * @param status       held, partly or missed
 * @param firstFailure the first failing test of the concept, if any
 */
public record ConceptScore(ConceptRule concept, int score, int maxScore, ConceptStatus status, Optional<TestResult> firstFailure) {

    /**
     * The concepts of {@code tests}, in the order of {@code map} (the lesson's), then any concept the map does
     * not list; tests that name no concept are left out.
     */
    public static List<ConceptScore> of(List<TestResult> tests, List<ConceptRule> map) {
        Map<String, List<TestResult>> byConcept = new LinkedHashMap<>();
        map.forEach(c -> byConcept.put(c.id(), new ArrayList<>()));
        for (TestResult t : tests) {
            if (!t.test().concept().isEmpty()) {
                byConcept.computeIfAbsent(t.test().concept(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ConceptScore> out = new ArrayList<>();
        byConcept.forEach((id, graded) -> {
            if (graded.isEmpty()) {
                return;
            }
            ConceptRule rule = map.stream().filter(c -> c.id().equals(id)).findFirst().orElse(new ConceptRule(id, ""));
            int score = graded.stream().mapToInt(TestResult::score).sum();
            int max = graded.stream().mapToInt(t -> t.test().points()).sum();
            long passed = graded.stream().filter(TestResult::passed).count();
            ConceptStatus status = passed == graded.size() ? ConceptStatus.HELD : passed == 0 ? ConceptStatus.MISSED : ConceptStatus.PARTLY;
            out.add(new ConceptScore(rule, score, max, status, graded.stream().filter(t -> !t.passed()).findFirst()));
        });
        return out;
    }
}
