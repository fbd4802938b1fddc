package pymem.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.model.OutOfScopeError;
import pymem.model.PyException;

@DisplayName("A differential replay")
class DifferentialSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Scenario scenario(String id, String cpython, String outOfScope) throws Exception {
        return new Scenario(id, false, "x = 1\nx + 1", JSON.readTree("{}"), JSON.readTree(cpython), outOfScope);
    }

    @Test
    @DisplayName("counts agreements, out-of-scope refusals and differences apart, and never takes a Java exception for an answer")
    void sortsEveryScenario() throws Exception {
        List<Scenario> scenarios = List.of(
                scenario("r1", "{\"value\": 2}", null),
                scenario("r2", "{\"error\": {\"type\": \"TypeError\", \"message\": \"bad\"}}", null),
                scenario("r3", "{\"value\": 2}", null),
                scenario("r4", "{\"value\": 2}", "not modelled"),
                scenario("r5", "{\"value\": 2}", "not modelled"),
                scenario("r6", "{\"value\": 2}", null),
                scenario("r7", "{\"value\": 2}", null));
        Replayer replayer = s -> {
            switch (s.id()) {
                case "r1":
                    return Answers.value(2);
                case "r2":
                    throw new PyException("TypeError", "bad");
                case "r3":
                    return Answers.value(3);
                case "r4":
                    throw new OutOfScopeError("not modelled");
                case "r5":
                    return Answers.value(2);
                case "r6":
                    throw new IllegalArgumentException("a plain Java exception");
                default:
                    throw new OutOfScopeError("the model says so");
            }
        };
        Report report = DifferentialSuite.compare("00-test", 1, scenarios, replayer);
        assertThat(report.total()).as("every scenario is counted").isEqualTo(7);
        assertThat(report.agree()).as("a value and a Python error equal to CPython's agree").isEqualTo(2);
        assertThat(report.outOfScope()).as("OutOfScopeError counts apart, declared or not").hasSize(2);
        assertThat(report.differences()).extracting(d -> d.scenario().id()).as("the differences")
                .containsExactly("r3", "r5", "r6");
        assertThat(report.differences().get(1).reference()).as("an answer to a declared out-of-scope scenario")
                .contains("must throw OutOfScopeError");
        assertThat(report.differences().get(2).reference()).as("a Java exception is a difference")
                .startsWith("a Java exception, java.lang.IllegalArgumentException");
        assertThat(report.summary()).isEqualTo("2/7 agree with CPython 3.11 (out of scope: 2, differ: 3)");
    }

    @Test
    @DisplayName("lists a difference in Python terms, and only as many as asked")
    void describesDifferencesInPythonTerms() throws Exception {
        Scenario s = scenario("c001", "{\"error\": {\"type\": \"KeyError\", \"message\": \"1e+16\"}}", null);
        Report report = DifferentialSuite.compare("00-test", 14, List.of(s, s, s), x -> Answers.error("KeyError", "1.0E16"));
        String text = report.describe(2);
        assertThat(text).as("the scenario's id, its Python, CPython's answer and the reference's")
                .contains("[c001]", "    x = 1\n    x + 1", "CPython 3.11: KeyError: 1e+16", "reference:    KeyError: 1.0E16");
        assertThat(text).as("bounded").contains("... and 1 more");
        JsonNode answer = Answers.outcome(() -> {
            throw new PyException("NameError", "name 'x' is not defined");
        });
        assertThat(Answers.describe(answer)).isEqualTo("NameError: name 'x' is not defined");
    }
}
