package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * The HTML reports as a browser shows them: a student's report.html and the batch's index.html, rendered by
 * headless Chromium (its DOM after rendering, and a screenshot kept in target/screenshots to look at). Skipped,
 * saying why, where Chromium is missing and cannot be installed.
 */
@DisplayName("The HTML reports, rendered in headless Chromium")
class BrowserRenderingTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path profile;
    private static Classroom.Graded batch;

    @BeforeAll
    static void chromiumAndAGradedClass() throws IOException, InterruptedException {
        Assumptions.assumeTrue(HeadlessChromium.available(), "headless Chromium is not installed at " + HeadlessChromium.BINARY
                + " and 'apt-get install -y chromium' could not install it: the browser check of the HTML reports is skipped");
        batch = Classroom.graded();
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    @DisplayName("show a student's report with every exercise, its score and every test's name")
    void studentReport() throws Exception {
        String student = mixedStudent();
        Path folder = batch.out().resolve(student);
        JsonNode results = JSON.readTree(folder.resolve("results.json").toFile());
        String dom = render(folder.resolve("report.html"), "report.png");

        assertThat(dom).as("the heading with the total").contains("pymem-kit: " + (int) results.get("score").asDouble()
                + " / " + (int) results.get("max_score").asDouble() + " points");
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(dom).as("a section for " + e.folder()).contains("id=\"ex-" + e.folder() + "\"");
        }
        for (JsonNode t : results.get("tests")) {
            assertThat(dom).as("the test's name is shown").contains(escaped(t.get("name").asText()));
        }
        assertThat(dom).as("score bars").contains("class=\"bar\"").contains("class=\"pass\"").contains("class=\"fail\"");
        assertThat(dom).as("a compile error is explained").contains("compile error");
    }

    @Test
    @DisplayName("show the class overview with a score chart per exercise and every student")
    void classOverview() throws Exception {
        String dom = render(batch.out().resolve("index.html"), "index.png");

        assertThat(dom.split("<svg", -1).length - 1).as("one SVG histogram per exercise").isEqualTo(ExerciseCatalog.all().size());
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(dom).as("a chart for " + e.folder()).contains("aria-label=\"score distribution of " + e.folder() + "\"");
        }
        for (String student : batch.classroom().plan.keySet()) {
            assertThat(dom).as("a link to " + student + "'s report").contains("href=\"" + student + "/report.html\"");
        }
        assertThat(dom).as("the tests failed most often").contains("Tests failed most often").contains("failed by");
    }

    @Test
    @DisplayName("show a class's heat map, score distributions and similar pairs within the page's width")
    void classOverviewWithSimilarity() throws Exception {
        SimilarClassroom.Graded similar = SimilarClassroom.graded();
        Path index = similar.out().resolve("index.html");
        String dom = render(index, "index-similarity.png");

        assertThat(dom.split("<svg", -1).length - 1).as("one SVG histogram per exercise").isEqualTo(ExerciseCatalog.all().size());
        assertThat(dom).as("mean and median per exercise").containsPattern("mean \\d+%, median \\d+% \\(n=30\\)");
        String heat = between(dom, "aria-label=\"concept heat map\"", "</table>");
        long cells = heat.split("class=\"cell\"", -1).length - 1;
        long concepts = heat.split("<td class=\"num\">", -1).length - 1;
        System.out.printf(java.util.Locale.ROOT, "[browser] heat map: %d concepts x %d columns%n", concepts, concepts == 0 ? 0 : cells / concepts);
        assertThat(concepts).as("concept rows in the heat map").isGreaterThan(ExerciseCatalog.all().size());
        assertThat(cells).as("a cell per concept and column: the whole class and four quarters").isEqualTo(concepts * 5);
        assertThat(heat).as("every cell has its counts in a title").containsPattern("title=\"\\d+\\.\\d+, whole class \\(30\\): \\d+% of its tests passed \\(\\d+ of \\d+\\)\"");
        for (Exercise e : ExerciseCatalog.all()) {
            assertThat(heat).as("a group of rows for " + e.folder()).contains(">" + e.folder() + "</th>");
        }
        String pairs = between(dom, "aria-label=\"similar pairs\"", "</table>");
        for (SimilarClassroom.Pair p : SimilarClassroom.PLANTED) {
            assertThat(pairs).as("the pair " + p).contains("<td>" + p.a() + "</td><td>" + p.b() + "</td>");
        }
        assertThat(dom).as("it says the flags never change a score").contains("never changes a score");
        assertFitsTheWidth(index);
    }

    @Test
    @DisplayName("show a similar pair's code side by side, the matches highlighted, within the page's width")
    void pairPage() throws Exception {
        SimilarClassroom.Graded similar = SimilarClassroom.graded();
        String index = Files.readString(similar.out().resolve("index.html"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(\\+similarity/pairs/07[^\"]+)\"").matcher(index);
        assertThat(link.find()).as("index.html links the renamed pair of 07").isTrue();
        Path page = similar.out().resolve(link.group(1));
        String dom = render(page, "similar-pair.png");

        assertThat(dom.split("<section class=\"side\"", -1).length - 1).as("two columns of code").isEqualTo(2);
        assertThat(dom).as("matched lines, highlighted").contains("class=\"m m1\" title=\"match 1\"");
        assertThat(between(dom, "aria-label=\"matches\"", "</table>")).as("the list of matches").contains("<td class=\"num\">1</td>");
        assertFitsTheWidth(page);
    }

    /** The text from {@code start} to the next {@code end}; fails when either is missing. */
    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("the page has " + end + " after " + start).isPositive();
        return text.substring(from, to);
    }

    /**
     * The page's content is no wider than a 1200-pixel window: measured on a copy of the page with a script that
     * writes the document's scroll width into the DOM (the page itself has no script).
     */
    private static void assertFitsTheWidth(Path page) throws IOException, InterruptedException {
        Path copy = page.resolveSibling(".measured-" + page.getFileName());
        Files.writeString(copy, Files.readString(page).replace("</body>", "<script>document.body.setAttribute('data-widths', "
                + "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth);</script></body>"));
        try {
            String dom = HeadlessChromium.render(profile, copy, "--dump-dom", "--window-size=1200,1600");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-widths=\"(\\d+) (\\d+)\"").matcher(dom);
            assertThat(m.find()).as("the measuring script ran").isTrue();
            System.out.printf(java.util.Locale.ROOT, "[browser] %s: content %s px wide in a %s px window%n", page.getFileName(), m.group(1), m.group(2));
            assertThat(Integer.parseInt(m.group(1))).as(page.getFileName() + ": the content's width against the window's")
                    .isLessThanOrEqualTo(Integer.parseInt(m.group(2)));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** A student with a compile error and some full marks, so the report shows every kind of row. */
    private static String mixedStudent() {
        return batch.classroom().plan.entrySet().stream()
                .filter(e -> e.getValue().containsValue(Classroom.Kind.COMPILE_ERROR) && e.getValue().containsValue(Classroom.Kind.REFERENCE))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The page's DOM after Chromium rendered it; also saves a screenshot under target/screenshots. */
    private static String render(Path page, String screenshot) throws IOException, InterruptedException {
        String dom = HeadlessChromium.render(profile, page, "--dump-dom");
        HeadlessChromium.render(profile, page, "--screenshot=" + SCREENSHOTS.resolve(screenshot), "--window-size=1200,1600");
        assertThat(SCREENSHOTS.resolve(screenshot)).as("the screenshot").isNotEmptyFile();
        return dom;
    }

    /** How the DOM serialises text: &amp;, &lt; and &gt; escaped. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }
}
