package pymem.grader.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.score.TestResult;

/**
 * Runs a submission's exercises as they are submitted (one compiled and checked while another runs), each in
 * test JVMs of its own ({@link ForkedTestRun}: one class path holding
 * only that exercise's tests and classes), several exercises at once. Two exercises never share a JVM, so
 * nothing one exercise leaves behind (a static, a thread, a finalizer) can reach another, and a crash budget
 * stays with the exercise that spent it. The longest exercises start first, so the parallel JVMs finish
 * together; results do not depend on the order.
 */
public final class ExerciseRuns implements AutoCloseable {
    private final int parallel;
    private final Function<Exercise, ForkedTestRun> newRun;
    private final TimeLimits limits;
    private final Map<Exercise, ForkedTestRun> warm = new ConcurrentHashMap<>();
    private final Map<Exercise, Future<List<TestResult>>> submitted = new LinkedHashMap<>();
    private ExecutorService pool;
    private volatile List<Exercise> order = List.of();

    /**
     * @param parallel how many test JVMs may run at once
     * @param newRun   the test run of an exercise (its class path and sandbox)
     * @param limits   the reference's times, to start the longest exercises first
     */
    public ExerciseRuns(int parallel, Function<Exercise, ForkedTestRun> newRun, TimeLimits limits) {
        this.parallel = Math.max(1, parallel);
        this.newRun = newRun;
        this.limits = limits;
    }

    /**
     * Starts the JVMs of the exercises that will run first, now, so that their start-up overlaps with whatever
     * the caller does next (compiling). {@code candidates} are the exercises that may run; those that then do
     * not (a compile error, a rule broken) have their JVM ended by {@link #close()}. Returns the order in which
     * the exercises should be submitted: the longest first, so that the parallel JVMs finish together.
     */
    public List<Exercise> warmUp(Map<Exercise, List<GradedTest>> candidates) throws IOException {
        order = longestFirst(candidates);
        // no more than the cores: JVMs starting beside the compile server slow the compilation down
        int ahead = Math.min(parallel, Runtime.getRuntime().availableProcessors());
        for (Exercise e : order.subList(0, Math.min(ahead, order.size()))) {
            ForkedTestRun run = newRun.apply(e);
            run.warmUp();
            warm.put(e, run);
        }
        return order;
    }

    /**
     * Starts running one exercise's tests now, beside the exercises already running (at most {@code parallel}
     * at once; the others wait their turn in the order they were submitted). {@link #awaitAll()} collects them.
     */
    public synchronized void submit(Exercise e, List<GradedTest> tests) {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(parallel, r -> {
                Thread t = new Thread(r, "pymem-exercise-run");
                t.setDaemon(true);
                return t;
            });
        }
        submitted.put(e, pool.submit(() -> {
            ForkedTestRun run = warm.remove(e);
            if (run == null) {
                run = newRun.apply(e);
            }
            // the JVM of an exercise that comes after the ones now running starts while this one runs
            int next = order.indexOf(e) + parallel - 1;
            if (next > 0 && next < order.size()) {
                warmUpAhead(order.get(next));
            }
            try {
                return run.run(tests);
            } finally {
                run.close();
            }
        }));
    }

    /** Waits for every submitted exercise; returns each one's results in the order of its tests. */
    public Map<Exercise, List<TestResult>> awaitAll() throws IOException, InterruptedException {
        Map<Exercise, List<TestResult>> results = new LinkedHashMap<>();
        try {
            for (Map.Entry<Exercise, Future<List<TestResult>>> f : submitted.entrySet()) {
                results.put(f.getKey(), f.getValue().get());
            }
        } catch (ExecutionException ex) {
            throw new IOException("a test run failed: " + ex.getCause(), ex.getCause());
        }
        return results;
    }

    private void warmUpAhead(Exercise e) {
        warm.computeIfAbsent(e, x -> {
            ForkedTestRun run = newRun.apply(x);
            try {
                run.warmUp();
            } catch (IOException ex) {
                // it will be started when its turn comes
            }
            return run;
        });
    }

    /** Ends the JVMs that were started ahead but never used, and the runs still going (the caller failed). */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        warm.values().forEach(ForkedTestRun::close);
        warm.clear();
    }

    private List<Exercise> longestFirst(Map<Exercise, List<GradedTest>> tests) {
        List<Exercise> order = new ArrayList<>(tests.keySet());
        order.sort(Comparator.comparingLong((Exercise e) -> cost(tests.get(e))).reversed());
        return order;
    }

    /** An exercise's expected time: the reference's times, plus a small cost for each test's own overhead. */
    private long cost(List<GradedTest> exercise) {
        long total = 0;
        for (GradedTest t : exercise) {
            total += Math.max(0, limits.limitFor(t).referenceMillis()) + 5;
        }
        return total;
    }
}
