package pymem.grader;

import pymem.grader.files.TempFolders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import pymem.grader.batch.BatchGrader;
import pymem.grader.files.ContentHash;
import pymem.grader.batch.Gradebook;
import pymem.grader.batch.Progress;
import pymem.grader.batch.SubmissionSet;
import pymem.grader.gradescope.GradescopeBundle;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.TestSuite;
import pymem.grader.report.ConsoleReport;
import pymem.grader.report.ReportWriter;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * The isolation corpus: submissions written as a hostile student would, each trying to break the walls
 * between an exercise and the others, the grader, the kit, the reports and the other students. Unlike
 * {@link HostileCorpusTest} (one fault, one expected reason) every attack here is judged by the same
 * isolation properties, written once in {@link #check}:
 *
 * <ul>
 *   <li>the attacked exercise scores no more than the same exercise without the attack (the reference, the
 *       stub, or 0 when the exercise cannot compile on its own); an attack that breaks its own exercise
 *       scores strictly less, and a named test that it breaks is reported failed;</li>
 *   <li>every other exercise scores exactly as the reference does (exercises the attack carries code in may
 *       score less, never more);</li>
 *   <li>results.json parses as JSON and junit.xml as XML; no report text holds a raw control character;</li>
 *   <li>nothing is written outside the report folder: a canary folder made for each attack (embedded in its
 *       code by absolute path) keeps its listing (names, sizes, modification times), and so does the kit;</li>
 *   <li>grading ends within {@link #BOUND_SECONDS}.</li>
 * </ul>
 *
 * The scan for hidden-test internals in every report is a separate test ({@link #noReportRevealsTheHiddenTests}).
 *
 * <p>Many attacks are expected to fail against a grader that shares one class path and one JVM among the
 * exercises, compiles in-process, and runs the test JVM without an OS sandbox: that is their purpose.
 * Attacks that can exhaust the grader's own heap or block its thread are graded alone, and abandoned (the
 * grader's thread stopped) after {@link #ABANDON_SECONDS}, so the suite itself ends.
 */
@DisplayName("A submission attacking the grader's isolation")
class IsolationCorpusTest {
    /** The stated bound on grading one submission, whatever it does, on 2 cores. */
    static final double BOUND_SECONDS = 60;
    /** A grading still running after this is reported unbounded and abandoned. */
    static final double ABANDON_SECONDS = 70;

    private static final String RC_ROOT = "04-refcount/src/main/java/";
    private static final String RC = RC_ROOT + "pymem/refcount/";
    private static final String RC_FILE = RC + "RefCounts.java";
    private static final String RC_CLASS = "public final class RefCounts";
    private static final String RC_CTOR = "public RefCounts(Heap heap)";
    private static final String RC_METHOD = "public long getrefcount(PyObject obj)";
    private static final String OS_FILE = "01-objects/src/main/java/pymem/identity/ObjectSpace.java";
    private static final String OS_CLASS = "public final class ObjectSpace";
    private static final String OS_CTOR = "public ObjectSpace(Heap heap)";
    private static final String GC_SOURCES = "05-gc/src/main/java";
    private static final String PM_FILE = "09-pymalloc/src/main/java/pymem/pymalloc/PyMalloc.java";
    private static final String FI_FILE = "06-weakref/src/main/java/pymem/weakref/FinalizeInfo.java";
    private static final Path KIT = KitFixture.KIT.root();
    private static final Path GC_REFERENCE = KitFixture.KIT.solutionsDir().resolve("05-gc/src/main/java/pymem/gc");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Outcome> OUTCOMES = Collections.synchronizedList(new ArrayList<>());
    /** Kit files before any attack ran (relative path -> "size mtime"). */
    private static Map<String, String> kitBefore;
    /** Every change to the kit seen after an attack: relative path -> the time it happened (its mtime). */
    private static final Map<String, Long> KIT_CHANGES = new TreeMap<>();
    private static byte[] referenceTimes;
    private static FileTime referenceTimesMtime;
    private static Path bundleZip;

    /** What the attacked exercise would score without the attack. */
    enum Baseline { REFERENCE, STUB, ZERO }

    /** How the attack is graded: one submission, a batch of two, or a simulated Gradescope run. */
    enum Mode { SINGLE, BATCH, GRADESCOPE }

    /** Where an attack may aim: its canary folder, the batch output or Gradescope root, its id. */
    static final class Ctx {
        final Path canary;
        final Path root;
        final String id;
        volatile Path submission;

        Ctx(Path canary, Path root, String id) {
            this.canary = canary;
            this.root = root;
            this.id = id;
        }

        /** Fills the placeholders an attack's code uses for the paths it aims at. */
        String fill(String code) {
            return code.replace("@CANARY@", canary.toString()).replace("@ROOT@", root == null ? "/nonexistent" : root.toString()).replace("@ID@", id);
        }
    }

    @FunctionalInterface
    interface Hostile {
        void apply(Path submission, Ctx ctx) throws IOException;
    }

    /**
     * One attack.
     *
     * @param target       the exercise it attacks (whose score must not rise)
     * @param carriers     other exercises it hides code in (they may score less, never more)
     * @param breaksTarget the attack makes its own exercise wrong, so an honest grade is below the baseline
     * @param mustFail     a uniqueId fragment of a test the attack breaks, which must be reported failed
     * @param solo         graded alone: it can exhaust the grader's heap or block its thread today
     * @param release      run when the grading is abandoned, to unblock what the attack jammed
     */
    record Attack(String name, String target, Baseline baseline, Set<String> carriers, Hostile inject, Mode mode,
            boolean breaksTarget, String mustFail, boolean solo, Hostile release) {

        static Attack on(String target, String name, Hostile inject) {
            return new Attack(name, target, Baseline.REFERENCE, Set.of(), inject, Mode.SINGLE, false, null, false, null);
        }

        Attack against(Baseline b) {
            return new Attack(name, target, b, carriers, inject, mode, breaksTarget, mustFail, solo, release);
        }

        Attack carriedBy(String... folders) {
            return new Attack(name, target, baseline, Set.of(folders), inject, mode, breaksTarget, mustFail, solo, release);
        }

        Attack breaking(String test) {
            return new Attack(name, target, baseline, carriers, inject, mode, true, test, solo, release);
        }

        Attack alone(Hostile onAbandon) {
            return new Attack(name, target, baseline, carriers, inject, mode, breaksTarget, mustFail, true, onAbandon);
        }

        Attack in(Mode m) {
            return new Attack(name, target, baseline, carriers, inject, m, breaksTarget, mustFail, solo, release);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What grading one attack produced. Written by the grading thread, read once it has ended or been abandoned. */
    static final class Outcome {
        final Attack attack;
        volatile double seconds;
        volatile boolean finished = true;
        volatile Throwable error;
        volatile GradeResult result;
        long startMillis;
        long endMillis;
        final Map<String, Integer> scores = new LinkedHashMap<>();
        final Map<String, String> statuses = new LinkedHashMap<>();
        /** Report texts by name (console, results.json, junit.xml, report.html, per student in a batch). */
        final Map<String, String> reports = Collections.synchronizedMap(new LinkedHashMap<>());
        final List<String> breaches = Collections.synchronizedList(new ArrayList<>());
        String canaryBefore;
        String canaryAfter;
        final List<String> kitChanges = new ArrayList<>();

        Outcome(Attack attack) {
            this.attack = attack;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The attacks
    // ------------------------------------------------------------------------------------------------------

    static List<Attack> corpus() {
        List<Attack> all = new ArrayList<>();

        // --- one exercise's folder feeding another exercise's package -----------------------------------------
        // 05 is the stub (scores as the stub does); 04 carries the whole reference pymem.gc. The test JVM's class
        // path lists 04's class folder before 05's, so if 04's classes are there at all, 05's tests run them.
        all.add(Attack.on("05-gc", "04 carries a working pymem.gc and breaks a rule, to shadow a stubbed 05",
                plain(Fault.both(Fault.replaceTree(GC_SOURCES, KitFixture.KIT.stubSources(gc())), Fault.copyTree(GC_REFERENCE, RC_ROOT + "pymem/gc"))))
                .against(Baseline.STUB).carriedBy("04-refcount"));
        // the same from an exercise that does not compile: javac writes the classes it finished (pymem/gc sorts
        // before pymem/refcount) before it reaches the error
        all.add(Attack.on("05-gc", "04 carries a working pymem.gc and does not compile, to shadow a stubbed 05",
                plain(Fault.all(Fault.replaceTree(GC_SOURCES, KitFixture.KIT.stubSources(gc())), Fault.copyTree(GC_REFERENCE, RC_ROOT + "pymem/gc"),
                        Fault.addFile(RC + "Zz.java", "package pymem.refcount;\nfinal class Zz {\n    int broken() { return \"not an int\"; }\n}\n",
                                StandardCharsets.UTF_8))))
                .against(Baseline.STUB).carriedBy("04-refcount"));
        // a 05 that cannot compile alone (a class missing) gets it from 04, whose file declares package pymem.gc
        // behind a comment that fools a line-based package check into compiling everything together
        all.add(Attack.on("05-gc", "05 misses a class that 04 supplies under a package declaration hidden behind a comment",
                (s, c) -> {
                    String reachability = Files.readString(GC_REFERENCE.resolve("Reachability.java"), StandardCharsets.UTF_8);
                    Fault.delete(GC_SOURCES + "/pymem/gc/Reachability.java").apply(s);
                    Fault.addFile(RC + "Reachability.java", "/*\npackage pymem.refcount;\n*/\n" + reachability, StandardCharsets.UTF_8).apply(s);
                })
                .against(Baseline.ZERO).carriedBy("04-refcount"));
        // code no rule ever checks: 04 breaks a rule (so it is "not run"), yet its pymem.gc classes run in 05's tests
        all.add(Attack.on("05-gc", "04 shadows 05's GarbageCollector with one that uses java.nio.file (never rule-checked)",
                (s, c) -> {
                    Fault.copyTree(GC_REFERENCE, RC_ROOT + "pymem/gc").apply(s);
                    Fault.insertAfter(RC_ROOT + "pymem/gc/GarbageCollector.java", "public final class GarbageCollector", c.fill(
                            "static { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"@CANARY@/written-by-a-shadow.txt\"), \"the allowlist never saw me\"); }"
                                    + " catch (Exception e) { } }")).apply(s);
                })
                .carriedBy("04-refcount"));
        all.add(Attack.on("04-refcount", "04 ships its own pymem.model.PyNone whose static initializer throws",
                (s, c) -> {
                    Fault.copyTree(KitFixture.KIT.exercisesDir().resolve("model/src/main/java/pymem/model"), RC_ROOT + "pymem/model").apply(s);
                    try (Stream<Path> model = Files.list(s.resolve(RC_ROOT + "pymem/model"))) {
                        for (Path p : model.filter(p -> !p.getFileName().toString().equals("PyNone.java")).toList()) {
                            TempFolders.delete(p);
                        }
                    }
                    Fault.insertAfter(RC_ROOT + "pymem/model/PyNone.java", "public final class PyNone",
                            "static { if (Boolean.TRUE) { throw new IllegalStateException(\"a submission's pymem.model.PyNone was loaded\"); } }").apply(s);
                }));
        all.add(Attack.on("04-refcount", "04 ships its own AssertJ, JUnit and opentest4j classes that throw when loaded",
                plain(Fault.all(
                        Fault.addFile(RC_ROOT + "org/assertj/core/api/Assertions.java", shadow("org.assertj.core.api", "Assertions", ""), StandardCharsets.UTF_8),
                        Fault.addFile(RC_ROOT + "org/junit/jupiter/api/Assertions.java", shadow("org.junit.jupiter.api", "Assertions", ""), StandardCharsets.UTF_8),
                        Fault.addFile(RC_ROOT + "org/opentest4j/AssertionFailedError.java",
                                shadow("org.opentest4j", "AssertionFailedError", "extends AssertionError"), StandardCharsets.UTF_8)))));

        // --- the grader's own unbounded work (in-process javac and regex today) ---------------------------------
        all.add(Attack.on("04-refcount", "javac inference blow-up: 13 nested conditionals in generic calls (plain javac: depth 12 > 60 s and > 3 GB, x3 a level)",
                plain(Fault.addFile(RC + "Blow.java", inferenceBlowUp(13), StandardCharsets.UTF_8))).alone(null));
        all.add(Attack.on("04-refcount", "javac constant-folding bomb: a 32-line class whose last constant is 16 G characters",
                plain(Fault.addFile(RC + "Fold.java", foldingBomb(30), StandardCharsets.UTF_8))).alone(null));
        all.add(Attack.on("04-refcount", "a 20 MB source: one array initializer of ten million elements",
                plain(Fault.bigFile(RC + "Big.java", "package pymem.refcount;\nfinal class Big {\n    static final int[] X = {", "0,", 10_000_000,
                        "0};\n}\n"))).alone(null));
        all.add(Attack.on("04-refcount", "two million blank lines, then a package declaration a line-based regex cannot match",
                plain(Fault.bigFile(RC + "Blank.java", "", "\n", 2_000_000, "package/**/pymem.refcount;\nfinal class Blank { }\n"))).alone(null));
        all.add(Attack.on("04-refcount", "a symbolic link to /dev/zero named Zero.java",
                plain(Fault.symlink(RC + "Zero.java", Path.of("/dev/zero")))).alone(null));
        all.add(Attack.on("04-refcount", "a FIFO named Pipe.java",
                plain(Fault.fifo(RC + "Pipe.java"))).alone((s, c) -> unjam(s.resolve(RC + "Pipe.java"))));

        // --- JVM management: heap dumps and MBeans, compiled against the model only ----------------------------
        all.add(Attack.on("04-refcount", "dumps the heap into the canary through HotSpotDiagnosticMXBean",
                code(RC_FILE, RC_CTOR, "try { java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)"
                        + ".dumpHeap(\"@CANARY@/heap-@ID@.hprof\", true); } catch (Exception e) { }")));
        all.add(Attack.on("04-refcount", "reaches the MBean server through method references only, to dump the heap",
                (s, c) -> {
                    Fault.addFile(RC + "Probe.java", c.fill(MBEAN_PROBE), StandardCharsets.UTF_8).apply(s);
                    code(RC_FILE, RC_CTOR, "Probe.dump(\"@CANARY@/mbean-@ID@.hprof\");").apply(s, c);
                }));

        // --- files written through allowed APIs ---------------------------------------------------------------
        all.add(Attack.on("04-refcount", "writes the canary through java.util.Formatter(String fileName)",
                code(RC_FILE, RC_CTOR, "try (java.util.Formatter f = new java.util.Formatter(\"@CANARY@/formatter-@ID@.txt\")) { f.format(\"java.util can write files\"); }"
                        + " catch (Exception e) { }")));
        all.add(Attack.on("04-refcount", "writes the canary through a PrintStream constructor",
                code(RC_FILE, RC_CTOR, "try (java.io.PrintStream p = new java.io.PrintStream(\"@CANARY@/printstream-@ID@.txt\")) { p.print(\"pwned\"); }"
                        + " catch (Exception e) { }")));
        all.add(Attack.on("04-refcount", "plants a binary class file into the kit's hidden tests and forges grade-report/results.json, by relative paths",
                (s, c) -> {
                    Fault.addFile(RC + "Seed.java", "package pymem.refcount;\nfinal class Seed {\n    static final String BYTES = \"" + javaLiteral(
                            Files.readAllBytes(KitFixture.KIT.modelClasses().resolve("pymem/model/PyNone.class"))) + "\";\n}\n", StandardCharsets.UTF_8).apply(s);
                    code(RC_FILE, RC_CTOR, "for (String p : new String[] {\"../../grader/hidden/target/classes/pymem/refcount/Planted@ID@.class\","
                            + " \"../../grader/hidden/target/classes/Planted@ID@.class\"}) {"
                            + " try (java.util.Formatter f = new java.util.Formatter(p, \"ISO-8859-1\")) { f.format(\"%s\", Seed.BYTES); } catch (Exception e) { } }"
                            + " for (String p : new String[] {\"grade-report/results.json\", \"../../grade-report/results.json\", \"target/results-@ID@.json\"}) {"
                            + " try (java.util.Formatter f = new java.util.Formatter(p)) { f.format(\"{\\\"score\\\": 1000}\"); } catch (Exception e) { } }").apply(s, c);
                }));
        all.add(Attack.on("04-refcount", "truncates the kit's reference-times file (every later grade loses its calibrated limits)",
                code(RC_FILE, RC_CTOR, "try (java.util.Formatter f = new java.util.Formatter(\"../../grader/hidden/reference-times.tsv\")) {"
                        + " f.format(\"# forged by a submission%n\"); } catch (Exception e) { }")));

        // --- exceptions the runner must describe ----------------------------------------------------------------
        all.add(Attack.on("09-pymalloc", "fails one invocation of a @ParameterizedTest with an exception whose getMessage and toString throw",
                (s, c) -> {
                    Fault.insertAfter(PM_FILE, "public class PyMalloc", SILENT_FIELDS).apply(s);
                    Fault.insertAfter(PM_FILE, "public long allocate(long nbytes)", "if (nbytes == 0) { hostileSawZero = true; }"
                            + " if (++hostileAllocations == 20_000 && hostileSawZero && ++hostileZeroWorkloads == 2) { throw new Silent(); }").apply(s);
                })
                .breaking("invariantsHoldUnderRandomWork"));
        all.add(Attack.on("04-refcount", "throws an exception whose getMessage never returns",
                plain(Fault.both(Fault.addFile(RC + "Looping.java", "package pymem.refcount;\nfinal class Looping extends RuntimeException {\n"
                        + "    @Override public String getMessage() { long n = 1; while (n != 0) { n = n * 3 + 1; } return \"never\"; }\n}\n", StandardCharsets.UTF_8),
                        Fault.insertAfter(RC_FILE, RC_METHOD, "if (obj != null) { throw new Looping(); }"))))
                .breaking(null));
        all.add(Attack.on("04-refcount", "throws an exception whose message is 50 MB of spaces and an x",
                plain(Fault.both(Fault.addFile(RC + "Spaces.java", "package pymem.refcount;\nfinal class Spaces extends RuntimeException {\n"
                        + "    private static final String TEXT = \" \".repeat(50_000_000) + \"x\";\n"
                        + "    @Override public String getMessage() { return TEXT; }\n}\n", StandardCharsets.UTF_8),
                        Fault.insertAfter(RC_FILE, RC_METHOD, "if (obj != null) { throw new Spaces(); }"))))
                .breaking(null));
        all.add(Attack.on("06-weakref", "a wrong FinalizeInfo whose toString never returns, printed by an AssertJ assertion",
                plain(Fault.replace(FI_FILE, "List<PyObject> args) {\n}", "List<PyObject> args) {\n"
                        + "    @Override public boolean equals(Object o) { return false; }\n    @Override public int hashCode() { return 0; }\n"
                        + "    @Override public String toString() { long n = 1; while (n != 0) { n = n * 3 + 1; } return \"never\"; }\n}")))
                .breaking("detachNeverCalls"));
        all.add(Attack.on("06-weakref", "a wrong FinalizeInfo whose toString throws, printed by an AssertJ assertion",
                plain(Fault.replace(FI_FILE, "List<PyObject> args) {\n}", "List<PyObject> args) {\n"
                        + "    @Override public boolean equals(Object o) { return false; }\n    @Override public int hashCode() { return 0; }\n"
                        + "    @Override public String toString() { throw new IllegalStateException(\"toString refuses\"); }\n}")))
                .breaking("detachNeverCalls"));
        all.add(Attack.on("04-refcount", "puts the hidden test's own stack frames into its exception message",
                code(RC_FILE, RC_METHOD, "StringBuilder hostileFrames = new StringBuilder(\"called from\");"
                        + " for (StackTraceElement f : new Throwable().getStackTrace()) { hostileFrames.append(' ').append(f.getClassName()).append('.')"
                        + ".append(f.getMethodName()).append('(').append(f.getFileName()).append(':').append(f.getLineNumber()).append(')'); }"
                        + " if (obj != null) { throw new IllegalStateException(hostileFrames.toString()); }"))
                .breaking(null));
        all.add(Attack.on("04-refcount", "spins 1.8 s in every constructor, just under each test's 2 s limit",
                code(RC_FILE, RC_CTOR, "long hostileT0 = System.nanoTime(); while (System.nanoTime() - hostileT0 < 1_800_000_000L) { }")));

        // --- links, pipes and odd files in the submission -------------------------------------------------------
        all.add(Attack.on("05-gc", "a stubbed 05 whose sources are symbolic links to the kit's reference solution",
                (s, c) -> {
                    Fault.replaceTree(GC_SOURCES, KitFixture.KIT.stubSources(gc())).apply(s);
                    for (Path f : referenceFiles()) {
                        Fault.symlink(GC_SOURCES + "/pymem/gc/" + f.getFileName(), f).apply(s);
                    }
                })
                .against(Baseline.STUB));
        all.add(Attack.on("05-gc", "a stubbed 05 whose sources are hard links to the kit's reference solution",
                (s, c) -> {
                    Fault.replaceTree(GC_SOURCES, KitFixture.KIT.stubSources(gc())).apply(s);
                    for (Path f : referenceFiles()) {
                        Fault.hardLink(GC_SOURCES + "/pymem/gc/" + f.getFileName(), f).apply(s);
                    }
                })
                .against(Baseline.STUB));
        all.add(Attack.on("04-refcount", "a symbolic-link loop named Loop.java and Back.java",
                plain(Fault.both(Fault.symlink(RC + "Loop.java", Path.of("Back.java")), Fault.symlink(RC + "Back.java", Path.of("Loop.java"))))));
        all.add(Attack.on("04-refcount", "a directory named Folder.java",
                plain(Fault.directory(RC + "Folder.java"))));

        // --- terminal escapes and control characters ------------------------------------------------------------
        all.add(Attack.on("04-refcount", "an exception message full of terminal escapes, CR, NUL, BEL, C1 and U+2028",
                code(RC_FILE, RC_METHOD, "if (obj != null) { throw new IllegalStateException("
                        + "\"\\u001b[2J\\u001b[H\\u001b[1;32mALL TESTS PASSED\\u0007\\r\\u0000\\u2028\\u2029\\u009b0m\\u001b]0;pwned\\u0007 done\"); }"))
                .breaking(null));
        all.add(Attack.on("04-refcount", "a file name with ESC, BEL and CR that fails to compile",
                plain(Fault.addFile(RC + "Evil\u001b[2J\u0007\r.java", "package pymem.refcount;\nfinal class Evil {\n    int x() { return \"s\"; }\n}\n",
                        StandardCharsets.UTF_8))));

        // --- saboteurs: shared JVM state that outlives the test that set it --------------------------------------
        all.add(Attack.on("01-objects", "sets the default Locale to German in a static initializer (float reprs become 1,0)",
                code(OS_FILE, OS_CLASS, "static { java.util.Locale.setDefault(java.util.Locale.GERMANY); }")));
        all.add(Attack.on("01-objects", "leaves a common-pool task running after its test, which 4 s later allocates without end",
                plain(Fault.both(Fault.insertAfter(OS_FILE, OS_CLASS, COMMON_POOL_FIELDS), Fault.insertAfter(OS_FILE, OS_CTOR, "hostileLaunch();")))));
        all.add(Attack.on("01-objects", "a finalize() that, after its test, waits 2 s, allocates without end and throws",
                plain(Fault.both(Fault.insertAfter(OS_FILE, OS_CLASS, FINALIZER_FIELDS), Fault.insertAfter(OS_FILE, OS_CTOR, "hostileDrop();")))));
        all.add(Attack.on("01-objects", "hoards 660 MB in a static so that a later exercise's test runs out of memory",
                code(OS_FILE, OS_CLASS, "private static final java.util.List<long[]> HOARD = new java.util.ArrayList<>();"
                        + " static { for (int i = 0; i < 660; i++) { HOARD.add(new long[1 << 17]); } }")));

        // --- the batch cache and a Gradescope run ------------------------------------------------------------------
        all.add(Attack.on("04-refcount", "batch: forges a classmate's results.json, which a re-run then keeps",
                code(RC_FILE, RC_CLASS, "static { String q = String.valueOf((char) 34); String forged = \"{\" + q + \"score\" + q + \": 9999.0, \" + q + \"tests\" + q"
                        + " + \": [{\" + q + \"score\" + q + \": 9999.0, \" + q + \"tags\" + q + \": [\" + q + \"01-objects\" + q + \"]}]}\";"
                        + " for (String p : new String[] {\"@ROOT@/victim/results.json\", \"batch-report/victim/results.json\"}) {"
                        + " try (java.util.Formatter f = new java.util.Formatter(p)) { f.format(\"%s\", forged); } catch (Exception e) { } } }"))
                .in(Mode.BATCH));
        all.add(Attack.on("04-refcount", "Gradescope: rewrites the running run_autograder script and results/results.json",
                code(RC_FILE, RC_CLASS, "static { String q = String.valueOf((char) 34); String json = \"{\" + q + \"score\" + q + \": 1000.0, \" + q + \"tests\" + q + \": []}\";"
                        + " String payload = \"\\n\".repeat(16384) + \"echo '\" + json + \"' > \" + q + \"$RESULTS/results.json\" + q + \"; exit 0\\n\";"
                        + " try (java.util.Formatter f = new java.util.Formatter(\"@ROOT@/source/run_autograder\")) { f.format(\"%s\", payload); } catch (Exception e) { }"
                        + " try (java.util.Formatter f = new java.util.Formatter(\"@ROOT@/results/results.json\")) { f.format(\"%s\", json); } catch (Exception e) { } }"))
                .in(Mode.GRADESCOPE));
        return all;
    }

    private static final String MBEAN_PROBE = """
            package pymem.refcount;

            // Only method references: no call, no field, no class literal of javax.management or java.lang.management.
            final class Probe {
                interface Invoke<S, N> { Object call(S server, N name, String op, Object[] args, String[] sig) throws Exception; }
                interface Make<A, R> { R make(A a) throws Exception; }
                interface Get<R> { R get() throws Exception; }

                static void dump(String path) {
                    try {
                        Get<javax.management.MBeanServer> server = java.lang.management.ManagementFactory::getPlatformMBeanServer;
                        Make<String, javax.management.ObjectName> name = javax.management.ObjectName::new;
                        Invoke<javax.management.MBeanServer, javax.management.ObjectName> invoke = javax.management.MBeanServer::invoke;
                        invoke.call(server.get(), name.make("com.sun.management:type=HotSpotDiagnostic"), "dumpHeap",
                                new Object[] {path, Boolean.TRUE}, new String[] {"java.lang.String", "boolean"});
                    } catch (Exception e) {
                        // nothing to see
                    }
                }
            }
            """;

    private static final String SILENT_FIELDS = """
            static int hostileZeroWorkloads;
            private int hostileAllocations;
            private boolean hostileSawZero;

            /** Fails a test without ever saying why. */
            static final class Silent extends RuntimeException {
                @Override public String getMessage() { throw new IllegalStateException("no message"); }
                @Override public String getLocalizedMessage() { throw new IllegalStateException("no message"); }
                @Override public String toString() { throw new IllegalStateException("no text"); }
            }
            """;

    // The test thread (the caller) finds a match after 100 ms and returns; a common-pool worker that took the
    // other half keeps going: 4 s later, when the JVM runs another exercise's tests, it fills the heap.
    private static final String COMMON_POOL_FIELDS = """
            private static final ThreadLocal<Boolean> HOSTILE_CALLER = new ThreadLocal<>();
            private static boolean hostileLaunched;

            private static void hostileLaunch() {
                if (hostileLaunched) {
                    return;
                }
                hostileLaunched = true;
                HOSTILE_CALLER.set(Boolean.TRUE);
                java.util.stream.IntStream.range(0, 64).parallel().filter(i -> {
                    long t0 = System.nanoTime();
                    if (HOSTILE_CALLER.get() != null) {
                        while (System.nanoTime() - t0 < 100_000_000L) { }
                        return true;
                    }
                    while (System.nanoTime() - t0 < 4_000_000_000L) { }
                    java.util.List<long[]> hog = new java.util.ArrayList<>();
                    while (hog != null) { hog.add(new long[1 << 17]); }
                    return false;
                }).findAny();
                HOSTILE_CALLER.remove();
            }
            """;

    // An unreachable object with a finalizer, then enough garbage for a young collection to find it.
    private static final String FINALIZER_FIELDS = """
            private static boolean hostileDropped;
            private static long[][] hostileRing;

            private static final class Mine {
                @Override
                protected void finalize() {
                    long t0 = System.nanoTime();
                    while (System.nanoTime() - t0 < 2_000_000_000L) { }
                    java.util.List<long[]> hog = new java.util.ArrayList<>();
                    while (hog != null) { hog.add(new long[1 << 17]); }
                    throw new IllegalStateException("from the finalizer");
                }
            }

            private static void hostileMake() {
                new Mine();
            }

            private static void hostileDrop() {
                if (hostileDropped) {
                    return;
                }
                hostileDropped = true;
                hostileMake();
                // garbage that escapes (a ring kept in a static), so that no compiler can elide it
                long[][] ring = new long[4][];
                for (int i = 0; i < 400; i++) {
                    ring[i % 4] = new long[1 << 17];
                }
                hostileRing = ring;
            }
            """;

    private static Exercise gc() {
        return ExerciseCatalog.byFolder("05-gc").orElseThrow();
    }

    private static List<Path> referenceFiles() throws IOException {
        try (Stream<Path> files = Files.list(GC_REFERENCE)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Hostile plain(Fault.Injection injection) {
        return (s, c) -> injection.apply(s);
    }

    /** Inserts {@code code} after the brace following {@code marker}, with the attack's paths filled in. */
    private static Hostile code(String file, String marker, String code) {
        return (s, c) -> Fault.insertAfter(file, marker, c.fill(code)).apply(s);
    }

    private static String shadow(String pkg, String name, String extendsClause) {
        return "package " + pkg + ";\npublic class " + name + " " + extendsClause + " {\n    static { if (Boolean.TRUE) { throw new IllegalStateException(\"a submission's "
                + pkg + "." + name + " was loaded\"); } }\n}\n";
    }

    /** {@code g(b ? g(b ? ... 1 : "s") : "s")}, {@code depth} deep: javac's time grows about 3x per level. */
    static String inferenceBlowUp(int depth) {
        return "package pymem.refcount;\nfinal class Blow {\n    static <T> T g(T t) { return t; }\n    static boolean b;\n    static Object go() { return "
                + "g(b ? ".repeat(depth) + "1" + " : \"s\")".repeat(depth) + "; }\n}\n";
    }

    /** A0 is 16 characters, A(i) = A(i-1) + A(i-1): javac folds them all, A30 being 16 Gi characters. */
    static String foldingBomb(int levels) {
        StringBuilder sb = new StringBuilder("package pymem.refcount;\nfinal class Fold {\n    static final String A0 = \"0123456789abcdef\";\n");
        for (int i = 1; i <= levels; i++) {
            sb.append("    static final String A").append(i).append(" = A").append(i - 1).append(" + A").append(i - 1).append(";\n");
        }
        return sb.append("    static int n() { return A").append(levels).append(".length(); }\n}\n").toString();
    }

    /** The bytes as the body of a Java string literal, one char per byte (to be written back as ISO-8859-1). */
    static String javaLiteral(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xff;
            switch (v) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(v >= 0x20 && v < 0x7f ? String.valueOf((char) v) : String.format("\\u%04x", v));
            }
        }
        return sb.toString();
    }

    /** Opens a FIFO for writing and closes it, so that a reader blocked on it gets end-of-file. */
    private static void unjam(Path fifo) {
        Thread t = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.flush();
            } catch (IOException e) {
                // nobody was reading
            }
        }, "isolation-unjam");
        t.setDaemon(true);
        t.start();
        try {
            t.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Grading the corpus
    // ------------------------------------------------------------------------------------------------------

    @BeforeAll
    static void gradeTheCorpus() throws Exception {
        KitFixture.solutions();
        KitFixture.stubs();
        referenceTimes = Files.readAllBytes(KitFixture.KIT.referenceTimes());
        referenceTimesMtime = Files.getLastModifiedTime(KitFixture.KIT.referenceTimes());
        kitBefore = listing(KIT);
        List<Attack> corpus = corpus();
        List<Attack> paired = corpus.stream().filter(a -> !a.solo()).toList();
        List<Attack> alone = corpus.stream().filter(Attack::solo).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < paired.size(); i++) {
            Attack a = paired.get(i);
            String id = "a" + i;
            futures.add(pool.submit(() -> run(a, id)));
        }
        for (Future<Outcome> f : futures) {
            OUTCOMES.add(f.get());
        }
        pool.shutdown();
        endForkedJvms();
        for (int i = 0; i < alone.size(); i++) {
            OUTCOMES.add(run(alone.get(i), "s" + i));
            endForkedJvms();
        }
        if (bundleZip != null) {
            TempFolders.delete(bundleZip.getParent());
        }
        // kit changes are blamed on every attack whose grading was under way when the file changed
        for (Outcome o : OUTCOMES) {
            synchronized (KIT_CHANGES) {
                KIT_CHANGES.forEach((path, when) -> {
                    if (when >= o.startMillis - 2000 && when <= o.endMillis + 2000) {
                        o.kitChanges.add(path);
                    }
                });
            }
        }
        System.out.printf(Locale.ROOT, "isolation corpus: %d attacks (%d graded two at a time, %d alone); kit changes seen: %s%n",
                OUTCOMES.size(), paired.size(), alone.size(), KIT_CHANGES.keySet());
        System.out.printf(Locale.ROOT, "  %7s  %-10s  %s%n", "time", "ended", "attack");
        for (Outcome o : OUTCOMES) {
            System.out.printf(Locale.ROOT, "  %6.1f s  %-10s  %s  %s%n", o.seconds, o.finished ? (o.error == null ? "graded" : "crashed") : "abandoned",
                    o.attack.name(), o.scores.isEmpty() ? "" : o.scores.values());
        }
    }

    private static Outcome run(Attack attack, String id) {
        Outcome o = new Outcome(attack);
        Path canary = null;
        Path root = null;
        try {
            canary = Files.createTempDirectory("pymem-canary-");
            Files.writeString(canary.resolve("keep.txt"), "a canary: nothing may change here");
            Files.createDirectories(canary.resolve("sub"));
            Files.writeString(canary.resolve("sub/keep.txt"), "nor here");
            root = attack.mode() == Mode.SINGLE ? null : Files.createTempDirectory("pymem-isolation-" + attack.mode().name().toLowerCase(Locale.ROOT) + "-");
            Ctx ctx = new Ctx(canary, root, id);
            o.canaryBefore = listingText(canary);
            o.startMillis = System.currentTimeMillis();
            long t0 = System.nanoTime();
            Thread worker = new Thread(() -> {
                try {
                    switch (attack.mode()) {
                        case SINGLE -> gradeSingle(attack, ctx, o);
                        case BATCH -> gradeBatch(attack, ctx, o);
                        case GRADESCOPE -> gradeOnGradescope(attack, ctx, o);
                        default -> throw new IllegalStateException();
                    }
                } catch (Throwable t) {
                    if (o.finished) {
                        // after an abandon, what the grading thread throws is our Thread.stop, not the grader's doing
                        o.error = t;
                    }
                }
            }, "isolation-" + id);
            worker.setDaemon(true);
            worker.start();
            worker.join((long) (ABANDON_SECONDS * 1000));
            o.seconds = (System.nanoTime() - t0) / 1e9;
            if (worker.isAlive()) {
                o.finished = false;
                if (attack.release() != null && ctx.submission != null) {
                    attack.release().apply(ctx.submission, ctx);
                }
                stop(worker);
            }
            o.endMillis = System.currentTimeMillis();
            o.canaryAfter = listingText(canary);
        } catch (Throwable t) {
            o.error = t;
        } finally {
            observeAndHealKit();
            KitFixture.deleteQuietlyAll(canary, root);
        }
        return o;
    }

    /**
     * Ends the test JVMs this JVM started and nobody watches any more: a grading abandoned by {@link #stop}
     * never reaches the watchdog that would end its test JVM. Called only when no grading is under way.
     */
    private static void endForkedJvms() {
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(pymem.grader.fork.ForkMain.class.getName())).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Stops a grading thread that overran: the grader compiles and pattern-matches in-process, so a runaway
     * javac or regex can only be ended this way (Thread.stop still works on Java 17).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) throws InterruptedException {
        for (int i = 0; i < 40 && worker.isAlive(); i++) {
            try {
                worker.stop();
            } catch (UnsupportedOperationException e) {
                return;
            }
            worker.join(500);
        }
    }

    private static void gradeSingle(Attack attack, Ctx ctx, Outcome o) throws Exception {
        Path copy = KitFixture.copyOfSolutions();
        Path reports = null;
        try {
            ctx.submission = copy;
            attack.inject().apply(copy, ctx);
            GradeResult result = KitFixture.hiddenGrader().grade(new Submission(attack.name(), copy));
            o.result = result;
            for (ExerciseResult e : result.exercises()) {
                o.scores.put(e.exercise().folder(), e.score());
                o.statuses.put(e.exercise().folder(), e.status().label());
            }
            reports = Files.createTempDirectory("pymem-isolation-report-");
            o.reports.put("console", ConsoleReport.render(result, true));
            ReportWriter.write(result, reports);
            readReports(reports, "", o);
        } finally {
            KitFixture.deleteQuietlyAll(copy, reports);
        }
    }

    /**
     * Two submissions graded as a batch, twice (the second run reuses what it can): "victim", the stubs, graded
     * first; "zz-attacker", the reference with the attack. The victim's grade must be the same in both runs.
     */
    private static void gradeBatch(Attack attack, Ctx ctx, Outcome o) throws Exception {
        Path dir = Files.createTempDirectory("pymem-isolation-class-");
        try {
            for (Exercise e : ExerciseCatalog.all()) {
                Fault.copyTree(KitFixture.KIT.stubSources(e), e.folder() + "/src/main/java").apply(dir.resolve("victim"));
            }
            Path attacker = dir.resolve("zz-attacker");
            Classroom.copyTree(KitFixture.KIT.solutionsDir(), attacker);
            try (Stream<Path> targets = Files.walk(attacker)) {
                for (Path t : targets.filter(p -> p.getFileName().toString().equals("target")).sorted(java.util.Comparator.reverseOrder()).toList()) {
                    TempFolders.delete(t);
                }
            }
            ctx.submission = attacker;
            attack.inject().apply(attacker, ctx);
            TestSuite suite = TestSuite.of(KitFixture.KIT);
            String fingerprint = ContentHash.ofTests(suite.roots());
            List<SubmissionSet.Entry> entries = SubmissionSet.under(dir, SubmissionSet.Shard.ALL);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            List<Gradebook.Row> first;
            List<Gradebook.Row> second;
            try (Grader grader = new Grader(KitFixture.KIT, suite).withTestJvms(1)) {
                first = new BatchGrader(grader, fingerprint, ctx.root, 1, false)
                        .grade(entries, new Progress(quiet, entries.size(), false)).stream().map(BatchGrader.Graded::row).toList();
            }
            try (Grader grader = new Grader(KitFixture.KIT, suite).withTestJvms(1)) {
                second = new BatchGrader(grader, fingerprint, ctx.root, 1, false)
                        .grade(entries, new Progress(quiet, entries.size(), false)).stream().map(BatchGrader.Graded::row).toList();
            }
            Gradebook.Row victim1 = row(first, "victim");
            Gradebook.Row victim2 = row(second, "victim");
            if (victim2.total() != victim1.total()) {
                o.breaches.add("the re-run kept a forged grade for the victim: " + victim2.total() + " points (" + victim2.status() + "), graded "
                        + victim1.total() + " in the first run");
            }
            o.scores.putAll(row(first, "zz-attacker").exerciseScores());
            Gradebook.Row attacker2 = row(second, "zz-attacker");
            if (!attacker2.exerciseScores().equals(row(first, "zz-attacker").exerciseScores())) {
                o.breaches.add("the attacker's re-run grade differs from its first: " + attacker2.exerciseScores());
            }
            o.reports.put("grades.csv", Files.readString(ctx.root.resolve("grades.csv"), StandardCharsets.UTF_8));
            readReports(ctx.root.resolve("victim"), "victim/", o);
            readReports(ctx.root.resolve("zz-attacker"), "zz-attacker/", o);
        } finally {
            TempFolders.delete(dir);
        }
    }

    private static Gradebook.Row row(List<Gradebook.Row> rows, String student) {
        return rows.stream().filter(r -> r.student().equals(student)).findFirst().orElseThrow();
    }

    /**
     * The Gradescope autograder zip unpacked into a temporary /autograder (source/, submission/, results/) and
     * run_autograder run on the attacking submission. The bundle's files must not change, and results.json must
     * hold the grader's own grade.
     */
    private static void gradeOnGradescope(Attack attack, Ctx ctx, Outcome o) throws Exception {
        Path root = ctx.root;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + bundle().toUri()), Map.of())) {
            Classroom.copyTree(fs.getPath("/"), root.resolve("source"));
        }
        Files.createDirectories(root.resolve("results"));
        Path copy = KitFixture.copyOfSolutions();
        try {
            ctx.submission = copy;
            attack.inject().apply(copy, ctx);
            Classroom.copyTree(copy, root.resolve("submission"));
        } finally {
            TempFolders.delete(copy);
        }
        Map<String, String> before = listing(root.resolve("source"));
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("run.log").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor((long) ABANDON_SECONDS - 5, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            o.breaches.add("run_autograder did not finish");
        }
        o.reports.put("console", Files.readString(root.resolve("run.log"), StandardCharsets.UTF_8));
        Map<String, String> after = listing(root.resolve("source"));
        if (!after.equals(before)) {
            o.breaches.add("the autograder bundle changed: " + difference(before, after));
        }
        Path results = root.resolve("results/results.json");
        if (!Files.isRegularFile(results)) {
            o.breaches.add("run_autograder wrote no results.json");
            return;
        }
        String text = Files.readString(results, StandardCharsets.UTF_8);
        o.reports.put("results.json", text);
        JsonNode json = JSON.readTree(text);
        Map<String, Integer> scores = new LinkedHashMap<>();
        ExerciseCatalog.all().forEach(e -> scores.put(e.folder(), 0));
        int sum = 0;
        for (JsonNode t : json.path("tests")) {
            int points = (int) Math.round(t.path("score").asDouble());
            scores.merge(t.path("tags").path(0).asText(), points, Integer::sum);
            sum += points;
        }
        o.scores.putAll(scores);
        int reference = KitFixture.solutions().score();
        double top = json.path("score").asDouble();
        if (Math.round(top) != sum || top > reference) {
            o.breaches.add(String.format(Locale.ROOT, "results.json says %.1f points, but its tests add up to %d (the reference scores %d): not the grader's grade",
                    top, sum, reference));
        }
    }

    private static synchronized Path bundle() throws IOException {
        if (bundleZip == null) {
            Path dir = Files.createTempDirectory("pymem-isolation-bundle-");
            bundleZip = dir.resolve("autograder.zip");
            new GradescopeBundle(KitFixture.KIT).write(bundleZip);
        }
        return bundleZip;
    }

    private static void readReports(Path folder, String prefix, Outcome o) throws IOException {
        for (String name : List.of(ReportWriter.RESULTS_JSON, ReportWriter.JUNIT_XML, ReportWriter.REPORT_HTML)) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                o.reports.put(prefix + name, Files.readString(f, StandardCharsets.UTF_8));
            } else {
                o.breaches.add("no " + prefix + name + " was written");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The kit and the canaries
    // ------------------------------------------------------------------------------------------------------

    /**
     * Every file under {@code root} (relative path -> "size mtime"). For the kit, two places are left out: .git
     * and Maven Surefire's own folders under grader/engine/target (surefire, surefire-reports), which Maven
     * writes around this very test; and the grader's own caches, which the grader process writes (never a test
     * JVM, to which the kit is read-only): the per-exercise test jars (grader/hidden/target/by-exercise) and the
     * class data sharing archives (grader/engine/target/*.jsa). The test enumeration cache lives in
     * java.io.tmpdir (pymem-kit-cache-*), outside the kit.
     */
    static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = root.relativize(dir).toString().replace('\\', '/');
                if (rel.equals(".git") || rel.equals("grader/engine/target/surefire-reports") || rel.equals("grader/engine/target/surefire")
                        || rel.endsWith("grader/hidden/target/by-exercise")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".jsa") || name.contains(".jsa.")) && file.getParent().endsWith(Path.of("grader", "engine", "target"))) {
                    return FileVisitResult.CONTINUE;
                }
                out.put(root.relativize(file).toString().replace('\\', '/'), attrs.size() + " " + attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static String listingText(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        listing(root).forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        return sb.toString();
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> d = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!before.containsKey(k)) {
                d.add("new " + k);
            } else if (!before.get(k).equals(v)) {
                d.add("changed " + k);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> d.add("deleted " + k));
        return String.join(", ", d);
    }

    /**
     * Records every change to the kit since the start (by its modification time, to blame it on the attacks
     * under way then), then undoes it: new files are deleted, the reference-times file is restored, so that a
     * successful attack does not spoil the attacks after it.
     */
    private static void observeAndHealKit() {
        synchronized (KIT_CHANGES) {
            try {
                Map<String, String> now = listing(KIT);
                long at = System.currentTimeMillis();
                for (Map.Entry<String, String> e : now.entrySet()) {
                    String before = kitBefore.get(e.getKey());
                    if (!e.getValue().equals(before)) {
                        long mtime = Long.parseLong(e.getValue().substring(e.getValue().indexOf(' ') + 1));
                        KIT_CHANGES.put((before == null ? "new " : "changed ") + e.getKey(), mtime);
                        if (before == null) {
                            Files.deleteIfExists(KIT.resolve(e.getKey()));
                        }
                    }
                }
                for (String gone : kitBefore.keySet()) {
                    if (!now.containsKey(gone)) {
                        KIT_CHANGES.putIfAbsent("deleted " + gone, at);
                    }
                }
                Path times = KitFixture.KIT.referenceTimes();
                if (!java.util.Arrays.equals(Files.readAllBytes(times), referenceTimes)) {
                    Files.write(times, referenceTimes);
                }
                Files.setLastModifiedTime(times, referenceTimesMtime);
            } catch (IOException e) {
                KIT_CHANGES.put("(kit listing failed: " + e + ")", System.currentTimeMillis());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The checks, written once
    // ------------------------------------------------------------------------------------------------------

    @TestFactory
    @DisplayName("scores no more than without the attack, leaves the other exercises, the kit and the canary untouched, "
            + "writes parseable, clean reports, and ends in bounded time")
    Stream<DynamicTest> eachAttack() {
        return OUTCOMES.stream().map(o -> DynamicTest.dynamicTest(o.attack.name(), () -> check(o)));
    }

    private static void check(Outcome o) {
        Attack a = o.attack;
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(o.error).as("the grader must not crash").isNull();
        soft.assertThat(o.finished).as("grading must end (abandoned after %.0f s)", ABANDON_SECONDS).isTrue();
        soft.assertThat(o.seconds).as("grading time (s)").isLessThan(BOUND_SECONDS);
        if (o.finished && o.error == null) {
            GradeResult reference = KitFixture.solutions();
            for (Exercise e : ExerciseCatalog.all()) {
                Integer score = o.scores.get(e.folder());
                int ref = exercise(reference, e).score();
                if (score == null) {
                    soft.fail("no score for " + e.folder());
                } else if (e.folder().equals(a.target())) {
                    int baseline = switch (a.baseline()) {
                        case REFERENCE -> ref;
                        case STUB -> exercise(KitFixture.stubs(), e).score();
                        case ZERO -> 0;
                    };
                    soft.assertThat(score).as("%s, the attacked exercise (status %s), scores at most as without the attack (%s: %d)",
                            e.folder(), o.statuses.get(e.folder()), a.baseline(), baseline).isLessThanOrEqualTo(baseline);
                    if (a.breaksTarget()) {
                        soft.assertThat(score).as("%s is broken by the attack, so it scores less than without it", e.folder()).isLessThan(baseline);
                    }
                } else if (a.carriers().contains(e.folder())) {
                    soft.assertThat(score).as("%s carries the attack: it may score less than the reference, never more", e.folder()).isLessThanOrEqualTo(ref);
                } else {
                    soft.assertThat(score).as("%s is untouched (status %s) and scores as the reference", e.folder(), o.statuses.get(e.folder())).isEqualTo(ref);
                }
            }
            if (a.mustFail() != null && o.result != null) {
                List<TestResult> broken = o.result.exercises().stream().flatMap(e -> e.tests().stream())
                        .filter(t -> t.test().uniqueId().contains(a.mustFail())).toList();
                soft.assertThat(broken).as("the test the attack breaks (%s) exists", a.mustFail()).isNotEmpty();
                soft.assertThat(broken).as("the test the attack breaks (%s) is reported failed", a.mustFail()).noneMatch(TestResult::passed);
            }
        }
        o.reports.forEach((name, text) -> {
            if (name.endsWith(ReportWriter.RESULTS_JSON)) {
                soft.assertThatCode(() -> JSON.readTree(text)).as("%s parses as JSON", name).doesNotThrowAnyException();
                try {
                    StringBuilder values = new StringBuilder();
                    JSON.readTree(text).findValues("output").forEach(v -> values.append(v.asText()).append('\n'));
                    soft.assertThat(ReportScan.controlCharacters(name + " (decoded outputs)", values.toString()))
                            .as("control characters in %s", name).isEmpty();
                } catch (IOException e) {
                    // reported above
                }
            } else {
                if (name.endsWith(ReportWriter.JUNIT_XML)) {
                    soft.assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).as("%s parses as XML", name).doesNotThrowAnyException();
                }
                soft.assertThat(ReportScan.controlCharacters(name, text)).as("control characters in %s", name).isEmpty();
            }
        });
        soft.assertThat(o.canaryAfter).as("the canary folder's listing (an attack aims at it by absolute path)").isEqualTo(o.canaryBefore);
        soft.assertThat(o.kitChanges).as("kit files created, changed or deleted while this attack was graded").isEmpty();
        soft.assertThat(o.breaches).as("what the attack achieved").isEmpty();
        soft.assertAll();
    }

    private static ExerciseResult exercise(GradeResult result, Exercise e) {
        return result.exercises().stream().filter(x -> x.exercise().equals(e)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("no report of any attack (console, results.json, junit.xml, report.html) reveals the hidden tests")
    void noReportRevealsTheHiddenTests() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Outcome o : OUTCOMES) {
            o.reports.forEach((name, text) -> texts.put(o.attack.name() + " / " + name, text));
        }
        assertThat(texts).as("reports to scan").isNotEmpty();
        Set<String> leaks = new LinkedHashSet<>(ReportScan.hiddenInternals(texts));
        assertThat(leaks).as("hidden-test internals in the reports").isEmpty();
    }
}
