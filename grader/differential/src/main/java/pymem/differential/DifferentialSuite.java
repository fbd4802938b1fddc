package pymem.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import pymem.model.OutOfScopeError;
import pymem.model.PyException;

/**
 * One exercise's differential suite: runs its generator ({@code grader/differential/NN-topic/generate.py}) under
 * python3 3.11, replays every scenario on the reference solution and compares the answers with CPython's.
 *
 * <pre>{@code
 * @Test
 * void agreesWithCPython() {
 *     DifferentialSuite.of("01-objects").assertAgreement(new ObjectsReplayer());
 * }
 * }</pre>
 *
 * <p>The seed and the number of scenarios are fixed ({@link #DEFAULT_SEED}, {@link #DEFAULT_COUNT}) unless the
 * system properties {@value #SEED_PROPERTY} and {@value #COUNT_PROPERTY} say otherwise. Each replay writes its
 * summary to {@code target/differential/NN-topic.json} (read by {@code ./grade quality}) and every difference
 * to {@code target/differential/NN-topic-differences.txt}.
 */
public final class DifferentialSuite {
    public static final String SEED_PROPERTY = "pymem.differential.seed";
    public static final String COUNT_PROPERTY = "pymem.differential.count";
    public static final long DEFAULT_SEED = 14;
    public static final int DEFAULT_COUNT = 400;
    /** How many differences a failing test lists (all of them go to the differences file). */
    public static final int LISTED_DIFFERENCES = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String exercise;
    private final Path generator;
    private final long seed;
    private final int count;

    private DifferentialSuite(String exercise, Path generator, long seed, int count) {
        this.exercise = exercise;
        this.generator = generator;
        this.seed = seed;
        this.count = count;
    }

    /**
     * The suite of {@code exercise} (its folder name, {@code 01-objects}). Skips the calling test, with the
     * twins' message, when python3 3.11 is not available.
     */
    public static DifferentialSuite of(String exercise) {
        Python.assume311("the differential suite of " + exercise);
        Path generator = kitRoot().resolve("grader/differential").resolve(exercise).resolve("generate.py");
        if (!Files.isRegularFile(generator)) {
            throw new IllegalStateException("no generator for " + exercise + " at " + generator);
        }
        return new DifferentialSuite(exercise, generator, Long.getLong(SEED_PROPERTY, DEFAULT_SEED),
                Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT));
    }

    /** The generator's scenarios for this suite's seed and count: the corner cases first. */
    public List<Scenario> scenarios() {
        try {
            Process p = new ProcessBuilder(Python.COMMAND, generator.getFileName().toString(), "--seed", Long.toString(seed),
                    "--count", Integer.toString(count)).directory(generator.getParent().toFile()).start();
            // stderr is read on its own thread so that neither pipe can fill up and block python3
            CompletableFuture<String> err = new CompletableFuture<>();
            Thread drain = new Thread(() -> {
                try {
                    err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.complete("");
                }
            });
            drain.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(generator + " did not finish within 300 s");
            }
            drain.join();
            if (p.exitValue() != 0) {
                throw new IllegalStateException(generator + " failed (exit " + p.exitValue() + "): " + err.join());
            }
            List<Scenario> scenarios = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    scenarios.add(Scenario.of(JSON.readTree(line)));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + generator, e);
        }
    }

    /** Replays every scenario on the reference through {@code replayer}; writes the summary to target/. */
    public Report replay(Replayer replayer) {
        List<Scenario> scenarios = scenarios();
        int agree = 0;
        List<String> outOfScope = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (Scenario s : scenarios) {
            JsonNode answer;
            try {
                answer = replayer.replay(s);
            } catch (OutOfScopeError e) {
                outOfScope.add(s.id() + ": " + e.getMessage());
                continue;
            } catch (PyException e) {
                answer = Answers.error(e);
            } catch (Exception | StackOverflowError e) {
                differences.add(new Difference(s, "a Java exception, " + e));
                continue;
            }
            if (s.outOfScope() != null) {
                differences.add(new Difference(s, Answers.describe(answer) + " (the scenario is out of scope, \"" + s.outOfScope()
                        + "\": the reference must throw OutOfScopeError)"));
            } else if (answer != null && answer.equals(s.cpython())) {
                agree++;
            } else {
                differences.add(new Difference(s, Answers.describe(answer)));
            }
        }
        Report report = new Report(exercise, seed, scenarios.size(), agree, outOfScope, differences);
        write(report);
        return report;
    }

    /** Replays every scenario and fails, listing the first differences in Python terms, unless all agree. */
    public Report assertAgreement(Replayer replayer) {
        Report report = replay(replayer);
        System.out.println(report.headline());
        if (!report.differences().isEmpty()) {
            Assertions.fail("the reference differs from CPython 3.11 on " + report.differences().size() + " scenarios\n"
                    + report.describe(LISTED_DIFFERENCES) + "\n(all differences: " + outputDir().resolve(exercise + "-differences.txt") + ")");
        }
        return report;
    }

    private void write(Report report) {
        try {
            Path dir = outputDir();
            Files.createDirectories(dir);
            ObjectNode summary = JSON.createObjectNode();
            summary.put("exercise", exercise);
            summary.put("seed", seed);
            summary.put("total", report.total());
            summary.put("agree", report.agree());
            summary.put("outOfScope", report.outOfScope().size());
            summary.put("differ", report.differences().size());
            Files.writeString(dir.resolve(exercise + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n",
                    StandardCharsets.UTF_8);
            String all = report.differences().stream().map(Difference::describe).collect(Collectors.joining("\n"))
                    + (report.outOfScope().isEmpty() ? "" : "\nout of scope:\n  " + String.join("\n  ", report.outOfScope()));
            Files.writeString(dir.resolve(exercise + "-differences.txt"), report.headline() + "\n" + all + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code target/differential} of the module whose tests run (Surefire sets {@code basedir}). */
    static Path outputDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("target/differential");
    }

    /** The kit's root: the nearest folder above the working directory that has {@code grader/differential}. */
    static Path kitRoot() {
        String configured = System.getProperty("pymem.kit.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "grader/differential"))) {
            return Path.of(configured);
        }
        for (Path p = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("grader/differential"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the kit's grader/differential above " + System.getProperty("user.dir"));
    }
}
