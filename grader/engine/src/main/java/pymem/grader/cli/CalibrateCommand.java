package pymem.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pymem.grader.Grader;
import pymem.grader.kit.Kit;
import pymem.grader.kit.StubPrints;
import pymem.grader.kit.TestSuite;
import pymem.grader.files.AtomicFiles;
import pymem.grader.run.TimeLimits;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * {@code ./grade calibrate}: measures how long the reference solution needs for each hidden test (median of
 * several runs) and writes grader/hidden/reference-times.tsv, from which every test's time limit derives.
 * Run it after changing hidden tests, and commit the file. It also records the stubs' prints
 * (exercises/stub-prints.tsv; {@code --stubs-only} records just those, after editing a stub).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Times the reference solution on every hidden test and writes the time limits' calibration file.")
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "3", description = "runs to take the median of (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--stubs-only", description = "record only the stubs' prints (after editing a stub), not the times")
    boolean stubsOnly;

    @Override
    public Integer call() throws Exception {
        Kit kit = Kit.locate();
        if (stubsOnly) {
            return writeStubPrints(kit);
        }
        Map<String, List<Double>> times = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (Grader grader = new Grader(kit, TestSuite.of(kit)).withTestJvms(1)) { // one JVM: times as a lone grade sees them
            for (int i = 0; i < Math.max(1, runs); i++) {
                GradeResult result = grader.grade(new Submission("reference solutions", kit.solutionsDir()));
                for (var e : result.exercises()) {
                    for (TestResult t : e.tests()) {
                        if (!t.passed()) {
                            throw new IllegalStateException("the reference fails " + t.test().number() + " " + t.test().name() + ": fix it before calibrating");
                        }
                        if (times.computeIfAbsent(t.test().uniqueId(), k -> new ArrayList<>()).isEmpty()) {
                            order.add(t.test().uniqueId());
                        }
                        times.get(t.test().uniqueId()).add(t.seconds());
                    }
                }
            }
        }
        StringBuilder tsv = new StringBuilder("# reference time per hidden test in ms (median of " + runs
                + " runs), written by ./grade calibrate; limit = max(" + TimeLimits.FLOOR_MILLIS + ", " + TimeLimits.FACTOR + " x time)\n");
        for (String uid : order) {
            List<Double> t = new ArrayList<>(times.get(uid));
            t.sort(null);
            long ms = Math.max(1, Math.round(t.get(t.size() / 2) * 1000));
            tsv.append(uid).append('\t').append(ms).append('\n');
        }
        Path file = kit.referenceTimes();
        AtomicFiles.write(file, tsv.toString());
        System.out.printf(Locale.ROOT, "wrote %d reference times to %s%n", order.size(), file);
        return writeStubPrints(kit);
    }

    /** The stubs' prints, by which a submitted exercise is known to be its unchanged stub ({@link StubPrints}). */
    private static int writeStubPrints(Kit kit) throws java.io.IOException {
        StubPrints prints = StubPrints.ofStubs(kit);
        prints.write(kit);
        System.out.printf(Locale.ROOT, "wrote the prints of %d stubs to %s%n", prints.asMap().size(), kit.root().resolve(StubPrints.FILE));
        return GradeCommand.OK;
    }
}
