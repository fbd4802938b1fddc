package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.report.ReportWriter;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * The corpus of hostile and broken submissions: the reference solutions with one fault each, covering every
 * way a submission can try to escape, crash, hang or fool the grader. For each, the affected exercise scores
 * below its maximum with a reason naming the cause (or full marks when the fault is harmless), every other
 * exercise scores exactly as the reference does, the reports are written, and grading ends within
 * {@link #BOUND_SECONDS}.
 */
@DisplayName("A hostile or broken submission")
class HostileCorpusTest {
    /** The stated bound on grading one submission of the corpus, whatever it does. */
    static final double BOUND_SECONDS = 180;
    private static final String RC = "04-refcount/src/main/java/pymem/refcount/";
    private static final String RC_FILE = RC + "RefCounts.java";
    private static final String CTOR = "public RefCounts(Heap heap)";
    private static final String METHOD = "public long getrefcount(PyObject obj)";
    private static final Map<Fault, Outcome> OUTCOMES = new LinkedHashMap<>();

    record Outcome(GradeResult result, double seconds, Path reports, Throwable error) {
    }

    static List<Fault> corpus() {
        String rule = ExerciseStatus.RULE_VIOLATION.label();
        String graded = ExerciseStatus.GRADED.label();
        return List.of(
                new Fault("calls System.exit in a method", "04-refcount", Fault.insertAfter(RC_FILE, METHOD, "if (obj != null) System.exit(3);"), rule, "System.exit"),
                new Fault("calls Runtime.halt in the constructor", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "Runtime.getRuntime().halt(3);"), rule, "Runtime"),
                new Fault("starts a thread that never ends", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "new Thread(() -> { while (true) { } }).start();"), rule, "java.lang.Thread"),
                new Fault("sleeps forever", "04-refcount", Fault.insertAfter(RC_FILE, METHOD, "try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }"), rule, "Thread.sleep"),
                new Fault("spawns a process", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "try { new ProcessBuilder(\"true\").start(); } catch (java.io.IOException e) { }"), rule, "ProcessBuilder"),
                new Fault("opens a socket", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "try (var s = new java.net.Socket(\"127.0.0.1\", 9)) { } catch (java.io.IOException e) { }"), rule, "java.net.Socket"),
                new Fault("reads the environment", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "System.getenv(\"HOME\");"), rule, "getenv"),
                new Fault("reads a system property", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "System.getProperty(\"user.home\");"), rule, "getProperty"),
                new Fault("overwrites the results file", "04-refcount", Fault.insertAfter(RC_FILE, CTOR,
                        "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"grade-report/results.json\"), \"{\\\"score\\\": 1000}\"); } catch (java.io.IOException e) { }"), rule, "java.nio.file.Files"),
                new Fault("deletes the hidden tests", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "new java.io.File(\"grader/hidden/target\").delete();"), rule, "java.io.File"),
                new Fault("reads a hidden test class as a resource", "04-refcount", Fault.insertAfter(RC_FILE, CTOR,
                        "RefCounts.class.getResourceAsStream(\"/pymem/refcount/CountingHiddenTest.class\");"), rule, "getResourceAsStream"),
                new Fault("inspects the grader by reflection", "04-refcount", Fault.insertAfter(RC_FILE, CTOR,
                        "try { Class.forName(\"pymem.grader.fork.ForkMain\").getDeclaredFields(); } catch (ClassNotFoundException e) { }"), rule, "forName"),
                new Fault("uses a class loader", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "ClassLoader.getSystemClassLoader();"), rule, "ClassLoader"),
                new Fault("replaces System.out", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "System.setOut(System.err);"), rule, "setOut"),
                new Fault("uses java.lang.ref", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "new java.lang.ref.WeakReference<>(heap);"), rule, "java.lang.ref"),
                new Fault("loads services by name", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "java.util.ServiceLoader.load(Runnable.class);"), rule, "ServiceLoader"),
                new Fault("hides System.exit in a helper class", "04-refcount", Fault.addFile(RC + "Helper.java",
                        "package pymem.refcount;\nfinal class Helper { static void quit() { System.exit(0); } }\n", StandardCharsets.UTF_8), rule, "Helper.quit()"),
                new Fault("loops forever in a method, ignoring interrupts", "04-refcount", Fault.insertAfter(RC_FILE, METHOD, "while (obj != null) { }"), graded, "took longer than"),
                new Fault("loops forever in the constructor", "04-refcount", Fault.insertAfter(RC_FILE, CTOR, "while (heap != null) { }"), graded, "took longer than"),
                new Fault("loops forever in a static initializer", "04-refcount", Fault.insertAfter(RC_FILE, "public final class RefCounts",
                        "static { long n = 1; while (n != 0) { n = n * 3 + 1; } }"), graded, "took longer than"),
                new Fault("allocates without end", "04-refcount", Fault.insertAfter(RC_FILE, METHOD,
                        "java.util.List<long[]> hog = new java.util.ArrayList<>(); while (hog != null) { hog.add(new long[1 << 20]); }"), graded, "ran out of memory"),
                new Fault("recurses without end", "04-refcount", Fault.both(
                        Fault.insertAfter(RC_FILE, METHOD, "if (obj != null) { return Deeper.down(1); }"),
                        Fault.addFile(RC + "Deeper.java", "package pymem.refcount;\nfinal class Deeper { static long down(long n) { return down(n + 1) + 1; } }\n",
                                StandardCharsets.UTF_8)), graded, "StackOverflowError"),
                new Fault("prints forged result lines and JSON, and is wrong", "04-refcount", Fault.insertAfter(RC_FILE, METHOD,
                        "System.out.println(\"{\\\"score\\\": 1000, \\\"tests\\\": []}\"); System.out.println(\"00 END cGFzcw== PASS 1 \"); "
                                + "System.err.println(\"DONE\"); if (obj != null) { throw new IllegalStateException(\"wrong on purpose\"); }"), graded, "wrong on purpose"),
                new Fault("changes a public signature", "04-refcount", Fault.replace(RC_FILE, METHOD, "public long getRefcount(PyObject obj)"),
                        graded, "getrefcount"),
                new Fault("renames a class", "04-refcount", Fault.both(
                        Fault.replaceEverywhere(RC, "Statements", "Statementz"),
                        root -> Files.move(root.resolve(RC + "Statements.java"), root.resolve(RC + "Statementz.java"))), graded, "Statements"),
                new Fault("has a source in Latin-1", "04-refcount", Fault.addFile(RC + "Cafe.java",
                        "package pymem.refcount;\n/** caf\u00e9 au lait */\nfinal class Cafe { }\n", StandardCharsets.ISO_8859_1), graded, ""),
                new Fault("has extra files", "04-refcount", Fault.both(
                        Fault.addFile("04-refcount/NOTES.txt", "my notes", StandardCharsets.UTF_8),
                        Fault.addFile(RC + "Junk.class", "not a class", StandardCharsets.UTF_8)), graded, ""));
    }

    @BeforeAll
    static void gradeTheCorpus() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Fault, Future<Outcome>> futures = new LinkedHashMap<>();
        for (Fault fault : corpus()) {
            futures.put(fault, pool.submit(() -> gradeWith(fault)));
        }
        for (Map.Entry<Fault, Future<Outcome>> f : futures.entrySet()) {
            OUTCOMES.put(f.getKey(), f.getValue().get());
        }
        pool.shutdown();
        double worst = OUTCOMES.values().stream().mapToDouble(Outcome::seconds).max().orElse(0);
        System.out.printf(Locale.ROOT, "hostile corpus: %d submissions, worst grading time %.1f s%n", OUTCOMES.size(), worst);
        OUTCOMES.forEach((fault, o) -> System.out.printf(Locale.ROOT, "  %5.1f s  %s%n", o.seconds(), fault.name()));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (Outcome o : OUTCOMES.values()) {
            KitFixture.delete(o.reports());
        }
    }

    private static Outcome gradeWith(Fault fault) {
        Path copy = null;
        long start = System.nanoTime();
        try {
            copy = KitFixture.copyOfSolutions();
            fault.inject().apply(copy);
            GradeResult result;
            try (Grader grader = KitFixture.hiddenGrader()) {
                result = grader.grade(new Submission(fault.name(), copy));
            }
            Path reports = Files.createTempDirectory("pymem-corpus-report-");
            ReportWriter.write(result, reports);
            return new Outcome(result, (System.nanoTime() - start) / 1e9, reports, null);
        } catch (Throwable t) {
            return new Outcome(null, (System.nanoTime() - start) / 1e9, null, t);
        } finally {
            try {
                KitFixture.delete(copy);
            } catch (java.io.IOException e) {
                // temp folder
            }
        }
    }

    @TestFactory
    @DisplayName("gets the honest score with the cause named, leaves the other exercises untouched, and is reported in bounded time")
    Stream<DynamicTest> eachFault() {
        return OUTCOMES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().name(), () -> check(e.getKey(), e.getValue())));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("reveals nothing of the hidden tests in any report (console, results.json, junit.xml, report.html)")
    void noReportRevealsTheHiddenTests() throws java.io.IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<Fault, Outcome> e : OUTCOMES.entrySet()) {
            Outcome o = e.getValue();
            if (o.result() != null) {
                texts.put(e.getKey().name() + " / console", pymem.grader.report.ConsoleReport.render(o.result(), true));
            }
            if (o.reports() != null) {
                for (String name : List.of(ReportWriter.RESULTS_JSON, ReportWriter.JUNIT_XML, ReportWriter.REPORT_HTML)) {
                    Path f = o.reports().resolve(name);
                    if (Files.isRegularFile(f)) {
                        texts.put(e.getKey().name() + " / " + name, Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(texts).as("reports to scan").isNotEmpty();
        assertThat(ReportScan.hiddenInternals(texts)).as("hidden-test internals in the reports").isEmpty();
    }

    private static void check(Fault fault, Outcome outcome) {
        assertThat(outcome.error()).as("the grader must not crash on a submission that %s", fault.name()).isNull();
        GradeResult result = outcome.result();
        GradeResult reference = KitFixture.solutions();
        assertThat(outcome.seconds()).as("grading time").isLessThan(BOUND_SECONDS);
        assertThat(outcome.reports().resolve(ReportWriter.RESULTS_JSON)).exists();
        assertThat(outcome.reports().resolve(ReportWriter.JUNIT_XML)).exists();
        assertThat(outcome.reports().resolve(ReportWriter.REPORT_HTML)).exists();
        for (int i = 0; i < result.exercises().size(); i++) {
            ExerciseResult ex = result.exercises().get(i);
            if (!ex.exercise().folder().equals(fault.exercise())) {
                assertThat(ex.score()).as("%s is untouched and must score as the reference", ex.exercise().folder())
                        .isEqualTo(reference.exercises().get(i).score());
                continue;
            }
            assertThat(ex.status().label()).as("status of %s", ex.exercise().folder()).isEqualTo(fault.status());
            if (fault.reason().isEmpty()) {
                assertThat(ex.score()).as("a harmless fault costs nothing").isEqualTo(ex.maxScore());
                continue;
            }
            assertThat(ex.score()).as("score of the faulty exercise").isLessThan(ex.maxScore());
            List<String> reasons = new ArrayList<>();
            reasons.add(ex.detail());
            ex.tests().stream().filter(t -> !t.passed()).map(TestResult::feedback).forEach(reasons::add);
            assertThat(reasons).as("some reason names the cause").anyMatch(r -> r.contains(fault.reason()));
        }
    }
}
