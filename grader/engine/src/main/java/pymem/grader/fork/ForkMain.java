package pymem.grader.fork;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import pymem.grading.picture.HeapPictureExtension;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The runner inside the forked test JVM. It reads its orders from stdin (the nonce, the per-test timeout,
 * the ids of the tests to run), takes the real stdout for itself, gives student code a bounded sink for
 * System.out/err, runs the tests through the JUnit Platform Launcher and reports each one over the channel.
 * It then halts the JVM, so no thread a submission left behind can keep it alive.
 */
public final class ForkMain {
    /** How much of what a submission prints is counted; all of it is discarded. */
    private static final int STUDENT_OUTPUT_LIMIT = 64 * 1024;

    private ForkMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // load the JUnit Platform (the slow part of starting) while the grader is still compiling
        Launcher launcher = LauncherFactory.create();
        BufferedReader orders = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ForkProtocol.Orders given = ForkProtocol.readOrders(orders);
        String nonce = given.nonce();
        List<String> uniqueIds = new ArrayList<>();
        for (ForkProtocol.TestOrder t : given.tests()) {
            uniqueIds.add(t.uniqueId());
            TestTimeouts.LIMITS.put(t.uniqueId(), t.limit());
        }
        endWhenTheGraderGoes(orders);
        PrintStream sink = new PrintStream(new DiscardingSink(STUDENT_OUTPUT_LIMIT), true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        System.setIn(new ByteArrayInputStream(new byte[0]));

        Reporter reporter = new Reporter(channel, nonce, new LinkedHashSet<>(uniqueIds));
        // one launch per exercise (test package): tests that cannot even be loaded (a submission that renamed a
        // class the tests use) fail their own exercise with the reason, never the whole run
        for (List<String> group : byTestPackage(uniqueIds)) {
            try {
                launcher.execute(request(group), reporter);
            } catch (RuntimeException | LinkageError e) {
                reporter.failAll(group, "the tests could not be loaded against this code (" + Failures.describeSafely(e)
                        + "): does it still have every public class and method of the stub?");
            }
        }
        reporter.finishUnreported();
        channel.println(ForkProtocol.format(nonce, new ForkProtocol.Done()));
        channel.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * The grader keeps this JVM's stdin open while it waits for results; when it closes (the grader ended, was
     * killed, or gave up on this JVM), this JVM halts, so it can never be left running as an orphan.
     */
    private static void endWhenTheGraderGoes(BufferedReader orders) {
        Thread watcher = new Thread(() -> {
            try {
                while (orders.read() >= 0) {
                    // nothing more is expected; anything is ignored
                }
            } catch (java.io.IOException e) {
                // closed: the same as the end of the stream
            }
            Runtime.getRuntime().halt(2);
        }, "pymem-grader-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static LauncherDiscoveryRequest request(List<String> uniqueIds) {
        List<UniqueIdSelector> selectors = uniqueIds.stream().map(id -> selectUniqueId(id)).toList();
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                // TestTimeouts and the heap picture (nothing else) are picked up through auto-detection
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.include",
                        TestTimeouts.class.getName() + "," + HeapPictureExtension.class.getName())
                // a failed test's heap travels as a report entry; the grader draws it
                .configurationParameter(HeapPictureExtension.REPORT_PARAMETER, "entry")
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    /** The ids grouped by the package of their test class, in the given order. */
    private static List<List<String>> byTestPackage(List<String> uniqueIds) {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String id : uniqueIds) {
            int start = id.indexOf("[class:") + "[class:".length();
            int end = id.indexOf(']', start);
            String className = start < "[class:".length() || end < 0 ? id : id.substring(start, end);
            String key = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : className;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(groups.values());
    }

    /** Reports graded tests; a failing descendant (a parameterized invocation) fails its graded ancestor. */
    private static final class Reporter implements TestExecutionListener {
        static final String FAILED_UNDESCRIBED = "failed (the failure could not be described)";
        private final PrintStream channel;
        private final String nonce;
        private final Set<String> graded;
        private final Map<String, String> firstFailure = new HashMap<>();
        private final Set<String> reported = new LinkedHashSet<>();
        private final Map<String, Long> started = new HashMap<>();
        private final Set<String> pictured = new java.util.HashSet<>();

        Reporter(PrintStream channel, String nonce, Set<String> graded) {
            this.channel = channel;
            this.nonce = nonce;
            this.graded = graded;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (graded.contains(id.getUniqueId())) {
                started.put(id.getUniqueId(), System.nanoTime());
                send(new ForkProtocol.Started(id.getUniqueId()));
            }
        }

        /** A failed test's heap picture: sent at once, before the test's end (only its first one counts). */
        @Override
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            String owner = gradedOwner(id.getUniqueId());
            String snapshot = entry.getKeyValuePairs().get(HeapPictureExtension.ENTRY_KEY);
            if (owner != null && snapshot != null && snapshot.length() <= ForkProtocol.MAX_PICTURE_CHARS && !reported.contains(owner)
                    && pictured.add(owner)) {
                send(new ForkProtocol.Picture(owner, snapshot));
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            String owner = gradedOwner(id.getUniqueId());
            if (owner != null && owner.equals(id.getUniqueId())) {
                end(owner, false, "skipped: " + reason);
            }
        }

        /**
         * Total: the status comes from JUnit's {@link TestExecutionResult} and is recorded before anything
         * describes it, so a description that throws, loops or is huge can never turn a failure into a pass.
         */
        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            String owner = gradedOwner(id.getUniqueId());
            if (owner == null) {
                if (failed) {
                    // a class-level failure (e.g. @BeforeAll threw): every graded test under it failed
                    String why = describe(result, "the test class failed");
                    for (String g : graded) {
                        if (ForkProtocol.isPartOf(g, id.getUniqueId()) && !g.equals(id.getUniqueId()) && !reported.contains(g)) {
                            end(g, false, why);
                        }
                    }
                }
                return;
            }
            if (failed && !firstFailure.containsKey(owner)) {
                firstFailure.put(owner, FAILED_UNDESCRIBED);
                firstFailure.put(owner, describe(result, "failed (" + result.getStatus() + ")"));
            }
            if (owner.equals(id.getUniqueId())) {
                String failure = firstFailure.get(owner);
                end(owner, failure == null, failure);
            }
        }

        private static String describe(TestExecutionResult result, String otherwise) {
            try {
                return result.getThrowable().map(Failures::describeSafely).orElse(otherwise);
            } catch (Throwable t) {
                return FAILED_UNDESCRIBED;
            }
        }

        void failAll(List<String> uids, String why) {
            for (String g : uids) {
                if (!reported.contains(g)) {
                    end(g, false, why);
                }
            }
        }

        void finishUnreported() {
            for (String g : graded) {
                if (!reported.contains(g)) {
                    end(g, false, "the test did not run (it could not be found or its class failed to load)");
                }
            }
        }

        private void end(String uid, boolean passed, String failure) {
            if (!reported.add(uid)) {
                return;
            }
            Long t0 = started.get(uid);
            long micros = t0 == null ? 0 : (System.nanoTime() - t0) / 1000;
            String message = passed ? "" : failure == null || failure.isEmpty() ? FAILED_UNDESCRIBED : failure;
            send(new ForkProtocol.Ended(uid, passed, micros, message));
            if (TestTimeouts.tainted) {
                // a test thread ignored its interrupt and is still running: every later test would suffer
                send(new ForkProtocol.RestartRequested());
                Runtime.getRuntime().halt(0);
            }
        }

        private String gradedOwner(String uid) {
            for (String g : graded) {
                if (ForkProtocol.isPartOf(uid, g)) {
                    return g;
                }
            }
            return null;
        }

        private synchronized void send(ForkProtocol.Report report) {
            channel.println(ForkProtocol.format(nonce, report));
            channel.flush();
        }
    }

    /**
     * Where System.out and System.err go while student code runs: it only counts (up to {@code limit}) and
     * keeps nothing, so printing can neither reach the channel nor fill the memory.
     */
    private static final class DiscardingSink extends OutputStream {
        private final int limit;
        private int written;

        DiscardingSink(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) {
            if (written < limit) {
                written++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written = (int) Math.min(limit, (long) written + len);
        }
    }
}
