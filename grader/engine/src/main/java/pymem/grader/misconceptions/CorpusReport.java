package pymem.grader.misconceptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pymem.grader.files.AtomicFiles;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.report.StudentText;
import pymem.grader.score.TestResult;

/**
 * What the corpus run found: a TSV of every outcome (which the quality table reads for its "misconceptions
 * caught" column) and a per-exercise summary table.
 */
public final class CorpusReport {
    /** Written by every corpus run (the engine's tests, {@code ./grade misconceptions}); read by {@code ./grade quality}. */
    public static final String RESULTS = "grader/engine/target/misconceptions.tsv";
    /** A misconception that costs fewer points than this is caught, but only just. */
    public static final int CLEAR_LOSS = 3;
    private static final String HEADER = "# id\texercise\tstatus\tlost\tmax\tfailed tests\tfirst failing test\tits feedback\tconcept\n";

    private CorpusReport() {
    }

    /** Per exercise: cases, caught, caught by at least {@link #CLEAR_LOSS} points. */
    public record Summary(Exercise exercise, int cases, int caught, int clearlyCaught) {
    }

    public static Path resultsFile(Kit kit) {
        return kit.root().resolve(RESULTS);
    }

    public static Map<Exercise, Summary> summarize(List<CorpusRun.Outcome> outcomes) {
        Map<Exercise, Summary> out = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            List<CorpusRun.Outcome> own = outcomes.stream().filter(o -> o.misconception().exercise().equals(e)).toList();
            int caught = (int) own.stream().filter(CorpusRun.Outcome::caught).count();
            int clearly = (int) own.stream().filter(o -> o.lost() >= CLEAR_LOSS).count();
            out.put(e, new Summary(e, own.size(), caught, clearly));
        }
        return out;
    }

    public static void write(Path file, List<CorpusRun.Outcome> outcomes) throws IOException {
        StringBuilder tsv = new StringBuilder(HEADER);
        for (CorpusRun.Outcome o : outcomes) {
            String first = o.firstFailure().map(t -> t.test().number() + " " + t.test().name()).orElse("-");
            String feedback = o.firstFailure().map(TestResult::feedback).map(f -> StudentText.oneLine(StudentText.clean(f, 400))).orElse("-");
            tsv.append(String.join("\t", o.misconception().id(), o.misconception().exercise().folder(), o.result().status().label(),
                    Integer.toString(o.lost()), Integer.toString(o.result().maxScore()), Long.toString(o.failedTests()),
                    cell(first), cell(feedback), cell(o.misconception().concept()))).append('\n');
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, tsv.toString());
    }

    private static String cell(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }

    /** Per exercise folder, "caught/total" as the last corpus run left it in {@code file}; empty when none ran. */
    public static Map<String, String> caughtColumn(Path file) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 4) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(cells[1], k -> new int[2]);
                c[1]++;
                if (Integer.parseInt(cells[3]) > 0) {
                    c[0]++;
                }
            }
        }
        Map<String, String> column = new LinkedHashMap<>();
        counts.forEach((exercise, c) -> column.put(exercise, c[0] + "/" + c[1]));
        return column;
    }

    /** The per-exercise table: cases, caught, caught by at least {@link #CLEAR_LOSS} points. */
    public static String render(List<CorpusRun.Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-13s | %5s | %6s | %-16s |%n", "exercise", "cases", "caught", "caught by >= " + CLEAR_LOSS + " pt"));
        sb.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(15), "-".repeat(7), "-".repeat(8), "-".repeat(18)));
        int cases = 0;
        int caught = 0;
        int clearly = 0;
        for (Summary s : summarize(outcomes).values()) {
            sb.append(String.format(Locale.ROOT, "| %-13s | %5d | %6d | %16d |%n", s.exercise().folder(), s.cases(), s.caught(), s.clearlyCaught()));
            cases += s.cases();
            caught += s.caught();
            clearly += s.clearlyCaught();
        }
        sb.append(String.format(Locale.ROOT, "| %-13s | %5d | %6d | %16d |%n", "total", cases, caught, clearly));
        return sb.toString();
    }
}
