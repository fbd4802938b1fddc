package pymem.grader.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.FeedbackLevel;
import pymem.grader.score.GradeResult;

/** {@code --feedback LEVEL} and {@code --feedback-for EXERCISE=LEVEL}: how much failed tests tell students. */
final class FeedbackOptions {
    @Option(names = "--feedback", paramLabel = "LEVEL", defaultValue = "full",
            description = "what a failed test tells: full (concept, rule, expected and actual values), concept (concept and rule only, "
                    + "nothing of the hidden inputs) or score (points only); default: ${DEFAULT-VALUE}")
    String level = "full";

    @Option(names = "--feedback-for", paramLabel = "EXERCISE=LEVEL", split = ",",
            description = "another level for one exercise, e.g. 04=score; may be repeated")
    List<String> perExercise = new ArrayList<>();

    FeedbackLevel level() {
        return parse(level, "--feedback");
    }

    Map<Exercise, FeedbackLevel> perExercise() {
        Map<Exercise, FeedbackLevel> out = new LinkedHashMap<>();
        for (String entry : perExercise) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new BadInputException("--feedback-for takes EXERCISE=LEVEL (e.g. 04=score), not " + entry);
            }
            Exercise e = ExerciseCatalog.byName(entry.substring(0, eq)).orElseThrow(() -> new BadInputException(
                    "--feedback-for " + entry + " names no exercise (use its number or folder, e.g. 04 or 04-refcount)"));
            out.put(e, parse(entry.substring(eq + 1), "--feedback-for " + entry));
        }
        return out;
    }

    /** Checks the options now, so that bad input is refused before anything is graded. */
    void validate() {
        level();
        perExercise();
    }

    GradeResult apply(GradeResult result) {
        return FeedbackLevel.apply(result, level(), perExercise());
    }

    /** The options as command-line arguments, one per line (the Gradescope bundle passes them on). */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--feedback", level().toString()));
        perExercise().forEach((e, l) -> args.addAll(List.of("--feedback-for", e.folder() + "=" + l)));
        return args;
    }

    private static FeedbackLevel parse(String name, String option) {
        try {
            return FeedbackLevel.parse(name);
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(option + ": " + ex.getMessage());
        }
    }
}
