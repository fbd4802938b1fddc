package pymem.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.discovery.GradedTest;
import pymem.grader.fork.ForkProtocol;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.SuiteKind;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grading.Visibility;
import pymem.grading.picture.ArrowKind;
import pymem.grading.picture.BoxKind;
import pymem.grading.picture.HeapSnapshot;
import pymem.grading.picture.Mark;
import pymem.grading.picture.SnapshotText;

/** A failed test's heap picture on its way from the test JVM to report.html: carried, checked, scrubbed, escaped. */
@DisplayName("The heap picture in the report")
class HeapPictureReportTest {
    private static final Exercise RC = ExerciseCatalog.byName("04").orElseThrow();
    private static final GradedTest TEST = new GradedTest(RC, "4.1",
            "[engine:junit-jupiter]/[class:pymem.refcount.CountingHiddenTest]/[method:cascadeFreesEveryLevel()]",
            "a cascade frees every level", 2, Visibility.Level.VISIBLE, "4.3");
    private static final String HOSTILE = "</text><script>alert(1)</script>";

    /** What a test JVM would send: a name, a list, and a string whose repr is hostile markup. */
    private static String snapshot(String detail) {
        return SnapshotText.encode(new HeapSnapshot(List.of(
                new HeapSnapshot.Box("n0", BoxKind.SCOPE, "<module>", "", -1, List.of("CountingHiddenTest"), Mark.NONE),
                new HeapSnapshot.Box("o0", BoxKind.OBJECT, "list", "len 1", 1, List.of("[0]"), Mark.EXPECTED_DEAD_BUT_LIVE),
                new HeapSnapshot.Box("o1", BoxKind.OBJECT, "str", detail, 1, List.of(), Mark.NONE),
                new HeapSnapshot.Box("w0", BoxKind.WEAKREFS, "weakref", "1 weak reference", -1, List.of(), Mark.NONE)),
                List.of(new HeapSnapshot.Arrow("n0", 0, "o0", ArrowKind.NAME), new HeapSnapshot.Arrow("o0", 0, "o1", ArrowKind.SLOT),
                        new HeapSnapshot.Arrow("w0", -1, "o0", ArrowKind.WEAK)), 0, true));
    }

    private static GradeResult graded(TestResult t) {
        return new GradeResult("s", List.of(new ExerciseResult(RC, ExerciseStatus.GRADED, "", List.of(t), List.of())), 1, SuiteKind.HIDDEN, "none");
    }

    private static TestResult carried(String snapshot) {
        String line = ForkProtocol.format("n1", new ForkProtocol.Picture(TEST.uniqueId(), snapshot));
        Optional<ForkProtocol.Report> back = ForkProtocol.parse("n1", line);
        assertThat(back).containsInstanceOf(ForkProtocol.Picture.class);
        return TestResult.failed(TEST, "expected [] but was [[]]", 0.1).withPicture(((ForkProtocol.Picture) back.get()).snapshot());
    }

    @Test
    @DisplayName("crosses the channel, is scrubbed of hidden names and shows a hostile repr as text, never as markup")
    void hostileReprIsEscaped() {
        FeedbackScrubber scrubber = FeedbackScrubber.forTests(List.of(TEST), Set.of(), Map.of(RC, Set.of("RefCounts.java")));
        GradeResult result = scrubber.scrub(graded(carried(snapshot("'" + HOSTILE + "'"))));
        String html = HtmlReport.render(result);
        assertThat(html).contains("<svg").contains("class=\"pm-arrow pm-weak\"").contains("&lt;/text&gt;&lt;script&gt;alert(1)")
                .doesNotContain("<script>alert").doesNotContain("CountingHiddenTest");
    }

    @Test
    @DisplayName("is dropped when it is not a well-formed snapshot, and the failure is still reported")
    void malformedIsDropped() {
        FeedbackScrubber scrubber = FeedbackScrubber.forTests(List.of(TEST), Set.of(), Map.of());
        GradeResult result = scrubber.scrub(graded(carried("<svg onload=alert(1)>")));
        assertThat(result.exercises().get(0).tests().get(0).picture()).isEmpty();
        assertThat(HtmlReport.render(result)).doesNotContain("<svg onload").doesNotContain("class=\"pm-heap\"").contains("expected [] but was [[]]");
    }

    @Test
    @DisplayName("is shown at the full feedback level only")
    void onlyAtFull() {
        GradeResult result = graded(carried(snapshot("'a'")));
        assertThat(HtmlReport.render(FeedbackLevel.apply(result, FeedbackLevel.FULL, Map.of()))).contains("class=\"pm-heap\"");
        for (FeedbackLevel level : List.of(FeedbackLevel.CONCEPT, FeedbackLevel.SCORE)) {
            GradeResult told = FeedbackLevel.apply(result, level, Map.of());
            assertThat(told.exercises().get(0).tests().get(0).picture()).as(level.toString()).isEmpty();
            assertThat(HtmlReport.render(told)).as(level.toString()).doesNotContain("class=\"pm-heap\"");
        }
    }

    @Test
    @DisplayName("a result cached with its picture reads back with it, one cached before pictures existed with none")
    void cache() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        TestResult t = carried(snapshot("'a'"));
        String text = json.writeValueAsString(t);
        assertThat(json.readValue(text, TestResult.class)).isEqualTo(t);
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(text);
        old.remove("picture");
        assertThat(json.treeToValue(old, TestResult.class).picture()).isEmpty();
    }

    @Test
    @DisplayName("a line too long for a picture is not a report")
    void boundedOnTheChannel() {
        String huge = "x".repeat(ForkProtocol.MAX_PICTURE_CHARS * 2);
        String line = ForkProtocol.format("n1", new ForkProtocol.Picture(TEST.uniqueId(), huge));
        assertThat(ForkProtocol.parse("n1", line)).isEmpty();
    }
}
