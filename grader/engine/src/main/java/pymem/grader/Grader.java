package pymem.grader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pymem.grader.api.ApiChangeNotes;
import pymem.grader.api.PublicApi;
import pymem.grader.compile.CompileOutcome;
import pymem.grader.compile.ExerciseCompiler;
import pymem.grader.compile.SubmissionCompiler;
import pymem.grader.discovery.EnumerationCache;
import pymem.grader.discovery.GradedTest;
import pymem.grader.discovery.TestDiscovery;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.rules.SubmissionAllowlist;
import pymem.grader.run.ForkedTestRun;
import pymem.grader.run.ParallelTestRuns;
import pymem.grader.run.TimeLimits;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * Grades one submission, following DESIGN.md's flow: enumerate every test, compile each exercise on its own,
 * check it against the allowlist, run the tests of the exercises that passed both in one forked JVM, score.
 * An exercise that is missing, does not compile or breaks a rule scores 0 with the reason; the others are
 * graded as usual.
 */
public final class Grader {

    private final Kit kit;
    private final TestSuite suite;
    private List<GradedTest> enumerated;
    private final Map<Exercise, java.util.Set<String>> stubApis = new java.util.HashMap<>();

    /** How many test JVMs one grade uses at once: one per core, at most two (the tests are short). */
    private int testJvms = Math.min(2, Runtime.getRuntime().availableProcessors());

    public Grader(Kit kit, TestSuite suite) {
        this.kit = kit;
        this.suite = suite;
    }

    /** Sets how many test JVMs one grade may run at once (a batch grading several submissions uses one each). */
    public Grader withTestJvms(int jvms) {
        this.testJvms = Math.max(1, jvms);
        return this;
    }

    /** Every graded test of the suite, known before anything runs (discovered once per grader). */
    public synchronized List<GradedTest> enumerate() {
        if (enumerated == null) {
            List<Path> support = new ArrayList<>();
            support.add(kit.modelClasses());
            support.addAll(kit.allStubClasses());
            List<Path> inputs = new ArrayList<>(suite.roots());
            inputs.addAll(support);
            enumerated = EnumerationCache.forKit(kit.root()).get(inputs, () -> TestDiscovery.discover(suite.roots(), support, suite.defaultPoints()));
        }
        return enumerated;
    }

    public GradeResult grade(Submission submission) throws IOException, InterruptedException {
        long start = System.nanoTime();
        PhaseTimer timer = new PhaseTimer();
        Path work = Files.createTempDirectory("pymem-grade-");
        // the test JVM starts (and loads JUnit) while this JVM compiles: its classpath names the folders the
        // classes will be compiled into, which it only reads once the tests run
        List<Path> classFolders = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            // created now: a class path folder that does not exist when the JVM starts is never looked at again
            classFolders.add(Files.createDirectories(work.resolve("classes").resolve(e.folder())));
        }
        TimeLimits limits = TimeLimits.load(kit.referenceTimes());
        ParallelTestRuns run = new ParallelTestRuns(testJvms, () -> fork(classFolders, limits), limits);
        try {
            List<GradedTest> tests = enumerate();
            timer.lap("enumerate tests");
            Map<Exercise, ExerciseResult> blocked = new LinkedHashMap<>();
            Map<Exercise, List<String>> apiChanges = new LinkedHashMap<>();
            Map<Exercise, Path> sources = new LinkedHashMap<>();
            for (Exercise e : ExerciseCatalog.all()) {
                var found = submission.sources(e);
                if (found.isPresent()) {
                    sources.put(e, found.get());
                } else {
                    blocked.put(e, zeroed(e, ExerciseResult.NOT_SUBMITTED, "no folder " + e.folder() + "/src/main/java in the submission", testsOf(tests, e)));
                }
            }
            Map<Exercise, CompileOutcome> outcomes = new SubmissionCompiler(new ExerciseCompiler(kit.compileClasspath()))
                    .compile(sources, work.resolve("classes"));
            timer.lap("compile " + sources.size() + " exercises");
            for (Map.Entry<Exercise, CompileOutcome> o : outcomes.entrySet()) {
                Exercise e = o.getKey();
                CompileOutcome outcome = o.getValue();
                if (!outcome.succeeded()) {
                    blocked.put(e, zeroed(e, ExerciseResult.COMPILE_ERROR, outcome.errors(), testsOf(tests, e)));
                    continue;
                }
                JavaClasses classes = new ClassFileImporter().importPath(outcome.classes());
                List<String> violations = SubmissionAllowlist.check(e, classes);
                if (!violations.isEmpty()) {
                    blocked.put(e, zeroed(e, ExerciseResult.RULE_VIOLATION, String.join("\n", violations), testsOf(tests, e)));
                    continue;
                }
                List<String> changes = PublicApi.diff(stubApi(e), PublicApi.of(classes));
                if (!changes.isEmpty()) {
                    apiChanges.put(e, changes);
                }
            }
            timer.lap("check rules and APIs");
            List<GradedTest> runnable = tests.stream().filter(t -> !blocked.containsKey(t.exercise())).toList();
            List<TestResult> ran = runnable.isEmpty() ? List.of() : run.run(runnable);
            timer.lap("run " + runnable.size() + " tests in the test JVM");
            List<ExerciseResult> exercises = new ArrayList<>();
            for (Exercise e : ExerciseCatalog.all()) {
                if (blocked.containsKey(e)) {
                    exercises.add(blocked.get(e));
                } else {
                    List<TestResult> own = withoutForeignLocations(ran.stream().filter(r -> r.test().exercise().equals(e)).toList(),
                            sourceFileNames(sources.get(e)));
                    List<String> changes = apiChanges.getOrDefault(e, List.of());
                    exercises.add(new ExerciseResult(e, ExerciseResult.GRADED, ApiChangeNotes.summary(changes), ApiChangeNotes.explain(own, changes)));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new GradeResult(submission.label(), exercises, seconds, suite.kind());
        } finally {
            run.close();
            deleteQuietly(work);
        }
    }

    private static final java.util.regex.Pattern LOCATION = java.util.regex.Pattern.compile(" \\(at ([\\w$]+\\.java):\\d+\\)");

    /**
     * Feedback may point at the line of the submission where an exception came from; a location in a file
     * that is not the submission's own (a hidden fixture) is dropped, since it would tell about the tests.
     */
    private static List<TestResult> withoutForeignLocations(List<TestResult> results, java.util.Set<String> ownFiles) {
        List<TestResult> out = new ArrayList<>();
        for (TestResult r : results) {
            java.util.regex.Matcher m = LOCATION.matcher(r.feedback());
            out.add(m.find() && !ownFiles.contains(m.group(1)) ? r.withFeedback(m.replaceAll("")) : r);
        }
        return out;
    }

    private static java.util.Set<String> sourceFileNames(Path sources) throws IOException {
        try (var walk = Files.walk(sources)) {
            return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The public API the kit's stub of {@code e} declares (read once per grader). */
    private synchronized java.util.Set<String> stubApi(Exercise e) {
        return stubApis.computeIfAbsent(e, x -> PublicApi.of(kit.stubClasses(x)));
    }

    private ForkedTestRun fork(List<Path> compiledExercises, TimeLimits limits) {
        List<Path> classpath = new ArrayList<>(suite.roots());
        classpath.add(kit.modelClasses());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                classpath.add(Path.of(entry));
            }
        }
        // the submission comes last: it can never shadow a test, the model or the runner
        classpath.addAll(compiledExercises);
        return new ForkedTestRun(classpath, limits);
    }

    private static List<GradedTest> testsOf(List<GradedTest> tests, Exercise e) {
        return tests.stream().filter(t -> t.exercise().equals(e)).toList();
    }

    private static ExerciseResult zeroed(Exercise e, String status, String detail, List<GradedTest> tests) {
        String why = switch (status) {
            case ExerciseResult.COMPILE_ERROR -> "the exercise does not compile: " + detail;
            case ExerciseResult.RULE_VIOLATION -> "the exercise was not run because it breaks the kit's rules: " + detail;
            default -> "not submitted: " + detail;
        };
        return new ExerciseResult(e, status, detail, tests.stream().map(t -> TestResult.failed(t, why)).toList());
    }

    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing a grade for
        }
    }
}
