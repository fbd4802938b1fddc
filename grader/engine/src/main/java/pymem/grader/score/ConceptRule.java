package pymem.grader.score;

/**
 * One concept of an exercise's concept map, as its lesson states it under "## Concepts".
 *
 * @param id   {@code N.k}, e.g. {@code 4.2}
 * @param rule the rule, one sentence
 */
public record ConceptRule(String id, String rule) {
}
