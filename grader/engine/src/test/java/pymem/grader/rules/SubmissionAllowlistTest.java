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
import pymem.grader.compile.CompileOutcome;
import pymem.grader.compile.ExerciseCompiler;
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
                        SubmissionAllowlist.ALLOWED_SYSTEM_MEMBERS, SubmissionAllowlist.ALLOWED_CLASS_METHODS)
                .flatMap(Set::stream)
                .forEach(name -> assertThat(reasons).as("the reasons name %s", name).contains(name));
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
        CompileOutcome outcome = new ExerciseCompiler(List.of(MODEL_CLASSES)).compile(src, work.resolve(name).resolve("classes"));
        assertThat(outcome.errors()).as("the probes compile").isEmpty();
        return new ClassFileImporter().importPath(outcome.classes());
    }
}
