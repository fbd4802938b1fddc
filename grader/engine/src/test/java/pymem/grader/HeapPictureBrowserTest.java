package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.misconceptions.Misconception;
import pymem.grader.misconceptions.MisconceptionCorpus;
import pymem.grader.report.HtmlReport;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;
import pymem.grading.picture.ArrowKind;
import pymem.grading.picture.HeapSnapshot;
import pymem.grading.picture.SnapshotText;

/**
 * The heap pictures of failing hidden tests as a student sees them in report.html, rendered by headless
 * Chromium: a submission made of three of the kit's own misconceptions (a cascade that frees what a name still
 * holds, a collector that finalizes a resurrected object again, weak references whose callbacks run for garbage refs) is graded,
 * and the report of one failing test per exercise is rendered and kept as a screenshot under
 * target/screenshots/heap-NN.png. Skipped, saying why, where Chromium is missing.
 */
@DisplayName("The heap pictures of failing tests, rendered in headless Chromium")
class HeapPictureBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    /** Misconceptions of the kit's corpus whose failing tests leave a heap worth looking at. */
    static final List<String> BROKEN = List.of("04-refcount/rebinding-to-itself-frees", "05-gc/finalizer-every-collection",
            "06-weakref/garbage-ref-callback-runs");

    @TempDir
    static Path profile;
    private static Path submission;
    private static GradeResult result;
    /** Per exercise shown, whether its picture has a cycle. */
    private static final java.util.Map<String, Boolean> shown = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void gradeABrokenSubmission() throws IOException, InterruptedException {
        Assumptions.assumeTrue(HeadlessChromium.available(), "headless Chromium is not installed at " + HeadlessChromium.BINARY
                + " and apt-get could not install it: the browser check of the heap pictures is skipped");
        Files.createDirectories(SCREENSHOTS);
        submission = KitFixture.copyOfSolutions();
        for (Misconception m : MisconceptionCorpus.load(KitFixture.KIT)) {
            if (BROKEN.contains(m.id())) {
                m.applyTo(submission.resolve(m.exercise().folder()).resolve("src/main/java"));
            }
        }
        result = KitFixture.grade(new Submission("three misconceptions", submission));
    }

    @AfterAll
    static void cleanUp() {
        KitFixture.deleteQuietlyAll(submission);
    }

    @Test
    @DisplayName("04: a name still bound to an object the cascade freed is drawn, and marked")
    void refcount() throws Exception {
        String dom = show("04");
        assertThat(dom).contains("class=\"pm-scope\"").contains("class=\"pm-name\"").contains("pm-arrow pm-name");
    }

    @Test
    @DisplayName("05: a cycle's objects and the references between them are drawn")
    void gc() throws Exception {
        String dom = show("05");
        assertThat(dom).contains("pm-arrow pm-slot");
        assertThat(shown.get("05")).as("the picture shows a cycle").isTrue();
    }

    @Test
    @DisplayName("06: weak references are drawn with dashed arrows")
    void weakref() throws Exception {
        String dom = show("06");
        Matcher weak = Pattern.compile("<path class=\"pm-arrow pm-weak\"[^>]*>").matcher(dom);
        assertThat(weak.find()).as("a weak reference's arrow").isTrue();
        assertThat(weak.group()).as("drawn dashed").contains("stroke-dasharray");
    }

    /**
     * Renders the report of the exercise's first failing test that has a picture, checks what every picture has
     * (objects, arrows, the SVG inside its box), saves the screenshot and returns the DOM.
     */
    private static String show(String number) throws Exception {
        Exercise e = ExerciseCatalog.byName(number).orElseThrow();
        ExerciseResult graded = result.exercises().stream().filter(x -> x.exercise().equals(e)).findFirst().orElseThrow();
        // the failing test whose picture shows most: a cycle of objects if one does, else the most references
        TestResult pictured = graded.tests().stream().filter(t -> !t.passed() && !t.picture().isEmpty())
                .max(java.util.Comparator.comparing((TestResult t) -> hasCycle(t.picture())).thenComparing(t -> arrows(t.picture())))
                .orElseThrow(() -> new AssertionError(e.folder() + ": no failing test with a heap picture among "
                        + graded.tests().stream().filter(t -> !t.passed()).map(t -> t.test().name() + ": " + t.feedback()).toList()));
        GradeResult one = new GradeResult(result.submission(), List.of(graded.withTests(graded.detail(), List.of(pictured))),
                result.seconds(), result.testSuiteKind(), result.isolation());
        // the report as written, plus a script that measures the picture against its box once laid out
        String html = HtmlReport.render(one).replace("</body>", "<script>document.body.setAttribute('data-fit', "
                + "[...document.querySelectorAll('.heap-box')].map(b => { const s = b.querySelector('svg').getBoundingClientRect();"
                + " const r = b.getBoundingClientRect(); return s.width > 0 && s.right <= r.right + 1 && s.bottom <= r.bottom + 1; }).join(','));</script></body>");
        Path page = profile.resolve("heap-" + number + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String dom = HeadlessChromium.render(profile, page, "--dump-dom");
        Path png = SCREENSHOTS.resolve("heap-" + number + ".png");
        HeadlessChromium.render(profile, page, "--screenshot=" + png, "--window-size=1100,1700");
        assertThat(png).as("the screenshot").isNotEmptyFile();
        shown.put(number, hasCycle(pictured.picture()));
        assertThat(dom).as("the picture").contains("class=\"pm-heap\"").contains("class=\"pm-object").contains("class=\"pm-arrow");
        assertThat(dom).as("the picture fits its box").contains("data-fit=\"true\"");
        return dom;
    }

    private static int arrows(String picture) {
        try {
            return SnapshotText.decode(picture).arrows().size();
        } catch (SnapshotText.MalformedSnapshot e) {
            return 0;
        }
    }

    /** Whether the picture's objects refer to each other in a cycle (slot arrows only). */
    static boolean hasCycle(String picture) {
        HeapSnapshot s;
        try {
            s = SnapshotText.decode(picture);
        } catch (SnapshotText.MalformedSnapshot e) {
            return false;
        }
        java.util.Map<String, List<String>> next = new java.util.HashMap<>();
        for (HeapSnapshot.Arrow a : s.arrows()) {
            if (a.kind() == ArrowKind.SLOT) {
                next.computeIfAbsent(a.from(), k -> new ArrayList<>()).add(a.to());
            }
        }
        for (String start : next.keySet()) {
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(next.get(start));
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                String at = todo.pop();
                if (at.equals(start)) {
                    return true;
                }
                if (seen.add(at)) {
                    todo.addAll(next.getOrDefault(at, List.of()));
                }
            }
        }
        return false;
    }
}
