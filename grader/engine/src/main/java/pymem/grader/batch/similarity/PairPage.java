package pymem.grader.batch.similarity;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import pymem.grader.batch.BatchGrader;
import pymem.grader.files.AtomicFiles;
import pymem.grader.report.HtmlReport;

/**
 * One pair's page: the two students' code of the exercise side by side, every line JPlag matched highlighted
 * and numbered with its match (the number, not only the colour, says which lines go together). Every line of
 * code goes through the template's HTML escaping. Self-contained, no script.
 */
public final class PairPage {
    private static final Template TEMPLATE = HtmlReport.load("similar-pair.html.mustache");
    private static final Template INDEX_TEMPLATE = HtmlReport.load("similar-pairs.html.mustache");
    /** The list of pairs {@code ./grade merge --similarity} writes beside the merged gradebook (a batch lists them in index.html). */
    public static final String INDEX = "similarity.html";
    /** Colours for matches 1, 2, ... (then again), light enough for dark text to keep a 7:1 contrast. */
    static final int COLOURS = 6;
    /** The pages' folder, relative to the batch's output (index.html links into it). */
    public static final String FOLDER = ClassSources.FOLDER + "/pairs";

    private PairPage() {
    }

    /** The page's path relative to the batch's output folder. */
    public static String link(SimilarPair p) {
        return FOLDER + "/" + p.exerciseNumber() + "--" + BatchGrader.safeName(p.studentA()) + "--" + BatchGrader.safeName(p.studentB()) + ".html";
    }

    /** Writes every pair's page under {@code out}. */
    public static void writeAll(Path out, SimilarityReport report) throws IOException {
        for (SimilarPair p : report.pairs()) {
            AtomicFiles.write(out.resolve(link(p)), render(p, report.threshold()));
        }
    }

    /** The list of every pair with links to their pages, and what the check did per exercise. */
    public static String index(SimilarityReport report) {
        return INDEX_TEMPLATE.execute(indexData(report));
    }

    /** The data of the pairs' list, for this page and the class overview's section. */
    public static Map<String, Object> indexData(SimilarityReport report) {
        List<Map<String, Object>> pairs = report.pairs().stream()
                .map(p -> Map.<String, Object>of("exercise", p.exercise(), "a", p.studentA(), "b", p.studentB(),
                        "percent", p.percent(), "tokens", p.matchedTokens(), "link", link(p)))
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("pairs", pairs);
        page.put("hasPairs", !pairs.isEmpty());
        page.put("threshold", Math.round(report.threshold() * 100));
        page.put("minTokens", SimilarityCheck.MIN_MATCHED_TOKENS);
        page.put("outcomes", report.outcomes().stream().map(o -> Map.of("text", SimilarityCheck.describe(o))).toList());
        page.put("oneShard", report.scope() == SimilarityReport.Scope.ONE_SHARD);
        return page;
    }

    public static String render(SimilarPair p, double threshold) throws IOException {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("exercise", p.exercise());
        page.put("a", p.studentA());
        page.put("b", p.studentB());
        page.put("percent", p.percent());
        page.put("tokens", p.matchedTokens());
        page.put("threshold", Math.round(threshold * 100));
        List<Map<String, Object>> regions = new ArrayList<>();
        for (MatchedRegion r : p.regions()) {
            regions.add(Map.of("number", r.number(), "colour", r.number() % COLOURS, "tokens", r.tokens(),
                    "a", where(r.a()), "b", where(r.b())));
        }
        page.put("regions", regions);
        page.put("filesA", files(p.codeA(), p.regions().stream().map(MatchedRegion::a).toList(), "a"));
        page.put("filesB", files(p.codeB(), p.regions().stream().map(MatchedRegion::b).toList(), "b"));
        return TEMPLATE.execute(page);
    }

    private static String where(Span s) {
        return String.format(Locale.ROOT, "%s, lines %d-%d", s.file(), s.from(), s.to());
    }

    /** Each file of one side, each line with the match (by number) that covers it, if any. */
    private static List<Map<String, Object>> files(Path code, List<Span> spans, String side) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(code)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (Path f : sources) {
            String name = code.relativize(f).toString().replace('\\', '/');
            List<String> text = Files.readString(f, StandardCharsets.UTF_8).lines().toList();
            List<Map<String, Object>> lines = new ArrayList<>();
            int matched = 0;
            for (int i = 0; i < text.size(); i++) {
                int match = 0;
                for (int k = 0; k < spans.size(); k++) {
                    if (spans.get(k).covers(name, i + 1)) {
                        match = k + 1;
                        break;
                    }
                }
                matched += match > 0 ? 1 : 0;
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("n", i + 1);
                line.put("text", text.get(i).replace("\t", "    "));
                line.put("matched", match > 0);
                line.put("match", match);
                line.put("colour", match % COLOURS);
                lines.add(line);
            }
            files.add(Map.of("name", name, "lines", lines, "matched", matched, "total", text.size(), "id", side + "-" + files.size()));
        }
        return files;
    }
}
