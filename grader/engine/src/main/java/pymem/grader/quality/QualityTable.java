package pymem.grader.quality;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.misconceptions.CorpusReport;
import pymem.grading.CPythonFacts;

/**
 * The kit's quality table, per exercise: hidden tests, points, PIT mutation score, the kit's own misconceptions
 * the hidden tests catch, CPython facts checked by the Python twins, the differential suite's agreement with
 * CPython, and the reference's benchmark ratio against CPython. It reads what the other tools wrote: PIT's reports
 * ({@code mvn -Pmutation verify}), the misconception corpus run ({@code mvn test} or {@code ./grade misconceptions}),
 * the differential summaries ({@code mvn test}) and the benchmark results ({@code bench/run}).
 */
public final class QualityTable {
    private QualityTable() {
    }

    /** Per exercise, the benchmark ratio (reference time / CPython time) from bench/results/ratios.tsv. */
    static Map<String, String> benchmarkRatios(Kit kit) throws IOException {
        Map<String, String> ratios = new HashMap<>();
        Path file = kit.root().resolve("bench/results/ratios.tsv");
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length >= 2 && !line.startsWith("#")) {
                    ratios.put(parts[0], parts[1]);
                }
            }
        }
        return ratios;
    }

    /** How many CPython facts each exercise's @CPythonFacts classes hold. */
    static Map<Exercise, Integer> factCounts(Kit kit) {
        Map<Exercise, Integer> counts = new HashMap<>();
        Path hidden = kit.hiddenTests();
        if (hidden == null) {
            return counts;
        }
        for (JavaClass c : new ClassFileImporter().importPath(hidden)) {
            if (c.isAnnotatedWith(CPythonFacts.class)) {
                long facts = c.getFields().stream()
                        .filter(f -> f.getModifiers().contains(JavaModifier.STATIC) && f.getModifiers().contains(JavaModifier.FINAL))
                        .filter(f -> !f.getModifiers().contains(JavaModifier.SYNTHETIC)).count();
                ExerciseCatalog.byPackage(c.getPackageName()).ifPresent(e -> counts.merge(e, (int) facts, Integer::sum));
            }
        }
        return counts;
    }

    public static String render(Kit kit, List<GradedTest> tests) throws IOException {
        Map<Exercise, Integer> facts = factCounts(kit);
        Map<String, String> ratios = benchmarkRatios(kit);
        Map<String, String> misconceptions = CorpusReport.caughtColumn(CorpusReport.resultsFile(kit));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-13s | %6s | %6s | %-22s | %-14s | %5s | %-28s | %-24s |%n", "exercise", "hidden", "points",
                "PIT (killed/mutants)", "misconceptions", "facts", "differential: agree / total", "benchmark vs CPython"));
        sb.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(15), "-".repeat(8), "-".repeat(8), "-".repeat(24),
                "-".repeat(16), "-".repeat(7), "-".repeat(30), "-".repeat(26)));
        int allTests = 0;
        int allPoints = 0;
        for (Exercise e : ExerciseCatalog.all()) {
            List<GradedTest> own = tests.stream().filter(t -> t.exercise().equals(e)).toList();
            int points = own.stream().mapToInt(GradedTest::points).sum();
            allTests += own.size();
            allPoints += points;
            Optional<MutationScore> pit = MutationScore.read(kit.solutionsDir().resolve(e.folder()).resolve("target/pit-reports"));
            String pitText = pit.map(p -> String.format(Locale.ROOT, "%.0f%% (%d/%d)%s", p.percent(), p.killed(), p.mutants(), p.meetsGate() ? "" : " BELOW 90%"))
                    .orElse("not run");
            Path differential = kit.solutionsDir().resolve(e.folder()).resolve("target/differential");
            String differentialText = Files.exists(kit.root().resolve("grader/differential").resolve(e.folder()))
                    ? DifferentialAgreement.read(differential, e.folder()).map(DifferentialAgreement::text).orElse("not run")
                    : "no suite";
            sb.append(String.format(Locale.ROOT, "| %-13s | %6d | %6d | %-22s | %-14s | %5d | %-28s | %-24s |%n", e.folder(), own.size(), points,
                    pitText, misconceptions.getOrDefault(e.folder(), "not run"), facts.getOrDefault(e, 0), differentialText,
                    ratios.getOrDefault(e.folder(), "-")));
        }
        sb.append(String.format(Locale.ROOT, "| %-13s | %6d | %6d | %-22s | %-14s | %5d | %-28s | %-24s |%n", "total", allTests, allPoints, "", "",
                facts.values().stream().mapToInt(Integer::intValue).sum(), "", ""));
        return sb.toString();
    }
}
