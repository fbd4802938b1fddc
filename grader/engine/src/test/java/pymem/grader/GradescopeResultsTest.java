package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.report.GradescopeResults;
import pymem.grader.report.JUnitXmlReport;
import pymem.grader.score.GradeResult;

/** results.json against the Gradescope autograder specification's field list, and junit.xml well-formed. */
@DisplayName("The reports")
class GradescopeResultsTest {
    private static final Set<String> TOP_LEVEL = Set.of("score", "max_score", "execution_time", "output", "output_format",
            "visibility", "stdout_visibility", "tests", "extra_data", "test_output_format", "test_name_format", "leaderboard");
    private static final Set<String> TEST_FIELDS = Set.of("score", "max_score", "status", "name", "name_format", "number",
            "output", "output_format", "tags", "visibility", "extra_data");
    private static final Set<String> VISIBILITIES = Set.of("visible", "hidden", "after_due_date", "after_published");

    @Test
    @DisplayName("write results.json with only Gradescope's fields, of Gradescope's types")
    void resultsJsonFollowsTheSchema() throws Exception {
        GradeResult result = KitFixture.stubs();
        JsonNode root = new ObjectMapper().readTree(GradescopeResults.render(result));
        root.fieldNames().forEachRemaining(f -> assertThat(TOP_LEVEL).as("top-level field %s is in the spec", f).contains(f));
        assertThat(root.get("score").isNumber()).as("score is a number").isTrue();
        assertThat(root.get("execution_time").isNumber()).as("execution_time is a number").isTrue();
        assertThat(root.get("output").isTextual()).isTrue();
        assertThat(VISIBILITIES).contains(root.get("visibility").asText(), root.get("stdout_visibility").asText());
        assertThat(root.get("tests").size()).as("one entry per hidden test").isEqualTo(result.exercises().stream().mapToInt(e -> e.tests().size()).sum());
        for (JsonNode t : root.get("tests")) {
            t.fieldNames().forEachRemaining(f -> assertThat(TEST_FIELDS).as("test field %s is in the spec", f).contains(f));
            assertThat(t.get("name").asText()).isNotBlank();
            assertThat(t.get("number").asText()).matches("\\d+\\.\\d+");
            assertThat(t.get("score").isNumber() && t.get("max_score").isNumber()).isTrue();
            assertThat(t.get("score").asDouble()).isBetween(0.0, t.get("max_score").asDouble());
            assertThat(t.get("status").asText()).isIn("passed", "failed");
            assertThat(t.get("tags").isArray() && t.get("tags").get(0).asText().matches("\\d\\d-[a-z]+")).as("tags hold the exercise folder").isTrue();
            assertThat(VISIBILITIES).contains(t.get("visibility").asText());
            assertThat(t.get("output").asText()).as("feedback never shows test code").doesNotContain("assertThat(").doesNotContain("HiddenTest").doesNotContain("\tat ");
        }
    }

    @Test
    @DisplayName("write junit.xml that an XML parser reads, one testcase per test")
    void junitXmlIsWellFormed() throws Exception {
        GradeResult result = KitFixture.stubs();
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(JUnitXmlReport.render(result).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(result.exercises().stream().mapToInt(e -> e.tests().size()).sum());
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(9);
    }
}
