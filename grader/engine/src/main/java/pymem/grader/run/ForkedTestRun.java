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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import pymem.grader.discovery.GradedTest;
import pymem.grader.fork.ForkMain;
import pymem.grader.fork.ForkProtocol;
import pymem.grader.fork.TestLimit;
import pymem.grader.kit.Exercise;
import pymem.grader.score.TestResult;

/**
 * Runs graded tests in a forked JVM and accounts for every one of them, whatever the code under test does.
 *
 * <ul>
 *   <li>The JVM has a bounded heap and exits on OutOfMemoryError; each test has a calibrated time limit
 *       ({@link TimeLimits}); a watchdog kills the JVM when the whole run overruns its budget.</li>
 *   <li>Orders go and results come back in {@link ForkProtocol}; every result carries a fresh nonce.</li>
 *   <li>When the JVM dies (System.exit, out of memory, killed by the watchdog) or asks to be replaced (a
 *       runaway thread), the test that was running is failed with the reason and the tests that had not run
 *       get a fresh JVM. An exercise that crashes the JVM {@link #MAX_CRASHES_PER_EXERCISE} times has its
 *       remaining tests failed, so one hostile exercise cannot starve the others.</li>
 * </ul>
 */
public final class ForkedTestRun {
    static final int MAX_CRASHES_PER_EXERCISE = 3;
    static final String HEAP = "-Xmx768m";
    /** Extra test JVM flags, for measuring alternatives ({@code -Dpymem.testJvm.flags="-XX:TieredStopAtLevel=4"}). */
    private static final List<String> EXTRA_FLAGS = List.of(System.getProperty("pymem.testJvm.flags", "").split(" ")).stream()
            .filter(f -> !f.isBlank()).toList();
    private static final long WATCHDOG_BASE_MILLIS = 20_000;
    /**
     * However its tests fail (each within its own limit, one after another), one exercise's tests get this much
     * time in all, plus five times what the reference needs: a submission's grading time stays bounded.
     */
    static final long EXERCISE_BUDGET_MILLIS = 30_000;
    /** Silence on the channel allowed beyond the longest test's limit (JVM start-up, class loading, a slow machine). */
    private static final long QUIET_GRACE_MILLIS = 15_000;

    private final List<Path> classpath;
    private final TimeLimits limits;
    private final Sandbox sandbox;
    private final Path runDirs;
    private final TestJvmArchive archive;
    private int starts;

    /**
     * @param classpath the test JVM's classpath, in lookup order
     * @param limits    each test's time limit
     * @param sandbox   the isolation layers the JVM runs in
     * @param runDirs   a private folder under which each JVM started gets a fresh working directory
     * @param archive   class data sharing for the runner's classes (the class path must start with its jar)
     */
    public ForkedTestRun(List<Path> classpath, TimeLimits limits, Sandbox sandbox, Path runDirs, TestJvmArchive archive) {
        this.classpath = List.copyOf(classpath);
        this.limits = limits;
        this.sandbox = sandbox;
        this.runDirs = runDirs;
        this.archive = archive;
    }

    /** A JVM started ahead of time, waiting for its orders; the first attempt uses it. */
    private Started warm;

    /** A test JVM and its working directory. */
    private record Started(Process process, Path runDir) {
    }

    /** Starts the first test JVM now, so that its start-up overlaps with whatever the caller does next. */
    public void warmUp() throws IOException {
        if (warm == null) {
            warm = start();
        }
    }

    /** Ends a warmed-up JVM that was never used (nothing to run, or the caller failed). */
    public void close() {
        if (warm != null) {
            kill(warm.process());
            warm = null;
        }
    }

    /** Ends a test JVM and whatever the sandbox started around it (bubblewrap, unshare), children first. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    public List<TestResult> run(List<GradedTest> tests) throws IOException, InterruptedException {
        Map<String, TestResult> results = new LinkedHashMap<>();
        Map<Exercise, Integer> crashes = new HashMap<>();
        List<GradedTest> pending = new ArrayList<>(tests);
        long budget = EXERCISE_BUDGET_MILLIS;
        for (GradedTest t : tests) {
            budget += 5 * Math.max(0, limits.limitFor(t).referenceMillis());
        }
        long deadline = System.nanoTime() + budget * 1_000_000;
        while (!pending.isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                String why = String.format(java.util.Locale.ROOT, "not run: this exercise's tests used up their time budget of %.0f s", budget / 1000.0);
                pending.forEach(t -> results.put(t.uniqueId(), TestResult.failed(t, why)));
                break;
            }
            Attempt outcome = runOnce(pending, left);
            results.putAll(outcome.results);
            if (outcome.restartRequested && outcome.lastEnded != null) {
                // a runaway thread forced a fresh JVM: that counts against the exercise whose test left it
                pending.stream().filter(t -> t.uniqueId().equals(outcome.lastEnded)).findFirst()
                        .ifPresent(t -> crashes.merge(t.exercise(), 1, Integer::sum));
            }
            List<GradedTest> next = new ArrayList<>();
            for (GradedTest t : pending) {
                if (results.containsKey(t.uniqueId())) {
                    continue;
                }
                if (t.uniqueId().equals(outcome.running)) {
                    results.put(t.uniqueId(), TestResult.failed(t, outcome.crash));
                    crashes.merge(t.exercise(), 1, Integer::sum);
                } else {
                    next.add(t);
                }
            }
            if (!outcome.restartRequested && outcome.running == null && !next.isEmpty()) {
                // the JVM died outside any test (or finished without reporting them): a retry would change nothing
                String why = outcome.crash != null ? outcome.crash : "the test was not reported by the test JVM";
                next.forEach(t -> results.put(t.uniqueId(), TestResult.failed(t, why)));
                next.clear();
            }
            for (GradedTest t : List.copyOf(next)) {
                if (crashes.getOrDefault(t.exercise(), 0) >= MAX_CRASHES_PER_EXERCISE) {
                    results.put(t.uniqueId(), TestResult.failed(t, "not run: this exercise's tests crashed or hung the test JVM "
                            + MAX_CRASHES_PER_EXERCISE + " times, so its remaining tests were skipped"));
                    next.remove(t);
                }
            }
            pending = next;
        }
        List<TestResult> ordered = new ArrayList<>();
        for (GradedTest t : tests) {
            ordered.add(results.get(t.uniqueId()));
        }
        return ordered;
    }

    /**
     * What one JVM reported: results, the test it was running when it died (if it died), why, and whether it
     * asked to be replaced.
     */
    private record Attempt(Map<String, TestResult> results, String running, String crash, boolean restartRequested, String lastEnded) {
    }

    private Attempt runOnce(List<GradedTest> tests, long exerciseMillisLeft) throws IOException, InterruptedException {
        String nonce = HexFormat.of().formatHex(randomBytes());
        Map<String, GradedTest> byId = new HashMap<>();
        tests.forEach(t -> byId.put(t.uniqueId(), t));
        Started started = warm != null ? warm : start();
        warm = null;
        Process process = started.process();
        StreamDrain stderr = StreamDrain.start(process.getErrorStream(), 16 * 1024);
        long budget = WATCHDOG_BASE_MILLIS;
        long longestLimit = 0;
        // the orders stay open while the JVM runs: it ends itself when they close, so no test JVM outlives its
        // grader, however the grader ended
        Writer orders = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        List<ForkProtocol.TestOrder> ordered = new ArrayList<>();
        for (GradedTest t : tests) {
            TestLimit limit = limits.limitFor(t);
            budget += limit.timeoutMillis();
            longestLimit = Math.max(longestLimit, limit.timeoutMillis());
            ordered.add(new ForkProtocol.TestOrder(t.uniqueId(), limit));
        }
        try {
            ForkProtocol.write(new ForkProtocol.Orders(nonce, ordered), orders);
        } catch (IOException e) {
            // the JVM died before reading its orders; handled below like any other crash
        }
        ChannelReader reader = new ChannelReader(process.getInputStream(), nonce, byId, () -> closeQuietly(orders));
        Thread readerThread = new Thread(reader, "pymem-channel-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        boolean overBudget = budget > exerciseMillisLeft;
        boolean finished = watch(process, reader, Math.min(budget, exerciseMillisLeft), longestLimit + QUIET_GRACE_MILLIS);
        closeQuietly(orders);
        readerThread.join(2000);
        stderr.join(2000);
        if (reader.done) {
            archive.collect(started.runDir());
        }
        if (reader.done || reader.restart) {
            return new Attempt(reader.results, null, null, reader.restart, reader.lastEnded);
        }
        String crash;
        if (!finished && overBudget) {
            crash = "stopped: this exercise's tests used up their time budget while this test ran";
        } else if (!finished) {
            crash = "stopped: the test JVM stopped reporting while this test ran (an endless loop where no time limit reaches?)";
        } else if (reader.outOfMemory || stderr.text().contains("OutOfMemoryError")) {
            crash = "ran out of memory (the test JVM's heap is bounded at " + HEAP.substring(4) + "): endless allocation?";
        } else if (stderr.text().contains("StackOverflowError")) {
            crash = "overflowed the stack and crashed the test JVM";
        } else {
            crash = "the test JVM exited with code " + process.exitValue()
                    + " while this test ran (does the code call System.exit or Runtime.halt?)";
        }
        return new Attempt(reader.results, reader.running, crash, false, reader.lastEnded);
    }

    /**
     * Waits for the JVM to end; kills it when the whole run exceeds {@code budget} or when nothing has come over
     * the channel for {@code quietLimit} (a test stuck where its own time limit cannot reach). Returns whether
     * it ended by itself.
     */
    private static boolean watch(Process process, ChannelReader reader, long budget, long quietLimit) throws InterruptedException {
        long deadline = System.nanoTime() + budget * 1_000_000;
        while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (now > deadline || (now - reader.lastActivity) / 1_000_000 > quietLimit) {
                kill(process);
                process.waitFor(5, TimeUnit.SECONDS);
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(Writer orders) {
        try {
            orders.close();
        } catch (IOException e) {
            // already gone with the JVM
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private Started start() throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path runDir;
        synchronized (this) {
            runDir = runDirs.resolve("run-" + (++starts));
        }
        List<String> command = new ArrayList<>(List.of(javaBin));
        command.addAll(archive.options(runDir));
        // C1 only: a test JVM lives a few seconds, and on two cores C2's compiler threads cost more than they win
        // (measured: ./grade --solutions 13 s against 20 s with full tiered compilation on a loaded machine)
        command.addAll(List.of(HEAP, "-Xss1m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-XX:+DisableAttachMechanism",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + runDir, "-Duser.home=" + runDir, "-Duser.dir=" + runDir));
        command.addAll(EXTRA_FLAGS); // last, so that a flag given there wins
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                ForkMain.class.getName()));
        return new Started(sandbox.builder(command, runDir).start(), runDir);
    }

    /** Reads the channel, ignoring any line without the nonce. */
    private static final class ChannelReader implements Runnable {
        private final InputStream in;
        private final String nonce;
        private final Map<String, GradedTest> byId;
        final Map<String, TestResult> results = new LinkedHashMap<>();
        /** The picture a test sent before its end, by test id: at most one, taken by its END. */
        private final Map<String, String> pictures = new java.util.HashMap<>();
        volatile String running;
        volatile String lastEnded;
        volatile long lastActivity = System.nanoTime();
        /** The JVM itself reports -XX:+ExitOnOutOfMemoryError on stdout (student code cannot reach stdout). */
        volatile boolean outOfMemory;
        volatile boolean done;
        volatile boolean restart;
        /**
         * Closes the JVM's orders once it said it is ending: its thread that watches them is blocked reading,
         * and a JVM halting waits up to 300 ms for such a thread to leave native code (HotSpot's
         * VM_Exit::wait_for_threads_in_native_to_block), a third of a second per test JVM (measured: 0.32 s
         * from DONE to exit, 0.005 s once the orders close).
         */
        private final Runnable ending;

        ChannelReader(InputStream in, String nonce, Map<String, GradedTest> byId, Runnable ending) {
            this.ending = ending;
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
            Optional<ForkProtocol.Report> parsed = ForkProtocol.parse(nonce, line);
            if (parsed.isEmpty()) {
                outOfMemory |= line.startsWith("Terminating due to java.lang.OutOfMemoryError");
                return;
            }
            lastActivity = System.nanoTime();
            ForkProtocol.Report report = parsed.get();
            if (report instanceof ForkProtocol.Started s) {
                running = s.uniqueId();
            } else if (report instanceof ForkProtocol.Picture p) {
                if (byId.containsKey(p.uniqueId()) && p.snapshot().length() <= ForkProtocol.MAX_PICTURE_CHARS && pictures.isEmpty()) {
                    pictures.put(p.uniqueId(), p.snapshot());
                }
            } else if (report instanceof ForkProtocol.Ended e) {
                GradedTest t = byId.get(e.uniqueId());
                if (t != null && !results.containsKey(t.uniqueId())) {
                    double seconds = e.micros() / 1e6;
                    results.put(t.uniqueId(), e.passed() ? TestResult.passed(t, seconds)
                            : TestResult.failed(t, e.message(), seconds).withPicture(pictures.getOrDefault(t.uniqueId(), "")));
                }
                pictures.clear();
                lastEnded = e.uniqueId();
                running = null;
            } else if (report instanceof ForkProtocol.RestartRequested) {
                restart = true;
                ending.run();
            } else if (report instanceof ForkProtocol.Done) {
                done = true;
                ending.run();
            }
        }
    }
}
