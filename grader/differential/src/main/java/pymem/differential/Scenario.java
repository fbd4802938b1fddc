package pymem.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One generated scenario: a short Python program, the same program as data for the replayer, and CPython's
 * answer to it, as one line of a generator's output.
 *
 * @param id short and stable for a given seed: {@code c007} for the seventh hand-picked corner case,
 *     {@code r0123} for a random one
 * @param corner true for a hand-picked corner case (always generated, before the random ones)
 * @param python the scenario as Python source, exactly what CPython ran
 * @param input the scenario as data (the exercise's own shape), what the replayer reads
 * @param cpython CPython's answer (the exercise's own shape; by convention {@code {"value": ...}} or
 *     {@code {"error": {"type": ..., "message": ...}}}, see {@link Answers})
 * @param outOfScope null when the model covers the scenario; otherwise why it does not, and the reference must
 *     then throw {@link pymem.model.OutOfScopeError}
 */
public record Scenario(String id, boolean corner, String python, JsonNode input, JsonNode cpython, String outOfScope) {

    static Scenario of(JsonNode line) {
        return new Scenario(text(line, "id"), line.path("corner").asBoolean(false), text(line, "python"),
                line.path("input").isMissingNode() ? NullNode.getInstance() : line.get("input"),
                line.path("cpython").isMissingNode() ? NullNode.getInstance() : line.get("cpython"),
                line.hasNonNull("outOfScope") ? line.get("outOfScope").asText() : null);
    }

    private static String text(JsonNode line, String field) {
        if (!line.hasNonNull(field)) {
            throw new IllegalArgumentException("a scenario line without \"" + field + "\": " + line);
        }
        return line.get(field).asText();
    }

    /** The Python source, indented for a failure listing. */
    String indentedPython() {
        return "    " + python.strip().replace("\n", "\n    ");
    }
}
