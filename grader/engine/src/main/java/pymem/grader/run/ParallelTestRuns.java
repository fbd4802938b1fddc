package pymem.grader.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.score.TestResult;

/**
 * Runs a submission's tests in several test JVMs at once, one group of whole exercises each, balanced by the
 * reference's time. Exercises never share a JVM across groups, so a crash budget and a hostile exercise stay
 * within one group; results do not depend on the grouping.
 */
public final class ParallelTestRuns {
    private final List<ForkedTestRun> runs = new ArrayList<>();
    private final TimeLimits limits;

    /** Starts {@code jvms} test JVMs now (they wait for their orders while the caller compiles). */
    public ParallelTestRuns(int jvms, Supplier<ForkedTestRun> newRun, TimeLimits limits) throws IOException {
        this.limits = limits;
        for (int i = 0; i < Math.max(1, jvms); i++) {
            ForkedTestRun run = newRun.get();
            run.warmUp();
            runs.add(run);
        }
    }

    public List<TestResult> run(List<GradedTest> tests) throws IOException, InterruptedException {
        List<List<GradedTest>> groups = split(tests, runs.size());
        if (groups.size() == 1) {
            return runs.get(0).run(groups.get(0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(groups.size());
        try {
            List<Future<List<TestResult>>> futures = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                ForkedTestRun run = runs.get(i);
                List<GradedTest> group = groups.get(i);
                futures.add(pool.submit(() -> run.run(group)));
            }
            Map<String, TestResult> byId = new HashMap<>();
            for (Future<List<TestResult>> f : futures) {
                for (TestResult r : f.get()) {
                    byId.put(r.test().uniqueId(), r);
                }
            }
            List<TestResult> ordered = new ArrayList<>();
            for (GradedTest t : tests) {
                ordered.add(byId.get(t.uniqueId()));
            }
            return ordered;
        } catch (ExecutionException e) {
            throw new IOException("a test run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Ends the JVMs that were started but not used. */
    public void close() {
        runs.forEach(ForkedTestRun::close);
    }

    /** Whole exercises into at most {@code n} groups, largest first onto the lightest group. */
    private List<List<GradedTest>> split(List<GradedTest> tests, int n) {
        Map<Exercise, List<GradedTest>> byExercise = new LinkedHashMap<>();
        tests.forEach(t -> byExercise.computeIfAbsent(t.exercise(), e -> new ArrayList<>()).add(t));
        int groups = Math.min(n, byExercise.size());
        List<List<GradedTest>> out = new ArrayList<>();
        long[] load = new long[groups];
        for (int i = 0; i < groups; i++) {
            out.add(new ArrayList<>());
        }
        List<List<GradedTest>> exercises = new ArrayList<>(byExercise.values());
        exercises.sort(Comparator.comparingLong(this::cost).reversed());
        for (List<GradedTest> exercise : exercises) {
            int lightest = 0;
            for (int i = 1; i < groups; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            out.get(lightest).addAll(exercise);
            load[lightest] += cost(exercise);
        }
        return out;
    }

    /** An exercise's expected time: the reference's times, with a small cost for each test's own overhead. */
    private long cost(List<GradedTest> exercise) {
        long total = 0;
        for (GradedTest t : exercise) {
            total += Math.max(0, limits.limitFor(t).referenceMillis()) + 5;
        }
        return total;
    }
}
