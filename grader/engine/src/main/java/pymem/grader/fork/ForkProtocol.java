package pymem.grader.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Everything the grader and a test JVM say to each other, written and read here only.
 *
 * <p><b>Orders</b>, grader to test JVM, on the JVM's stdin (which then stays open: the JVM halts when it
 * closes, so it never outlives its grader):
 * <pre>
 *   nonce &lt;hex&gt;
 *   test &lt;uid&gt; &lt;time limit ms&gt; &lt;reference time ms, or -1&gt;     one per graded test
 *   run
 * </pre>
 *
 * <p><b>Reports</b>, test JVM to grader, on the JVM's real stdout, which the runner takes for itself before any
 * test runs. Every line starts with the nonce, a per-run secret only the grader and the runner know, so text
 * a submission prints can never pass for a result:
 * <pre>
 *   NONCE START &lt;uid&gt;                                  a graded test begins
 *   NONCE PICTURE &lt;uid&gt; &lt;snapshot&gt;                     the heap it failed on (before its END; at most one)
 *   NONCE END &lt;uid&gt; PASS|FAIL &lt;micros&gt; &lt;message&gt;       it ended
 *   NONCE RESTART                                      a runaway thread is left: run the rest in a fresh JVM
 *   NONCE DONE                                         every test ordered has been reported
 * </pre>
 * Ids and messages travel in Base64, so no content can break a line.
 */
public final class ForkProtocol {
    private static final String NONCE = "nonce";
    private static final String TEST = "test";
    private static final String RUN = "run";
    private static final String START = "START";
    private static final String END = "END";
    private static final String PICTURE = "PICTURE";
    /** The most a picture's line may carry, decoded: a longer one is dropped (the test's result is not). */
    public static final int MAX_PICTURE_CHARS = 64 * 1024;
    private static final String RESTART = "RESTART";
    private static final String DONE = "DONE";
    private static final String PASS = "PASS";
    private static final String FAIL = "FAIL";

    private ForkProtocol() {
    }

    /** The orders of one test JVM: the nonce its reports carry and the tests it runs, in order. */
    public record Orders(String nonce, List<TestOrder> tests) {
        public Orders {
            tests = List.copyOf(tests);
        }
    }

    /** One graded test to run, with its time limit. */
    public record TestOrder(String uniqueId, TestLimit limit) {
    }

    /** What a test JVM reports. */
    public sealed interface Report {
    }

    /** A graded test began. */
    public record Started(String uniqueId) implements Report {
    }

    /** A graded test ended: passed or failed (with the failure's description), after {@code micros}. */
    public record Ended(String uniqueId, boolean passed, long micros, String message) implements Report {
    }

    /** The heap a failed test left, as a snapshot's text (the grader checks and draws it). */
    public record Picture(String uniqueId, String snapshot) implements Report {
    }

    /** A test left a thread running that ignored its interrupt: the remaining tests need a fresh JVM. */
    public record RestartRequested() implements Report {
    }

    /** Every test ordered has been reported. */
    public record Done() implements Report {
    }

    /** Writes {@code orders} and flushes; the writer stays open. */
    public static void write(Orders orders, Writer to) throws IOException {
        StringBuilder text = new StringBuilder(NONCE + " " + orders.nonce() + "\n");
        for (TestOrder t : orders.tests()) {
            text.append(TEST).append(' ').append(encode(t.uniqueId())).append(' ').append(t.limit().timeoutMillis()).append(' ')
                    .append(t.limit().referenceMillis()).append('\n');
        }
        to.write(text.append(RUN).append('\n').toString());
        to.flush();
    }

    /** Reads orders up to and including their {@code run} line; fails when there is no nonce. */
    public static Orders readOrders(BufferedReader from) throws IOException {
        String nonce = null;
        List<TestOrder> tests = new ArrayList<>();
        for (String line = from.readLine(); line != null && !line.equals(RUN); line = from.readLine()) {
            String[] parts = line.split(" ");
            if (parts[0].equals(NONCE) && parts.length == 2) {
                nonce = parts[1];
            } else if (parts[0].equals(TEST) && parts.length == 4) {
                tests.add(new TestOrder(decode(parts[1]), new TestLimit(Long.parseLong(parts[2]), Long.parseLong(parts[3]))));
            }
        }
        if (nonce == null) {
            throw new IOException("the orders carried no nonce");
        }
        return new Orders(nonce, tests);
    }

    /** One report line, nonce first. */
    public static String format(String nonce, Report report) {
        String body;
        if (report instanceof Started s) {
            body = START + " " + encode(s.uniqueId());
        } else if (report instanceof Ended e) {
            body = END + " " + encode(e.uniqueId()) + " " + (e.passed() ? PASS : FAIL) + " " + e.micros() + " " + encode(e.message());
        } else if (report instanceof Picture p) {
            body = PICTURE + " " + encode(p.uniqueId()) + " " + encode(p.snapshot());
        } else if (report instanceof RestartRequested) {
            body = RESTART;
        } else {
            body = DONE;
        }
        return nonce + " " + body;
    }

    /**
     * The report a line carries, or empty when the line is not one of this run's reports (no nonce, or not
     * well formed): such a line is ignored, whoever wrote it.
     */
    public static Optional<Report> parse(String nonce, String line) {
        String[] parts = line.split(" ", -1); // -1: a passed test's empty message is a field too
        if (parts.length < 2 || !parts[0].equals(nonce)) {
            return Optional.empty();
        }
        try {
            return switch (parts[1]) {
                case START -> parts.length == 3 ? Optional.of(new Started(decode(parts[2]))) : Optional.empty();
                case END -> parts.length == 6 && (parts[3].equals(PASS) || parts[3].equals(FAIL))
                        ? Optional.of(new Ended(decode(parts[2]), parts[3].equals(PASS), Long.parseLong(parts[4]), decode(parts[5])))
                        : Optional.empty();
                case PICTURE -> parts.length == 4 && parts[3].length() <= MAX_PICTURE_CHARS * 2
                        ? Optional.of(new Picture(decode(parts[2]), decode(parts[3])))
                        : Optional.empty();
                case RESTART -> Optional.of(new RestartRequested());
                case DONE -> Optional.of(new Done());
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not Base64, not a number
        }
    }

    /**
     * Whether JUnit's {@code uniqueId} is the graded test {@code graded} or part of it (a parameterized
     * invocation, a dynamic test): graded items are methods, and their invocations' ids extend theirs.
     */
    public static boolean isPartOf(String uniqueId, String graded) {
        return uniqueId.equals(graded) || uniqueId.startsWith(graded + "/");
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
