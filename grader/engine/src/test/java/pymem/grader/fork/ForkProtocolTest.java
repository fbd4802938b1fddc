package pymem.grader.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one protocol between the grader and a test JVM: what one side writes, the other reads back exactly. */
class ForkProtocolTest {
    private static final String NONCE = "0123abcd";

    @Test
    @DisplayName("orders come back as written, ids with spaces and brackets included")
    void ordersRoundTrip() throws IOException {
        ForkProtocol.Orders orders = new ForkProtocol.Orders(NONCE, List.of(
                new ForkProtocol.TestOrder("[engine:junit-jupiter]/[class:pymem.gc.A]/[method:x(int, long)]", new TestLimit(2000, 37)),
                new ForkProtocol.TestOrder("[engine:junit-jupiter]/[class:pymem.gc.B]/[method:y()]", new TestLimit(10_000, -1))));
        StringWriter written = new StringWriter();

        ForkProtocol.write(orders, written);
        ForkProtocol.Orders read = ForkProtocol.readOrders(new BufferedReader(new StringReader(written + "anything after run is not read\n")));

        assertThat(read).isEqualTo(orders);
    }

    @Test
    @DisplayName("orders without a nonce are refused")
    void ordersNeedANonce() {
        assertThatThrownBy(() -> ForkProtocol.readOrders(new BufferedReader(new StringReader("run\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("nonce");
    }

    @Test
    @DisplayName("every report comes back as written, with any message text")
    void reportsRoundTrip() {
        List<ForkProtocol.Report> reports = List.of(new ForkProtocol.Started("[method:a()]"),
                new ForkProtocol.Ended("[method:a()]", false, 1234, "expected 3\nbut was 4 \u0000 " + NONCE + " END"),
                new ForkProtocol.Ended("[method:b()]", true, 0, ""), new ForkProtocol.RestartRequested(), new ForkProtocol.Done());
        for (ForkProtocol.Report r : reports) {
            String line = ForkProtocol.format(NONCE, r);
            assertThat(line).as("one line").doesNotContain("\n");
            assertThat(ForkProtocol.parse(NONCE, line)).as(line).contains(r);
        }
    }

    @Test
    @DisplayName("a line without this run's nonce, or not well formed, is no report")
    void foreignOrMalformedLinesAreIgnored() {
        String passed = ForkProtocol.format(NONCE, new ForkProtocol.Ended("[method:a()]", true, 5, ""));
        assertThat(ForkProtocol.parse("ffff0000", passed)).as("another run's nonce").isEmpty();
        assertThat(ForkProtocol.parse(NONCE, "printed by student code")).isEmpty();
        assertThat(ForkProtocol.parse(NONCE, NONCE + " END !!notbase64 PASS 5 x")).as("an id that is not Base64").isEmpty();
        assertThat(ForkProtocol.parse(NONCE, NONCE + " END W21ldGhvZDphKCld MAYBE 5 eA==")).as("neither PASS nor FAIL").isEmpty();
        assertThat(ForkProtocol.parse(NONCE, NONCE + " END W21ldGhvZDphKCld PASS soon eA==")).as("a time that is no number").isEmpty();
        assertThat(ForkProtocol.parse(NONCE, NONCE + " WIN")).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("a parameterized invocation belongs to its graded method, a method with a longer name does not")
    void partOf() {
        String graded = "[engine:junit-jupiter]/[class:pymem.gc.A]/[test-template:x(long)]";
        assertThat(ForkProtocol.isPartOf(graded, graded)).isTrue();
        assertThat(ForkProtocol.isPartOf(graded + "/[test-template-invocation:#3]", graded)).isTrue();
        assertThat(ForkProtocol.isPartOf("[engine:junit-jupiter]/[class:pymem.gc.A]/[test-template:x(long)]2", graded)).isFalse();
    }
}
