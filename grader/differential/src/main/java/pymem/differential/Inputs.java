package pymem.differential;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the values a generator writes into a scenario's {@code input} that JSON has no type for: floats
 * (written as Python's {@code repr}, so nan and infinities survive) and bytes (a list of ints 0-255). Every
 * replayer decodes them the same way.
 */
public final class Inputs {
    private Inputs() {
    }

    /** Python's {@code float()} of a float's repr: {@code nan}, {@code inf} and {@code -inf} included. */
    public static double pythonFloat(String text) {
        switch (text) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }

    /** The bytes of a JSON list of ints, each 0-255. */
    public static byte[] bytes(JsonNode values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) values.get(i).asInt();
        }
        return out;
    }
}
