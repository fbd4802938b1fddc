package pymem.grader.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pymem.grader.score.ConceptScore;
import pymem.grader.score.ConceptStatus;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * report.html: one self-contained page (inline CSS, no scripts, no network) with a summary bar per exercise
 * and every test's name, points, result and feedback. Rendered from a Mustache template, which escapes
 * everything a submission could have influenced.
 */
public final class HtmlReport {
    private static final Template TEMPLATE = load("report.html.mustache");

    private HtmlReport() {
    }

    public static String render(GradeResult result) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("submission", result.submission());
        page.put("kind", result.testSuiteKind().label());
        page.put("score", result.score());
        page.put("max", result.maxScore());
        page.put("percent", String.format(Locale.ROOT, "%.0f", result.percent()));
        page.put("seconds", String.format(Locale.ROOT, "%.1f", result.seconds()));
        page.put("isolation", result.isolation());
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            Map<String, Object> ex = new LinkedHashMap<>();
            ex.put("folder", e.exercise().folder());
            ex.put("score", e.score());
            ex.put("max", e.maxScore());
            ex.put("percent", e.maxScore() == 0 ? 100 : Math.round(100.0 * e.score() / e.maxScore()));
            ex.put("status", e.status().label());
            ex.put("blocked", e.status() != ExerciseStatus.GRADED);
            ex.put("detail", StudentText.clean(e.detail()));
            ex.put("passed", e.passedCount());
            ex.put("total", e.tests().size());
            List<Map<String, Object>> tests = new ArrayList<>();
            int drawn = 0;
            for (TestResult t : e.tests()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("number", t.test().number());
                row.put("name", t.test().name());
                row.put("points", t.score() + " / " + t.test().points());
                row.put("passed", t.passed());
                row.put("feedback", StudentText.clean(t.feedback()));
                // drawn by the grader from a checked snapshot; every text in it is escaped (HeapSvg)
                String picture = t.passed() || drawn >= HeapPictures.PER_EXERCISE ? "" : HeapPictures.svg(t.picture());
                drawn += picture.isEmpty() ? 0 : 1;
                row.put("picture", picture);
                row.put("hasPicture", !picture.isEmpty());
                tests.add(row);
            }
            ex.put("tests", tests);
            List<Map<String, Object>> concepts = new ArrayList<>();
            for (ConceptScore c : e.conceptScores()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.concept().id());
                row.put("rule", c.concept().rule());
                row.put("points", c.score() + " / " + c.maxScore());
                row.put("status", c.status().label());
                row.put("held", c.status() == ConceptStatus.HELD);
                row.put("first", c.firstFailure().map(t -> t.test().number() + " " + StudentText.clean(t.feedback(), 600)).orElse(""));
                concepts.add(row);
            }
            ex.put("concepts", concepts);
            ex.put("hasConcepts", !concepts.isEmpty());
            exercises.add(ex);
        }
        page.put("exercises", exercises);
        return TEMPLATE.execute(page);
    }

    /** A Mustache template of the report resources, escaping HTML. */
    public static Template load(String name) {
        try (Reader reader = new InputStreamReader(HtmlReport.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).compile(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing report template " + name, e);
        }
    }
}
