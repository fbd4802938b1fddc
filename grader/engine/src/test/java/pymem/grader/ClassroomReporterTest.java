package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.report.GradescopeResults;
import pymem.grader.score.GradeResult;

/**
 * The student edition's GitHub Classroom workflow (release/classroom.yml) against what GitHub Classroom's reporter,
 * classroom-resources/autograding-grading-reporter, reads. From that repository's source:
 * <ul>
 * <li>src/main.js: for each id of the input {@code runners} (split on ","), the variable
 *     {@code process.env[`${runner.trim().toUpperCase()}_RESULTS`]}, decoded with
 *     {@code Buffer.from(encodedResults, "base64").toString("utf-8")} and {@code JSON.parse}; a runners input that
 *     fails {@code /^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$/} is refused; the step fails when a result's {@code status} is
 *     "fail" or "error";</li>
 * <li>src/notify-classroom.js: the points are the sum of {@code tests[].score} out of the sum of {@code max_score}
 *     ("Points X/Y", the notice GitHub Classroom reads);</li>
 * <li>src/console-results.js: each test's {@code name}, {@code status} ("pass", "error" or else failed),
 *     {@code line_no} (shown unless 0), {@code message} (for "error") and {@code test_code} (optional).</li>
 * </ul>
 * The Grade step is run as written in the workflow, with a stand-in ./grade that leaves a real results.json.
 */
@DisplayName("the Classroom workflow gives GitHub Classroom's reporter the input it reads")
class ClassroomReporterTest {
    static final Path CLASSROOM_YML = KitFixture.KIT.root().resolve("grader/engine/src/main/resources/pymem/grader/release/classroom.yml");
    static final String REPORTER = "classroom-resources/autograding-grading-reporter@";
    /** src/main.js's check of the runners input. */
    static final Pattern RUNNERS = Pattern.compile("^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$");
    /** The statuses console-results.js and main.js tell apart. */
    static final Set<String> STATUSES = Set.of("pass", "fail", "error");
    /** The runners' result: the fields the reporter reads, and the ones classroom-resources' own runners add. */
    static final Set<String> RESULT_FIELDS = Set.of("version", "status", "max_score", "tests");
    static final Set<String> TEST_FIELDS = Set.of("name", "status", "score", "message", "line_no", "execution_time", "test_code");

    @Test
    @DisplayName("names the grading step's output in <RUNNER>_RESULTS for each runner the reporter is given")
    void reporterReadsTheGradeStep() throws IOException {
        JsonNode job = job(LocalActions.read(CLASSROOM_YML));
        JsonNode reporter = null;
        List<String> runIds = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asText().startsWith(REPORTER)) {
                reporter = step;
            }
            if (step.has("run") && step.has("id")) {
                runIds.add(step.get("id").asText());
            }
        }
        assertThat(reporter).as("a step uses the reporter").isNotNull();
        assertThat(reporter.path("uses").asText()).as("the reporter's major version").isEqualTo(REPORTER + "v1");
        String runners = reporter.path("with").path("runners").asText();
        assertThat(runners).as("runners input, as main.js accepts it").matches(RUNNERS);
        for (String runner : runners.split(",")) {
            String variable = runner.trim().toUpperCase(Locale.ROOT) + "_RESULTS";
            assertThat(reporter.path("env").path(variable).asText()).as("env %s of the reporter step: the grading step %s's result", variable, runner.trim())
                    .isEqualTo("${{ steps." + runner.trim() + ".outputs.result }}");
            assertThat(runIds).as("a run step with id %s", runner.trim()).contains(runner.trim());
        }
    }

    @Test
    @DisplayName("encodes a full-marks grade as the reporter decodes it: base64 of UTF-8 JSON, status pass, the points")
    void fullMarks(@TempDir Path tmp) throws Exception {
        JsonNode result = reporterInput(tmp, KitFixture.solutions());
        assertThat(result.path("status").asText()).as("status of full marks").isEqualTo("pass");
    }

    @Test
    @DisplayName("encodes a failing grade as the reporter decodes it: status fail, each test failed with its message")
    void failing(@TempDir Path tmp) throws Exception {
        JsonNode result = reporterInput(tmp, KitFixture.stubs());
        assertThat(result.path("status").asText()).as("status of the stubs").isEqualTo("fail");
        for (JsonNode test : result.path("tests")) {
            assertThat(test.path("status").asText()).as("a stub's test").isEqualTo("fail");
            assertThat(test.path("message").asText()).as("a failed test's message").isNotBlank();
        }
    }

    /** Runs the Grade step on a stand-in ./grade that leaves this grade's results.json; checks and returns what the reporter reads. */
    private static JsonNode reporterInput(Path tmp, GradeResult grade) throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        Path results = tmp.resolve("results.json");
        Files.writeString(results, GradescopeResults.render(grade));
        Files.writeString(workspace.resolve("grade"), "#!/bin/sh\nmkdir -p grade-report && cp '" + results + "' grade-report/results.json\n"
                + "echo 'stand-in ./grade'\n");
        LocalActions actions = new LocalActions(CLASSROOM_YML, workspace, Files.createDirectories(tmp.resolve("runner")));
        String jobName = actions.workflow.path("jobs").fieldNames().next();
        LocalActions.JobRun run = actions.runStep(jobName, "pymem", Files.createDirectories(tmp.resolve("runner/temp")));
        String encoded = run.outputs().get("result");
        assertThat(encoded).as("the step's output 'result'").isNotBlank();
        // strict RFC 4648 base64 (no line breaks: GITHUB_OUTPUT's name=value is one line), UTF-8 JSON underneath
        JsonNode result = new ObjectMapper().readTree(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        JsonNode gradescope = new ObjectMapper().readTree(results.toFile());

        List<String> fields = new ArrayList<>();
        result.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("the result's fields").containsAll(List.of("status", "max_score", "tests")).isSubsetOf(RESULT_FIELDS);
        assertThat(STATUSES).as("status").contains(result.path("status").asText());
        assertThat(result.path("max_score").isNumber()).as("max_score is a number").isTrue();
        assertThat(result.path("max_score").asDouble()).as("max_score: the grade's").isEqualTo(gradescope.path("max_score").asDouble());
        assertThat(result.path("tests").size()).as("one reporter test per graded test").isEqualTo(gradescope.path("tests").size()).isPositive();
        double points = 0;
        for (JsonNode test : result.path("tests")) {
            List<String> names = new ArrayList<>();
            test.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("a test's fields").containsAll(List.of("name", "status", "score", "line_no")).isSubsetOf(TEST_FIELDS);
            assertThat(test.path("name").isTextual()).as("name is text").isTrue();
            assertThat(STATUSES).as("a test's status").contains(test.path("status").asText());
            assertThat(test.path("score").isNumber()).as("score is a number").isTrue();
            assertThat(test.path("line_no").isNumber()).as("line_no is a number (console-results.js compares it with 0)").isTrue();
            points += test.path("score").asDouble();
        }
        assertThat(points).as("notify-classroom.js's total: the tests' scores add up to the grade").isEqualTo(gradescope.path("score").asDouble());
        return result;
    }

    private static JsonNode job(JsonNode workflow) {
        assertThat(workflow.path("jobs").size()).as("one job").isEqualTo(1);
        return workflow.path("jobs").elements().next();
    }
}
