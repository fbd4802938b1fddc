package pymem.grader.fork;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The line protocol from the test JVM to the grader. Every line starts with a per-run secret (the nonce)
 * that only the grader and the runner know: text a submission prints can never pass for a result, and a
 * submission cannot even reach the stream the lines travel on (the runner took it before any test ran).
 *
 * <pre>
 *   NONCE START &lt;uid&gt;                 a graded test begins
 *   NONCE END &lt;uid&gt; PASS|FAIL &lt;micros&gt; &lt;message&gt;  it ended (ids and messages in Base64)
 *   NONCE RESTART                       a runaway thread is left: run the rest in a fresh JVM
 *   NONCE DONE                          every selected test has run
 * </pre>
 */
public final class Channel {
    public static final String START = "START";
    public static final String END = "END";
    public static final String DONE = "DONE";
    public static final String RESTART = "RESTART";
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    private Channel() {
    }

    public static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
