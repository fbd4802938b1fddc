package pymem.grader.batch;

import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pymem.grader.batch.similarity.PairPage;
import pymem.grader.batch.similarity.SimilarityReport;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.HtmlReport;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.TestResult;

/**
 * The class overview page of a batch (index.html): per exercise, how the class's scores are distributed
 * (an inline SVG histogram of ten buckets, with mean and median), the concept heat map ({@link ConceptHeatMap}),
 * the concepts the class misses most ({@link ConceptTally}), the pairs the similarity check flagged (when it
 * ran), and the tests failed most often. Built from the batch's results
 * in memory (unchanged submissions come from the batch's cache), never from a report file read back.
 * Self-contained: inline CSS and SVG.
 */
public final class ClassOverview {
    private static final Template TEMPLATE = HtmlReport.load("class-overview.html.mustache");
    private static final int BUCKETS = 10;
    private static final int MOST_FAILED = 15;

    private ClassOverview() {
    }

    public static String render(List<BatchGrader.Graded> reports) {
        return render(reports, null);
    }

    /** The page, with the similarity check's pairs when {@code similarity} is not null. */
    public static String render(List<BatchGrader.Graded> reports, SimilarityReport similarity) {
        Map<String, int[]> histograms = new LinkedHashMap<>();
        Map<String, List<Double>> fractions = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            histograms.put(e.folder(), new int[BUCKETS]);
            fractions.put(e.folder(), new ArrayList<>());
        }
        Map<String, FailedTest> failures = new LinkedHashMap<>();
        List<Map<String, Object>> students = new ArrayList<>();
        int graded = 0;
        for (BatchGrader.Graded r : reports) {
            String folder = r.folder().getFileName().toString();
            String similarTo = similarity == null ? r.row().similarTo() : similarity.similarTo(r.student());
            if (r.result() == null) {
                students.add(Map.of("student", r.student(), "folder", folder, "score", "-", "link", false, "similar", similarTo, "hasSimilar", !similarTo.isEmpty()));
                continue;
            }
            graded++;
            for (ExerciseResult e : r.result().exercises()) {
                for (TestResult t : e.tests()) {
                    if (!t.passed()) {
                        failures.computeIfAbsent(t.test().number(), n -> new FailedTest(n, t.test().name())).count++;
                    }
                }
                String ex = e.exercise().folder();
                if (histograms.containsKey(ex) && e.maxScore() > 0) {
                    double fraction = (double) e.score() / e.maxScore();
                    histograms.get(ex)[Math.min(BUCKETS - 1, (int) (fraction * BUCKETS))]++;
                    fractions.get(ex).add(fraction);
                }
            }
            students.add(Map.of("student", r.student(), "folder", folder,
                    "score", r.result().score() + " / " + r.result().maxScore(), "link", true, "similar", similarTo, "hasSimilar", !similarTo.isEmpty()));
        }
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Map.Entry<String, int[]> h : histograms.entrySet()) {
            List<Double> f = fractions.get(h.getKey());
            exercises.add(Map.of("folder", h.getKey(), "svg", histogram(h.getKey(), h.getValue()), "n", f.size(),
                    "mean", f.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * f.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
                    "median", f.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * median(f))));
        }
        int students1 = Math.max(1, graded);
        List<Map<String, Object>> mostFailed = failures.values().stream()
                .sorted(java.util.Comparator.comparingInt((FailedTest f) -> -f.count).thenComparing(f -> f.number, ClassOverview::byNumber))
                .limit(MOST_FAILED)
                .map(f -> Map.<String, Object>of("number", f.number, "name", f.name, "count", f.count,
                        "percent", Math.round(100.0 * f.count / students1)))
                .toList();
        List<Map<String, Object>> concepts = ConceptTally.of(reports.stream().map(BatchGrader.Graded::row).toList(), rules(reports)).stream()
                .limit(MOST_FAILED)
                .map(c -> Map.<String, Object>of("id", c.id(), "rule", c.rule(), "count", c.missing(), "percent", c.percent()))
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("concepts", concepts);
        page.put("hasConcepts", !concepts.isEmpty());
        page.put("graded", graded);
        page.put("total", reports.size());
        page.put("exercises", exercises);
        page.put("mostFailed", mostFailed);
        page.put("students", students);
        page.put("heat", ConceptHeatMap.of(reports.stream().map(BatchGrader.Graded::result).filter(java.util.Objects::nonNull).toList()));
        page.put("similarityRan", similarity != null);
        if (similarity != null) {
            page.put("similarity", similarity(similarity));
        }
        return TEMPLATE.execute(page);
    }

    /** The similarity section: the same data as the pairs page {@code ./grade merge --similarity} writes. */
    private static Map<String, Object> similarity(SimilarityReport report) {
        return PairPage.indexData(report);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Every concept's rule, as the graded results carry their exercises' concept maps. */
    public static Map<String, String> rules(List<BatchGrader.Graded> reports) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (BatchGrader.Graded r : reports) {
            if (r.result() != null) {
                r.result().exercises().forEach(e -> e.concepts().forEach(c -> rules.putIfAbsent(c.id(), c.rule())));
            }
        }
        return rules;
    }

    /** Ten bars, 0-10% ... 90-100%, scaled to the tallest; numbers only, so nothing in it needs escaping. */
    static String histogram(String title, int[] counts) {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int width = 220;
        int height = 90;
        int bar = width / counts.length;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"score distribution of %s\">",
                width, height + 16, title.replaceAll("[^a-z0-9-]", "")));
        for (int i = 0; i < counts.length; i++) {
            int h = (int) Math.round((height - 12) * counts[i] / (double) max);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%d-%d%%: %d</title></rect>",
                    i * bar + 1, height - h, bar - 2, h, i >= 9 ? "#2f9e44" : i >= 5 ? "#74b816" : "#e8590c", i * 10, i * 10 + 10, counts[i]));
            if (counts[i] > 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>",
                        i * bar + bar / 2, height - h - 2, counts[i]));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"10\">0%%</text><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">100%%</text></svg>",
                height + 13, width, height + 13));
        return svg.toString();
    }

    /** Test numbers {@code E.N} in lesson order: 2.2 before 2.10. */
    static int byNumber(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static final class FailedTest {
        final String number;
        final String name;
        int count;

        FailedTest(String number, String name) {
            this.number = number;
            this.name = name;
        }
    }
}
