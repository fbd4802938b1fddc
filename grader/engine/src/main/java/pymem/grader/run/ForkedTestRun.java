package pymem.grader.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import pymem.grader.discovery.GradedTest;
import pymem.grader.fork.Channel;
import pymem.grader.fork.ForkMain;
import pymem.grader.score.TestResult;

/**
 * Runs graded tests in a forked JVM and accounts for every one of them, whatever the code under test does.
 *
 * <ul>
 *   <li>The JVM has a bounded heap and exits on OutOfMemoryError; each test has a timeout; a watchdog kills
 *       the JVM when the whole run overruns its budget.</li>
 *   <li>Results arrive over {@link Channel}, signed with a fresh nonce.</li>
 *   <li>When the JVM dies (System.exit, out of memory, killed), the test that was running is failed with the
 *       reason and the tests that had not run yet get a fresh JVM (at most {@link #MAX_RESTARTS} times).</li>
 * </ul>
 */
public final class ForkedTestRun {
    static final int MAX_RESTARTS = 3;
    private static final String HEAP = "-Xmx768m";

    private final List<Path> classpath;
    private final long perTestTimeoutMillis;
    private final long watchdogBaseMillis;

    /**
     * @param classpath            the test JVM's classpath, in lookup order
     * @param perTestTimeoutMillis how long one test may take before it fails as too slow
     * @param watchdogBaseMillis   the whole run's budget is this plus the per-test timeout for each test
     */
    public ForkedTestRun(List<Path> classpath, long perTestTimeoutMillis, long watchdogBaseMillis) {
        this.classpath = List.copyOf(classpath);
        this.perTestTimeoutMillis = perTestTimeoutMillis;
        this.watchdogBaseMillis = watchdogBaseMillis;
    }

    public List<TestResult> run(List<GradedTest> tests) throws IOException, InterruptedException {
        Map<String, TestResult> results = new LinkedHashMap<>();
        List<GradedTest> pending = new ArrayList<>(tests);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_RESTARTS) {
                for (GradedTest t : pending) {
                    results.put(t.uniqueId(), TestResult.failed(t, "not run: the test JVM crashed " + attempt + " times in this submission"));
                }
                break;
            }
            Attempt outcome = runOnce(pending);
            results.putAll(outcome.results);
            List<GradedTest> next = new ArrayList<>();
            for (GradedTest t : pending) {
                if (results.containsKey(t.uniqueId())) {
                    continue;
                }
                if (t.uniqueId().equals(outcome.running)) {
                    results.put(t.uniqueId(), TestResult.failed(t, outcome.crash));
                } else {
                    next.add(t);
                }
            }
            if (outcome.running == null && !next.isEmpty() && outcome.crash != null) {
                // the JVM died outside any test: nothing to blame, nothing that a retry would change
                for (GradedTest t : next) {
                    results.put(t.uniqueId(), TestResult.failed(t, outcome.crash));
                }
                next.clear();
            }
            pending = next;
        }
        List<TestResult> ordered = new ArrayList<>();
        for (GradedTest t : tests) {
            ordered.add(results.get(t.uniqueId()));
        }
        return ordered;
    }

    /** What one JVM reported: results, the test it was running when it died (if it died), and why. */
    private record Attempt(Map<String, TestResult> results, String running, String crash) {
    }

    private Attempt runOnce(List<GradedTest> tests) throws IOException, InterruptedException {
        String nonce = HexFormat.of().formatHex(randomBytes());
        Map<String, GradedTest> byId = new HashMap<>();
        tests.forEach(t -> byId.put(t.uniqueId(), t));
        Process process = start();
        StreamDrain stderr = StreamDrain.start(process.getErrorStream(), 16 * 1024);
        try (Writer orders = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            orders.write("nonce " + nonce + "\n");
            orders.write("timeout-ms " + perTestTimeoutMillis + "\n");
            for (GradedTest t : tests) {
                orders.write("test " + Channel.encode(t.uniqueId()) + "\n");
            }
            orders.write("run\n");
        } catch (IOException e) {
            // the JVM died before reading its orders; handled below like any other crash
        }
        long budget = watchdogBaseMillis + perTestTimeoutMillis * tests.size();
        ChannelReader reader = new ChannelReader(process.getInputStream(), nonce, byId);
        Thread readerThread = new Thread(reader, "pymem-channel-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        boolean finished = process.waitFor(budget, TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        readerThread.join(2000);
        stderr.join(2000);
        if (reader.done) {
            return new Attempt(reader.results, null, null);
        }
        String crash;
        if (!finished) {
            crash = "stopped after the whole test run exceeded its " + (budget / 1000) + " s budget (an endless loop that ignores interrupts?)";
        } else if (stderr.text().contains("OutOfMemoryError")) {
            crash = "ran out of memory (the test JVM's heap is bounded: " + HEAP.substring(4) + ")";
        } else if (stderr.text().contains("StackOverflowError")) {
            crash = "overflowed the stack and crashed the test JVM";
        } else {
            crash = "the test JVM exited with code " + process.exitValue() + " while this test ran (does the code call System.exit or Runtime.halt?)";
        }
        return new Attempt(reader.results, reader.running, crash);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private Process start() throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, HEAP, "-Xss1m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                ForkMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("JAVA_TOOL_OPTIONS") || k.startsWith("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        return builder.start();
    }

    /** Reads the channel, ignoring any line without the nonce. */
    private static final class ChannelReader implements Runnable {
        private final InputStream in;
        private final String nonce;
        private final Map<String, GradedTest> byId;
        final Map<String, TestResult> results = new LinkedHashMap<>();
        volatile String running;
        volatile boolean done;

        ChannelReader(InputStream in, String nonce, Map<String, GradedTest> byId) {
            this.in = in;
            this.nonce = nonce;
            this.byId = byId;
        }

        @Override
        public void run() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    handle(line);
                }
            } catch (IOException | RuntimeException e) {
                // the JVM went away; the caller works out why
            }
        }

        private synchronized void handle(String line) {
            String[] parts = line.split(" ");
            if (parts.length < 2 || !parts[0].equals(nonce)) {
                return;
            }
            switch (parts[1]) {
                case Channel.START -> running = Channel.decode(parts[2]);
                case Channel.END -> {
                    GradedTest t = byId.get(Channel.decode(parts[2]));
                    if (t != null && !results.containsKey(t.uniqueId())) {
                        boolean pass = parts[3].equals(Channel.PASS);
                        results.put(t.uniqueId(), pass ? TestResult.passed(t) : TestResult.failed(t, Channel.decode(parts.length > 4 ? parts[4] : "")));
                    }
                    running = null;
                }
                case Channel.DONE -> done = true;
                default -> { }
            }
        }
    }
}
