package pymem.grader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pymem.grader.api.ApiChangeNotes;
import pymem.grader.api.PublicApi;
import pymem.grader.compile.CompileBounds;
import pymem.grader.compile.CompileOutcome;
import pymem.grader.compile.CompileServers;
import pymem.grader.compile.CompileStatus;
import pymem.grader.compile.SubmissionCompiler;
import pymem.grader.discovery.EnumerationCache;
import pymem.grader.discovery.GradedTest;
import pymem.grader.discovery.TestDiscovery;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.kit.StubPrints;
import pymem.grader.kit.TestSuite;
import pymem.grader.report.FeedbackScrubber;
import pymem.grader.rules.SubmissionAllowlist;
import pymem.grader.run.ExerciseRuns;
import pymem.grader.run.ForkedTestRun;
import pymem.grader.run.Sandbox;
import pymem.grader.run.TestJvmArchive;
import pymem.grader.run.TimeLimits;
import pymem.grader.score.ConceptRule;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.ExerciseSnapshot;
import pymem.grader.submission.Submission;
import pymem.grader.submission.SubmissionSnapshot;

/**
 * Grades one submission in stages: locate each exercise's sources, compile them, check the classes against
 * the allowlist, run each exercise's hidden tests in a sandboxed JVM of its own, score, and scrub the
 * feedback for the reports. An exercise that is missing, does not compile or breaks a rule scores 0 with the
 * reason and contributes nothing to any test JVM; the others are graded as usual.
 */
public final class Grader implements AutoCloseable {

    private final Kit kit;
    private final TestSuite suite;
    private final Sandbox sandbox;
    private final TestJvmArchive archive;
    private List<GradedTest> enumerated;
    /** The exercises a grade covers, in lesson order: all of them unless {@link #onlyExercises} says otherwise. */
    private List<Exercise> chosen = ExerciseCatalog.all();
    private final Map<Exercise, Set<String>> stubApis = new HashMap<>();
    private final Map<Exercise, List<ConceptRule>> conceptMaps = new HashMap<>();
    /** javac runs in these JVMs, bounded in time and memory, warm across the submissions this grader grades. */
    private final CompileServers compilers = new CompileServers(CompileBounds.DEFAULT);

    /**
     * Where compile errors name their files from: the current directory for a submission graded in place (so
     * that a terminal or editor opens the file, as with javac's own messages), else null: relative to the
     * exercise's source folder (a zip or a batch has no place on the grader's disk worth naming).
     */
    private Path errorsRelativeTo;

    /**
     * The stubs as shipped, by content: an exercise submitted unchanged is graded "not started" without being
     * compiled or run (that every hidden and every visible test fails on its stub is a kit invariant), unless
     * {@link #runningUnchangedStubs()} asks for the real run.
     */
    private StubPrints stubPrints;

    /**
     * How many test JVMs one grade uses at once: one more than the cores, at most three. A test JVM leaves its
     * core idle while it starts and loads classes; a third one fills that time (measured on 2 cores, median of
     * 5: 5.99 s against 6.35 s for two).
     */
    private int testJvms = Integer.getInteger("pymem.testJvms", Math.min(3, Runtime.getRuntime().availableProcessors() + 1));

    public Grader(Kit kit, TestSuite suite) {
        this(kit, suite, Sandbox.detect());
    }

    public Grader(Kit kit, TestSuite suite, Sandbox sandbox) {
        this.kit = kit;
        this.suite = suite;
        List<Path> runner = kit.testRunnerClasspath();
        List<Path> shared = new ArrayList<>(runner);
        shared.add(kit.modelClasses());
        suite.byExercise().values().forEach(shared::add);
        // the layers that can really be used with this kit's files (an unprivileged user must be able to read them)
        this.sandbox = sandbox.forClasspath(shared);
        this.archive = runner.size() == 1 && Files.isRegularFile(runner.get(0)) ? TestJvmArchive.beside(runner.get(0)) : TestJvmArchive.none();
        this.stubPrints = StubPrints.recorded(kit);
    }

    /**
     * Compiles and runs an exercise submitted as its unchanged stub like any other code: to see each test's own
     * failure ({@code ./grade 04}), or to prove the invariant the shortcut rests on (every hidden test fails on
     * its stub).
     */
    public Grader runningUnchangedStubs() {
        this.stubPrints = StubPrints.none();
        return this;
    }

    /**
     * Grades only these exercises (the student's inner loop: {@code ./grade 04}); the others are left out of the
     * result altogether rather than zeroed.
     */
    public Grader onlyExercises(java.util.Collection<Exercise> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no exercise chosen");
        }
        this.chosen = ExerciseCatalog.all().stream().filter(chosen::contains).toList();
        return this;
    }

    /**
     * Compile errors of a submission graded in place name each file relative to {@code dir} (the current
     * directory): {@code exercises/04-refcount/src/main/java/pymem/refcount/RefCounts.java:12: error}, in the
     * console, report.html and results.json alike.
     */
    public Grader namingSourcesFrom(Path dir) {
        this.errorsRelativeTo = dir.toAbsolutePath().normalize();
        return this;
    }

    /** Sets how many test JVMs one grade may run at once (a batch grading several submissions uses one each). */
    public Grader withTestJvms(int jvms) {
        this.testJvms = Math.max(1, jvms);
        return this;
    }

    /** What protects the grader from student code here. */
    public Sandbox sandbox() {
        return sandbox;
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

    /** Grades a submission: locates and snapshots its sources, then grades the snapshot. */
    public GradeResult grade(Submission submission) throws IOException, InterruptedException {
        compilers.warmUp(); // the compile server boots while the snapshot is taken and the tests are enumerated
        Path intake = Files.createTempDirectory("pymem-intake-");
        try {
            return grade(submission.label(), SubmissionSnapshot.take(submission, intake), sourcePrefixes(submission));
        } finally {
            TempFolders.delete(intake);
        }
    }

    /**
     * Grades a snapshot already taken (a batch hashes the snapshot for its cache first, so that what is hashed is
     * exactly what is graded).
     */
    public GradeResult grade(String label, SubmissionSnapshot snapshot) throws IOException, InterruptedException {
        return grade(label, snapshot, Map.of());
    }

    /** Grades a snapshot; {@code sourcePrefixes}: each exercise's source folder as compile errors name it. */
    private GradeResult grade(String label, SubmissionSnapshot snapshot, Map<Exercise, String> sourcePrefixes)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        PhaseTimer timer = new PhaseTimer();
        compilers.warmUp(); // the compile server boots while the tests are enumerated
        Path work = Files.createTempDirectory("pymem-grade-");
        sandbox.letTestJvmRead(work);
        Path classes = work.resolve("classes");
        TimeLimits limits = TimeLimits.load(kit.referenceTimes());
        Map<Exercise, List<GradedTest>> tests = byExercise(enumerate());
        try (ExerciseRuns runs = new ExerciseRuns(testJvms, e -> testRun(e, classes.resolve(e.folder()), limits, work), limits)) {
            timer.lap("enumerate tests");
            // locate: only the snapshot is compiled; an exercise missing or refused there is zeroed with the reason
            Located located = locate(snapshot, tests);
            Map<Exercise, ExerciseResult> stopped = new LinkedHashMap<>(located.zeroed());
            // compile, check, run, one exercise after the other: the first test JVMs start (and load JUnit) while
            // the first exercise compiles; an exercise's tests start as soon as it has passed the checks, while the
            // next one compiles; one that does not pass reaches no test JVM
            SubmissionCompiler compiler = new SubmissionCompiler(compilers, kit.compileClasspath());
            Map<Exercise, List<String>> apiChanges = new LinkedHashMap<>();
            for (Exercise e : runs.warmUp(located.testsOf(tests))) {
                ExerciseResult refused = compileAndCheck(e, compiler, located.sources().get(e), classes.resolve(e.folder()), tests.get(e), apiChanges,
                        sourcePrefixes.getOrDefault(e, ""));
                if (refused == null) {
                    runs.submit(e, tests.get(e));
                } else {
                    stopped.put(e, refused);
                }
            }
            timer.lap("compile and check " + located.sources().size() + " exercises");
            Map<Exercise, List<TestResult>> ran = runs.awaitAll();
            timer.lap("run " + ran.values().stream().mapToInt(List::size).sum() + " tests in " + ran.size() + " test JVMs");
            List<ExerciseResult> scored = score(ran, stopped, apiChanges);
            archive.dumpIfRecorded();
            return report(new GradeResult(label, scored, (System.nanoTime() - start) / 1e9, suite.kind(), sandbox.describe()), located);
        } finally {
            TempFolders.delete(work);
        }
    }

    /**
     * What the snapshot holds of the chosen exercises: each one's sources, or its zeroed result (not submitted,
     * refused) with the reason.
     */
    private record Located(Map<Exercise, Path> sources, Map<Exercise, ExerciseResult> zeroed) {
        /** The tests of the exercises that have sources. */
        Map<Exercise, List<GradedTest>> testsOf(Map<Exercise, List<GradedTest>> tests) {
            Map<Exercise, List<GradedTest>> out = new LinkedHashMap<>(tests);
            out.keySet().retainAll(sources.keySet());
            return out;
        }
    }

    /** Why a not-started exercise scores 0, as each of its tests says it. */
    static final String NOT_STARTED = "its sources are the stub's, unchanged, and every test fails on the stub (nothing was compiled or run)";

    private boolean isUnchangedStub(Exercise e, Path sources) {
        try {
            return stubPrints.isStub(e, sources);
        } catch (IOException ex) {
            return false; // graded like any code
        }
    }

    private Located locate(SubmissionSnapshot snapshot, Map<Exercise, List<GradedTest>> tests) {
        Map<Exercise, Path> sources = new LinkedHashMap<>(snapshot.sources());
        sources.keySet().retainAll(chosen);
        Map<Exercise, ExerciseResult> zeroed = new LinkedHashMap<>();
        for (ExerciseSnapshot taken : snapshot.exercises()) {
            Exercise e = taken.exercise();
            switch (taken.status()) {
                case SOURCES -> {
                    if (chosen.contains(e) && isUnchangedStub(e, taken.sources())) {
                        sources.remove(e);
                        zeroed.put(e, ExerciseResult.zeroed(e, ExerciseStatus.NOT_STARTED, NOT_STARTED, tests.getOrDefault(e, List.of()), concepts(e)));
                    }
                }
                case NOT_SUBMITTED -> zeroed.put(e, ExerciseResult.zeroed(e, ExerciseStatus.NOT_SUBMITTED, taken.reason(), tests.getOrDefault(e, List.of()), concepts(e)));
                case REFUSED -> zeroed.put(e, ExerciseResult.zeroed(e, ExerciseStatus.REFUSED, taken.reason(), tests.getOrDefault(e, List.of()), concepts(e)));
            }
        }
        zeroed.keySet().retainAll(chosen);
        return new Located(sources, zeroed);
    }

    /** Each chosen exercise's result, in lesson order: graded from its tests' results, or as it was stopped. */
    private List<ExerciseResult> score(Map<Exercise, List<TestResult>> ran, Map<Exercise, ExerciseResult> stopped,
            Map<Exercise, List<String>> apiChanges) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (Exercise e : chosen) {
            if (stopped.containsKey(e)) {
                exercises.add(stopped.get(e));
            } else {
                List<String> changes = apiChanges.getOrDefault(e, List.of());
                exercises.add(ExerciseResult.graded(e, ApiChangeNotes.summary(changes), ApiChangeNotes.explain(ran.get(e), changes), concepts(e)));
            }
        }
        return exercises;
    }

    /** The result as the reports may show it: no hidden-test internals, every text clean and bounded. */
    private GradeResult report(GradeResult result, Located located) throws IOException {
        return FeedbackScrubber.forTests(enumerate(), hiddenClassNames(), sourceFileNames(located.sources())).scrub(result);
    }

    /**
     * Compiles one exercise and checks its classes against the allowlist and its public API against the stub's.
     * Returns null when its tests may run, or its zeroed result with the reason.
     */
    private ExerciseResult compileAndCheck(Exercise e, SubmissionCompiler compiler, Path sources, Path out, List<GradedTest> tests,
            Map<Exercise, List<String>> apiChanges, String sourcePrefix) throws IOException, InterruptedException {
        CompileOutcome outcome = compiler.compile(sources, out);
        if (outcome.status() == CompileStatus.BOUND_EXCEEDED) {
            return ExerciseResult.zeroed(e, ExerciseStatus.BOUND_EXCEEDED, outcome.errors(), tests, concepts(e));
        }
        if (!outcome.succeeded()) {
            return ExerciseResult.zeroed(e, ExerciseStatus.COMPILE_ERROR, outcome.errorsNamedFrom(sourcePrefix), tests, concepts(e));
        }
        JavaClasses imported = new ClassFileImporter().importPath(outcome.classes());
        List<String> violations = SubmissionAllowlist.check(e, imported);
        if (!violations.isEmpty()) {
            return ExerciseResult.zeroed(e, ExerciseStatus.RULE_VIOLATION, String.join("\n", violations), tests, concepts(e));
        }
        List<String> changes = PublicApi.diff(stubApi(e), PublicApi.of(imported));
        if (!changes.isEmpty()) {
            apiChanges.put(e, changes);
        }
        return null;
    }

    /**
     * The test run of one exercise: its JVM's class path holds the exercise's own tests, the model, the runner
     * and, last (so it can never shadow any of them), the exercise's own compiled classes, and nothing else.
     */
    private ForkedTestRun testRun(Exercise e, Path compiled, TimeLimits limits, Path work) {
        List<Path> classpath = new ArrayList<>(kit.testRunnerClasspath()); // first: the archive's class path
        classpath.add(suite.testsOf(e));
        classpath.add(kit.modelClasses());
        classpath.add(compiled);
        try {
            // a class path folder that does not exist when the JVM starts is never looked at again
            Files.createDirectories(compiled);
            Path runDirs = Files.createDirectories(work.resolve("runs").resolve(e.folder()));
            return new ForkedTestRun(classpath, limits, sandbox, runDirs, archive);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** Each exercise's source folder relative to {@link #errorsRelativeTo}, with a trailing slash; none when unset. */
    private Map<Exercise, String> sourcePrefixes(Submission submission) {
        if (errorsRelativeTo == null) {
            return Map.of();
        }
        Map<Exercise, String> out = new HashMap<>();
        Path exercises = submission.exercises().toAbsolutePath().normalize();
        for (Exercise e : chosen) {
            Path sources = exercises.resolve(e.folder()).resolve("src/main/java");
            Path shown = sources.getRoot() != null && sources.getRoot().equals(errorsRelativeTo.getRoot())
                    ? errorsRelativeTo.relativize(sources) : sources;
            out.put(e, shown.toString().replace('\\', '/') + "/");
        }
        return out;
    }

    /** The chosen exercises' tests, by exercise in lesson order. */
    private Map<Exercise, List<GradedTest>> byExercise(List<GradedTest> tests) {
        Map<Exercise, List<GradedTest>> out = new LinkedHashMap<>();
        chosen.forEach(e -> out.put(e, new ArrayList<>()));
        tests.stream().filter(t -> out.containsKey(t.exercise())).forEach(t -> out.get(t.exercise()).add(t));
        return out;
    }

    /** The file names of each exercise's own sources: the only files feedback may point into. */
    private static Map<Exercise, Set<String>> sourceFileNames(Map<Exercise, Path> sources) throws IOException {
        Map<Exercise, Set<String>> names = new HashMap<>();
        for (Map.Entry<Exercise, Path> e : sources.entrySet()) {
            try (var walk = Files.walk(e.getValue())) {
                names.put(e.getKey(), walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .collect(java.util.stream.Collectors.toSet()));
            }
        }
        return names;
    }

    private Set<String> hiddenClassNamesCache;

    private synchronized Set<String> hiddenClassNames() throws IOException {
        if (hiddenClassNamesCache == null) {
            hiddenClassNamesCache = suite.hiddenClassNames();
        }
        return hiddenClassNamesCache;
    }

    /** The public API the kit's stub of {@code e} declares (read once per grader). */
    private synchronized Set<String> stubApi(Exercise e) {
        return stubApis.computeIfAbsent(e, x -> PublicApi.of(kit.stubClasses(x)));
    }

    /** The exercise's concept map, read from its lesson once per grader. */
    private synchronized List<ConceptRule> concepts(Exercise e) {
        return conceptMaps.computeIfAbsent(e, kit::concepts);
    }

    /** Ends the compile servers; a grader is closed once it has graded everything it will. */
    @Override
    public void close() {
        compilers.close();
    }

}
