package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.report.ConsoleReport;
import pymem.grader.report.FailureListing;
import pymem.grader.report.ReportWriter;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * {@code ./grade} on the stubs used to print every failing test of all nine exercises (about 1,000 lines):
 * an exercise with no progress now folds into one line, one with some progress shows its failures, and
 * {@code ./grade 04} shows all of 04's. The reports on disk keep everything.
 */
@DisplayName("The console report folds the exercises not started")
class ConsoleFoldingTest {

    @Test
    @DisplayName("prints one line per exercise for the untouched stubs, each naming its tests and the command that shows them")
    void stubsFold() {
        GradeResult stubs = KitFixture.stubs();
        String text = ConsoleReport.render(stubs, FailureListing.FOLD_NOT_STARTED);
        for (ExerciseResult e : stubs.exercises()) {
            String number = e.exercise().folder().substring(0, 2);
            assertThat(text).as("the folded line of %s", e.exercise()).contains(number + " " + e.exercise().folder().substring(3))
                    .contains("not started: 0 of " + e.tests().size() + " tests pass \u2014 ./grade " + number + " for details");
        }
        assertThat(text).as("no failed test is listed").doesNotContain("  x ");
        assertThat(text.lines().count()).as("a screen, not a thousand lines:\n%s", text).isLessThan(40);
        assertThat(ConsoleReport.render(stubs, FailureListing.ALL).lines().count())
                .as("everything, for comparison").isGreaterThan(500);
    }

    @Test
    @DisplayName("lists the failures of an exercise with some progress, and folds the others")
    void progressShows() {
        GradeResult mixed = withOneFailure(KitFixture.solutions(), KitFixture.stubs(), "04-refcount");
        String text = ConsoleReport.render(mixed, FailureListing.FOLD_NOT_STARTED);
        assertThat(text).as("04 has progress: its failure is listed").contains("04-refcount: 1 failed").contains("planted failure");
        assertThat(text).as("the stubbed exercises fold").contains("05 gc").contains("not started: 0 of");
        assertThat(text).as("04 does not fold").doesNotContain("04 refcount");
    }

    @Test
    @DisplayName("keeps every failing test in results.json: folding is for the console only")
    void reportsKeepEverything(@TempDir Path out) throws Exception {
        GradeResult stubs = KitFixture.stubs();
        ReportWriter.write(stubs, out);
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve(ReportWriter.RESULTS_JSON)));
        long tests = stubs.exercises().stream().mapToLong(e -> e.tests().size()).sum();
        assertThat(json.get("tests").size()).as("one entry per graded test").isEqualTo((int) tests);
    }

    @Test
    @DisplayName("./grade 04 lists all of 04's failures, ./grade folds them, ./grade -q lists none")
    void commandLine(@TempDir Path tmp) {
        Object[] one = GradeCommandTest.run("04", "--out", tmp.resolve("one").toString());
        assertThat(one[0]).as("exit status, stderr: %s", one[2]).isEqualTo(0);
        assertThat((String) one[1]).as("all failures of 04").contains("04-refcount: ").contains("  x ").doesNotContain("not started:");
        Object[] all = GradeCommandTest.run("--out", tmp.resolve("all").toString());
        assertThat((String) all[1]).as("./grade folds").contains("04 refcount").contains("not started:").doesNotContain("  x ");
        Object[] quiet = GradeCommandTest.run("-q", "04", "--out", tmp.resolve("quiet").toString());
        assertThat((String) quiet[1]).as("-q: the table only").doesNotContain("  x ").doesNotContain("not started:").contains("total");
    }

    @Test
    @DisplayName("documents -q in --help")
    void quietIsDocumented() {
        String help = ((String) GradeCommandTest.run("--help")[1]).replaceAll("\\s+", " ");
        assertThat(help).contains("-q, --quiet").contains("one line for each not started").contains("with one exercise named, all of its failures");
    }

    /** The reference's result with exercise {@code folder}'s first test failed; the stubs' for every other. */
    private static GradeResult withOneFailure(GradeResult solutions, GradeResult stubs, String folder) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (int i = 0; i < stubs.exercises().size(); i++) {
            ExerciseResult solved = solutions.exercises().get(i);
            if (!solved.exercise().folder().equals(folder)) {
                exercises.add(stubs.exercises().get(i));
                continue;
            }
            List<TestResult> tests = new ArrayList<>(solved.tests());
            tests.set(0, TestResult.failed(tests.get(0).test(), "planted failure"));
            exercises.add(solved.withTests(solved.detail(), tests));
        }
        return new GradeResult("mixed", exercises, 1, stubs.testSuiteKind(), stubs.isolation());
    }
}
