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
 * Runs a submission's exercises, each in test JVMs of its own ({@link ForkedTestRun}: one class path holding
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
     * not (a compile error, a rule broken) have their JVM ended by {@link #close()}.
     */
    public void warmUp(Map<Exercise, List<GradedTest>> candidates) throws IOException {
        List<Exercise> order = longestFirst(candidates);
        // no more than the cores: JVMs starting beside the compile server slow the compilation down
        int ahead = Math.min(parallel, Runtime.getRuntime().availableProcessors());
        for (Exercise e : order.subList(0, Math.min(ahead, order.size()))) {
            ForkedTestRun run = newRun.apply(e);
            run.warmUp();
            warm.put(e, run);
        }
    }

    /** Runs every exercise's tests; returns each exercise's results in the order of its tests. */
    public Map<Exercise, List<TestResult>> run(Map<Exercise, List<GradedTest>> tests) throws IOException, InterruptedException {
        Map<Exercise, List<TestResult>> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "pymem-exercise-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            List<Exercise> order = longestFirst(tests);
            java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
            for (Exercise e : order) {
                futures.add(pool.submit(() -> {
                    ForkedTestRun run = warm.remove(e);
                    if (run == null) {
                        run = newRun.apply(e);
                    }
                    // the JVM of the exercise that comes after the ones now running starts while this one runs
                    int next = taken.incrementAndGet() + parallel - 1;
                    if (next < order.size()) {
                        warmUpAhead(order.get(next));
                    }
                    try {
                        results.put(e, run.run(tests.get(e)));
                    } finally {
                        run.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException ex) {
            throw new IOException("a test run failed: " + ex.getCause(), ex.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Exercise, List<TestResult>> ordered = new LinkedHashMap<>();
        tests.keySet().forEach(e -> ordered.put(e, results.get(e)));
        return ordered;
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

    /** Ends the JVMs that were started ahead but never used. */
    @Override
    public void close() {
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
