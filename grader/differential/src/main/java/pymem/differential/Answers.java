package pymem.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;
import pymem.model.PyException;

/**
 * Builds answers in the shape the generators write (the Python side is {@code scenarios.outcome} in
 * {@code grader/differential/scenarios.py}): {@code {"value": v}} for a result, {@code {"error": {"type": t,
 * "message": m}}} for an exception, where {@code m} is {@code str(e)}.
 */
public final class Answers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Answers() {
    }

    public static ObjectNode value(JsonNode value) {
        ObjectNode answer = NODES.objectNode();
        answer.set("value", value);
        return answer;
    }

    public static ObjectNode value(String value) {
        return value(NODES.textNode(value));
    }

    public static ObjectNode value(boolean value) {
        return value(NODES.booleanNode(value));
    }

    public static ObjectNode value(long value) {
        return value(NODES.numberNode(value));
    }

    public static ObjectNode error(String pythonType, String message) {
        ObjectNode error = NODES.objectNode();
        error.put("type", pythonType);
        error.put("message", message);
        ObjectNode answer = NODES.objectNode();
        answer.set("error", error);
        return answer;
    }

    public static ObjectNode error(PyException e) {
        return error(e.pythonType(), e.getMessage());
    }

    /** {@code value(step.get())}, or the error answer when the step raises a Python exception. */
    public static ObjectNode outcome(Supplier<JsonNode> step) {
        try {
            return value(step.get());
        } catch (PyException e) {
            return error(e);
        }
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An answer as a line of a failure listing: {@code TypeError: ...} for an error, the value otherwise. */
    static String describe(JsonNode answer) {
        if (answer == null) {
            return "(none)";
        }
        if (answer.isObject() && answer.size() == 1 && answer.has("error")) {
            JsonNode e = answer.get("error");
            return e.path("type").asText() + ": " + e.path("message").asText();
        }
        if (answer.isObject() && answer.size() == 1 && answer.has("value")) {
            JsonNode v = answer.get("value");
            return v.isTextual() ? v.asText() : v.toString();
        }
        return answer.toString();
    }
}
