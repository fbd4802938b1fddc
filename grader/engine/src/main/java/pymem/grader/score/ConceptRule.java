package pymem.grader.score;

import java.util.List;
import java.util.Optional;

/**
 * One concept of an exercise's concept map, as its lesson states it under "## Concepts".
 *
 * @param id   {@code N.k}, e.g. {@code 4.2}
 * @param rule the rule, one sentence
 */
public record ConceptRule(String id, String rule) {

    /** The rule of concept {@code id} in {@code map}, if the map has it. */
    public static Optional<String> ruleOf(String id, List<ConceptRule> map) {
        return map.stream().filter(c -> c.id().equals(id)).map(ConceptRule::rule).findFirst();
    }
}
