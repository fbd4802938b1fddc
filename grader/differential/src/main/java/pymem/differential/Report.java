package pymem.differential;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one replay found: how many scenarios agreed with CPython, how many the model declares out of scope, and
 * every difference.
 */
public record Report(String exercise, long seed, int total, int agree, List<String> outOfScope, List<Difference> differences) {

    public Report {
        outOfScope = List.copyOf(outOfScope);
        differences = List.copyOf(differences);
    }

    /** {@code agree/total (out of scope: n)}, as the quality table shows it. */
    public String summary() {
        return agree + "/" + total + " agree with CPython 3.11 (out of scope: " + outOfScope.size() + ", differ: "
                + differences.size() + ")";
    }

    /** The exercise, the seed and the summary, on one line. */
    public String headline() {
        return exercise + " (seed " + seed + "): " + summary();
    }

    /** The headline and the first {@code max} differences, each in Python terms. */
    public String describe(int max) {
        String shown = differences.stream().limit(max).map(Difference::describe).collect(Collectors.joining("\n"));
        String more = differences.size() > max ? "\n... and " + (differences.size() - max) + " more" : "";
        return headline() + (differences.isEmpty() ? "" : "\n" + shown + more);
    }
}
