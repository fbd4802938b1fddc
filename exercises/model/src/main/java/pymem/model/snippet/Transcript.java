package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;

import pymem.model.PyException;

/**
 * What running a snippet showed: the printed text and the exception that ended it (null if none), like the
 * terminal after {@code python3 snippet.py}.
 */
public record Transcript(String output, PyException error) {

    /**
     * The printed lines, then {@code Type: message} if an exception ended the run, joined by the two
     * characters backslash and n: the one-line form the Python twin prints.
     */
    public String oneLine() {
        List<String> lines = new ArrayList<>(output.isEmpty() ? List.of() : List.of(output.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (error != null) {
            lines.add(error.toString());
        }
        return String.join("\\n", lines);
    }
}
