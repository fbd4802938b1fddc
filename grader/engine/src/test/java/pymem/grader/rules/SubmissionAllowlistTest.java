package pymem.grader.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * The allowlist on compiled code, compiled here as the grader compiles a submission (in-process, --release 17,
 * against the model). Every hostile probe is a class of its own in one submission to exercise 04, so each
 * case looks for the line that names its class and member; a realistic solution and the reference solutions
 * must come out clean.
 */
@DisplayName("The submission allowlist")
class SubmissionAllowlistTest {
    private static final Exercise REFCOUNT = new Exercise(4, "04-refcount", "pymem.refcount");
    /** This module runs its tests in grader/engine; the -am build compiles the model and the solutions. */
    private static final Path KIT = Path.of("../..");
    private static final Path MODEL_CLASSES = KIT.resolve("exercises/model/target/classes");

    private static final String OPENS_BY_NAME = "opens files, sockets or processes by name";
    private static final String MANAGEMENT = "the JVM's management interfaces";
    private static final String PARALLEL = "common ForkJoin pool";
    private static final String FINALIZER = "finalizer thread";
    private static final String OWN_PACKAGE = "belong in its own package, pymem.refcount";
    private static final String LIBRARIES = "exercise code may only use";

    @TempDir
    static Path work;
    private static List<String> hostileViolations;

    /** One hostile probe: a class in the submission, what it does, and what its violation line must name. */
    record Probe(String does, String className, String source, String member, String reason) {
        @Override
        public String toString() {
            return does;
        }
    }

    /** A class {@code name} in the exercise's package with {@code body} as its members. */
    private static Probe probe(String does, String name, String body, String member, String reason) {
        return new Probe(does, "pymem.refcount." + name, "package pymem.refcount;\n\npublic class " + name + " {\n" + body + "\n}\n",
                member, reason);
    }

    static List<Probe> hostileProbes() {
        return List.of(
                // opening files by name through an allowed package
                probe("writes a file with new Formatter(String)", "FormatterFile",
                        "void m() throws Exception { new java.util.Formatter(\"out.txt\").close(); }",
                        "java.util.Formatter.<init>(java.lang.String)", OPENS_BY_NAME),
                probe("opens a Formatter on a file through a constructor reference", "FormatterReference",
                        "interface Opener { java.util.Formatter open(String name) throws Exception; }\n"
                                + "Opener m() { return java.util.Formatter::new; }",
                        "references constructor <java.util.Formatter.<init>(java.lang.String)>", OPENS_BY_NAME),
                probe("opens a file in a PrintStream subclass's constructor", "PrintStreamSubclass",
                        "static class Log extends java.io.PrintStream { Log() throws Exception { super(\"log.txt\"); } }",
                        "java.io.PrintStream.<init>(java.lang.String)", OPENS_BY_NAME),
                probe("writes a file with new PrintStream(String)", "PrintStreamFile",
                        "void m() throws Exception { new java.io.PrintStream(\"out.txt\").close(); }",
                        "java.io.PrintStream.<init>(java.lang.String)", OPENS_BY_NAME),

                // the JVM's management interfaces, by every route the compiler offers
                probe("dumps the heap through the platform MXBean", "HeapDump",
                        "void m() throws Exception { java.lang.management.ManagementFactory.getPlatformMXBean("
                                + "com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(\"heap.hprof\", true); }",
                        "java.lang.management.ManagementFactory.getPlatformMXBean(java.lang.Class)", MANAGEMENT),
                probe("dumps the heap with the MXBean's method", "HeapDumpCall",
                        "void m(Object bean) throws Exception { ((com.sun.management.HotSpotDiagnosticMXBean) bean).dumpHeap(\"h\", true); }",
                        "com.sun.management.HotSpotDiagnosticMXBean.dumpHeap(java.lang.String, boolean)", MANAGEMENT),
                probe("reaches management inside a lambda", "ManagementLambda",
                        "Runnable m() { return () -> java.lang.management.ManagementFactory.getMemoryMXBean().gc(); }",
                        "java.lang.management.MemoryMXBean.gc()", MANAGEMENT),
                probe("reaches management through a method reference", "ManagementReference",
                        "java.util.function.Supplier<Object> m() { return java.lang.management.ManagementFactory::getRuntimeMXBean; }",
                        "references method <java.lang.management.ManagementFactory.getRuntimeMXBean()>", MANAGEMENT),
                probe("reaches management through var", "ManagementVar",
                        "long m() { var threads = java.lang.management.ManagementFactory.getThreadMXBean(); return threads.getThreadCount(); }",
                        "java.lang.management.ThreadMXBean.getThreadCount()", MANAGEMENT),
                probe("keeps a management object only as an Object return value", "ManagementReturnValue",
                        "Object m() { return java.lang.management.ManagementFactory.getPlatformMBeanServer(); }",
                        "java.lang.management.ManagementFactory.getPlatformMBeanServer()", MANAGEMENT),
                probe("uses javax.management through a cast", "ManagementCast",
                        "int m(Object server) { return ((javax.management.MBeanServer) server).getMBeanCount(); }",
                        "javax.management.MBeanServer.getMBeanCount()", MANAGEMENT),
                probe("inherits a management interface", "ManagementInherited",
                        "interface Bean extends java.lang.management.MemoryMXBean { }",
                        "<java.lang.management.MemoryMXBean>", MANAGEMENT),
                probe("calls management in a record's method", "ManagementRecord",
                        "record Holder(int n) { Object bean() { return java.lang.management.ManagementFactory.getRuntimeMXBean(); } }",
                        "ManagementRecord$Holder.bean()", MANAGEMENT),
                probe("calls management in an enum constant's body", "ManagementEnum",
                        "enum Probe { ONE { Object bean() { return java.lang.management.ManagementFactory.getClassLoadingMXBean(); } }; "
                                + "abstract Object bean(); }",
                        "getClassLoadingMXBean()", MANAGEMENT),
                probe("calls management in an interface's default method", "ManagementDefault",
                        "interface Probe { default Object bean() { return java.lang.management.ManagementFactory.getOperatingSystemMXBean(); } }",
                        "getOperatingSystemMXBean()", MANAGEMENT),
                probe("names a management type only in a generic signature", "ManagementGeneric",
                        "java.util.List<java.lang.management.MemoryPoolMXBean> pools;",
                        "depending on <java.lang.management.MemoryPoolMXBean>", MANAGEMENT),
                probe("names a management enum through a class literal", "ManagementClassLiteral",
                        "Object m() { return Enum.valueOf(java.lang.management.MemoryType.class, \"HEAP\"); }",
                        "references class object <java.lang.management.MemoryType>", MANAGEMENT),
                probe("tests for a management type with instanceof", "ManagementInstanceof",
                        "boolean m(Object o) { return o instanceof java.lang.management.MemoryMXBean; }",
                        "checks instanceof <java.lang.management.MemoryMXBean>", MANAGEMENT),

                // work on the common ForkJoin pool
                probe("streams a List in parallel", "ParallelList",
                        "long m(java.util.List<Integer> list) { return list.parallelStream().count(); }",
                        "java.util.List.parallelStream()", PARALLEL),
                probe("streams a new ArrayList in parallel", "ParallelArrayList",
                        "long m() { return new java.util.ArrayList<Integer>().parallelStream().count(); }",
                        "java.util.ArrayList.parallelStream()", PARALLEL),
                probe("turns a stream parallel", "ParallelStream",
                        "long m(java.util.List<Integer> list) { return list.stream().parallel().count(); }",
                        "java.util.stream.Stream.parallel()", PARALLEL),
                probe("turns an IntStream parallel", "ParallelIntStream",
                        "int m() { return java.util.stream.IntStream.range(0, 9).parallel().sum(); }",
                        "java.util.stream.IntStream.parallel()", PARALLEL),
                probe("sorts an array in parallel", "ParallelSort",
                        "void m(int[] a) { java.util.Arrays.parallelSort(a); }",
                        "java.util.Arrays.parallelSort([I)", PARALLEL),
                probe("fills an array in parallel", "ParallelSetAll",
                        "void m(int[] a) { java.util.Arrays.parallelSetAll(a, i -> i); }",
                        "java.util.Arrays.parallelSetAll", PARALLEL),
                probe("sums an array's prefixes in parallel", "ParallelPrefix",
                        "void m(int[] a) { java.util.Arrays.parallelPrefix(a, Integer::sum); }",
                        "java.util.Arrays.parallelPrefix", PARALLEL),
                probe("makes a parallel stream with StreamSupport", "ParallelStreamSupport",
                        "long m(java.util.List<Integer> list) { return java.util.stream.StreamSupport.stream(list.spliterator(), true).count(); }",
                        "java.util.stream.StreamSupport.stream(java.util.Spliterator, boolean)", PARALLEL),
                probe("streams in parallel through an inherited method of its own subclass", "ParallelSubclass",
                        "static class Bag extends java.util.ArrayList<Integer> { long m() { return parallelStream().count(); } }",
                        "ParallelSubclass$Bag.parallelStream()", PARALLEL),
                probe("streams in parallel through a method reference", "ParallelReference",
                        "java.util.function.Function<java.util.Collection<Integer>, java.util.stream.Stream<Integer>> m() { "
                                + "return java.util.Collection::parallelStream; }",
                        "references method <java.util.Collection.parallelStream()>", PARALLEL),

                probe("overrides finalize()", "Finalizer",
                        "@Override protected void finalize() { }",
                        "pymem.refcount.Finalizer.finalize()", FINALIZER),

                probe("reads the call stack to learn the hidden tests' names", "ReadsStack",
                        "String m() { return java.util.Arrays.toString(new RuntimeException().getStackTrace()); }",
                        "java.lang.RuntimeException.getStackTrace()", "the call stack"),
                probe("reads one frame's method name", "ReadsFrame",
                        "String m(Throwable t) { return t.getStackTrace()[0].getMethodName(); }",
                        "java.lang.Throwable.getStackTrace()", "the call stack"),

                probe("turns off the heap picture of failed tests", "HidesHeap", "void m() { pymem.model.ModelWatch.observe(null); }",
                        "pymem.model.ModelWatch.observe(pymem.model.ModelWatch$Observer)", LIBRARIES),

                // refused before, still refused
                probe("exits the JVM", "Exits", "void m() { System.exit(3); }", "java.lang.System.exit(int)", "java.lang.System only"),
                probe("sleeps", "Sleeps", "void m() throws Exception { Thread.sleep(1); }", "java.lang.Thread.sleep(long)", LIBRARIES),
                probe("deletes a file", "DeletesFile", "boolean m() { return new java.io.File(\"x\").delete(); }",
                        "java.io.File.<init>(java.lang.String)", LIBRARIES),
                probe("loads a class by name", "LoadsClass", "Object m() throws Exception { return Class.forName(\"x.Y\"); }",
                        "java.lang.Class.forName(java.lang.String)", "reflection"),
                probe("waits on its own monitor", "Waits", "synchronized void m() throws InterruptedException { wait(); }",
                        "java.lang.Object.wait()", "Object.wait"),
                probe("borrows a weak reference", "WeakReference", "Object m(Object o) { return new java.lang.ref.WeakReference<>(o); }",
                        "java.lang.ref.WeakReference.<init>(java.lang.Object)", LIBRARIES),
                probe("loads a resource bundle through a subclass of ResourceBundle", "Bundle",
                        "Object m() { return java.util.ListResourceBundle.getBundle(\"messages\"); }",
                        "java.util.ListResourceBundle.getBundle(java.lang.String)", LIBRARIES),
                probe("reads a thread's state through a type nested in Thread", "ThreadState",
                        "Object m() { return Thread.State.NEW; }", "java.lang.Thread$State", LIBRARIES),

                // classes outside the exercise's package
                new Probe("puts a class in another exercise's package", "pymem.gc.Stray",
                        "package pymem.gc;\n\npublic class Stray { }\n", "pymem.gc.Stray", OWN_PACKAGE),
                new Probe("replaces a model class", "pymem.model.Heap",
                        "package pymem.model;\n\npublic final class Heap { }\n", "pymem.model.Heap", OWN_PACKAGE),
                new Probe("puts a class in a package outside the kit", "org.junit.Foo",
                        "package org.junit;\n\npublic class Foo { }\n", "org.junit.Foo", OWN_PACKAGE));
    }

    @BeforeAll
    static void compileAndCheckEveryProbe() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        hostileProbes().forEach(p -> sources.put(p.className().replace('.', '/') + ".java", p.source()));
        hostileViolations = SubmissionAllowlist.check(REFCOUNT, compile("hostile", sources));
    }

    @ParameterizedTest(name = "refuses a submission that {0}")
    @MethodSource("hostileProbes")
    void refusesEachHostileProbe(Probe probe) {
        assertThat(hostileViolations)
                .as("a violation line naming %s, %s and why", probe.className(), probe.member())
                .anySatisfy(line -> assertThat(line).contains("<" + probe.className()).contains(probe.member()).contains(probe.reason()));
    }

    @Test
    @DisplayName("reports a line that breaks several rules once, with the most specific reason")
    void reportsEachLineOnce() {
        assertThat(hostileViolations).doesNotHaveDuplicates();
        assertThat(hostileViolations).filteredOn(line -> line.contains("ManagementLambda") && line.contains("getMemoryMXBean()"))
                .singleElement().satisfies(line -> assertThat(line).contains(MANAGEMENT).doesNotContain(LIBRARIES));
    }

    @Test
    @DisplayName("passes a realistic solution: collections, sequential streams, records, enums, lambdas, formatting, printing")
    void passesARealisticSolution() throws IOException {
        String ledger = """
                package pymem.refcount;

                import java.math.BigInteger;
                import java.util.*;
                import java.util.function.Function;
                import java.util.stream.Collectors;
                import java.util.stream.IntStream;
                import pymem.model.PyObject;

                public final class Ledger {
                    enum State { LIVE, DEAD }

                    record Entry(String name, long count, State state) implements Comparable<Entry> {
                        @Override
                        public int compareTo(Entry other) {
                            return Long.compare(count, other.count);
                        }
                    }

                    interface Named {
                        String name();

                        default String shout() {
                            return name().toUpperCase(Locale.ROOT);
                        }
                    }

                    static final class Counter implements Named {
                        private long value;

                        @Override
                        public String name() {
                            return "counter" + value;
                        }
                    }

                    private final Map<String, Entry> entries = new HashMap<>();
                    private final Deque<String> order = new ArrayDeque<>();
                    private final Map<PyObject, Long> byObject = new IdentityHashMap<>();

                    public void record(String name, long count) {
                        var state = count > 0 ? State.LIVE : State.DEAD;
                        entries.merge(name, new Entry(name, count, state), (a, b) -> new Entry(name, a.count() + b.count(), b.state()));
                        order.addLast(name);
                    }

                    public long count(PyObject obj) {
                        return byObject.getOrDefault(Objects.requireNonNull(obj), 0L) + System.identityHashCode(obj) % 1;
                    }

                    public String report() {
                        Function<Entry, String> line = e -> String.format(Locale.ROOT, "%s=%d", e.name(), e.count());
                        return entries.values().stream()
                                .filter(e -> e.state() == State.LIVE)
                                .sorted(Comparator.comparing(Entry::name))
                                .map(line)
                                .collect(Collectors.joining(", "));
                    }

                    public String describe(String kind) {
                        switch (kind) {
                            case "int": return "small";
                            case "list": return "container";
                            default: return kind;
                        }
                    }

                    public BigInteger total() {
                        BigInteger sum = BigInteger.ZERO;
                        for (Entry e : entries.values()) {
                            sum = sum.add(BigInteger.valueOf(e.count()));
                        }
                        return sum.add(BigInteger.valueOf(IntStream.rangeClosed(1, 3).sum()));
                    }

                    public int[] sorted(int[] values) {
                        int[] copy = Arrays.copyOf(values, values.length);
                        Arrays.sort(copy);
                        return copy;
                    }

                    public void print() {
                        StringBuilder sb = new StringBuilder();
                        new Formatter(sb, Locale.ROOT).format("%d entries", entries.size());
                        Iterator<String> it = order.iterator();
                        while (it.hasNext()) {
                            sb.append(' ').append(it.next());
                        }
                        System.out.println(sb);
                        System.err.println(new Counter().shout() + " " + getClass().getSimpleName());
                        if (entries.isEmpty()) {
                            throw new IllegalStateException("nothing recorded");
                        }
                    }
                }
                """;
        JavaClasses classes = compile("realistic", Map.of("pymem/refcount/Ledger.java", ledger));
        assertThat(SubmissionAllowlist.check(REFCOUNT, classes)).as("violations of a realistic solution").isEmpty();
    }

    @Test
    @DisplayName("passes every reference solution")
    void passesTheReferenceSolutions() {
        for (Exercise exercise : ExerciseCatalog.all()) {
            Path classes = KIT.resolve("solutions").resolve(exercise.folder()).resolve("target/classes");
            assertThat(classes).as("the reference classes of %s (build with -pl grader/engine -am)", exercise).isDirectory();
            assertThat(SubmissionAllowlist.check(exercise, new ClassFileImporter().importPath(classes)))
                    .as("violations of the reference solution of %s", exercise).isEmpty();
        }
    }

    @Test
    @DisplayName("states each rule's reason from the sets it checks")
    void reasonsComeFromTheSets() {
        String reasons = String.join("\n", SubmissionAllowlist.rulesFor(REFCOUNT).stream().map(SubmissionAllowlist.Rule::reason).toList());
        Stream.of(SubmissionAllowlist.ALLOWED_PACKAGES, SubmissionAllowlist.ALLOWED_EXTRA_TYPES, SubmissionAllowlist.FORBIDDEN_TYPES,
                        SubmissionAllowlist.MANAGEMENT_PACKAGES, SubmissionAllowlist.ALLOWED_SYSTEM_MEMBERS, SubmissionAllowlist.ALLOWED_CLASS_METHODS)
                .flatMap(Set::stream)
                .forEach(name -> assertThat(reasons).as("the reasons name %s", name).contains(name));
        SubmissionAllowlist.PARALLEL_MEMBERS.forEach(member -> {
            String owner = member.substring(0, member.indexOf('#'));
            String shown = owner.substring(owner.lastIndexOf('.') + 1) + "." + member.substring(member.indexOf('#') + 1);
            assertThat(reasons).as("the reasons name %s", shown).contains(shown);
        });
    }

    /** Compiles {@code sources} (path under the source root to text) as the grader does, and imports the classes. */
    private static JavaClasses compile(String name, Map<String, String> sources) throws IOException {
        assertThat(MODEL_CLASSES).as("the model's classes (build with -pl grader/engine -am)").isDirectory();
        Path src = work.resolve(name).resolve("src");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Path classes = Files.createDirectories(work.resolve(name).resolve("classes"));
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none",
                "-classpath", MODEL_CLASSES.toString()));
        try (var files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(status).as("the probes compile (javac's errors are on stderr)").isZero();
        return new ClassFileImporter().importPath(classes);
    }
}
