package pymem.grader.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;

/**
 * Checks a student edition for anything of the instructor's: the reference solutions and the grading tests
 * that are not handed out, their support files, and text that points at them. Each finding is one line,
 * {@code path: what leaked}. {@code ./grade release} refuses to publish an edition with findings, and the
 * kit's {@code mvn test} builds one and checks it.
 *
 * <p>Three kinds of check:
 * <ol>
 *   <li><b>files</b>: nothing under the kit's instructor-only folders, no grading-test class, no facts class
 *       (the testkit's {@code CPythonFacts} annotation aside), no Python twin, no time calibration;</li>
 *   <li><b>content</b>: no file equal to a reference solution file that differs from its stub, and no text
 *       naming one of the kit's actual grading-test or facts classes;</li>
 *   <li><b>mentions</b>: no text pointing at the instructor's folders or test classes. The grader program
 *       (engine and testkit sources) is exempt: it is the same program for instructor and student and names
 *       those folders as places to look, never what they hold.</li>
 * </ol>
 */
public final class LeakScan {
    /** Where the instructor's files live in the kit. */
    static final String INSTRUCTOR_TESTS = "grader/hidden";
    static final String SOLUTIONS = "solutions";

    private static final Pattern TEST_CLASS_FILE = Pattern.compile(".*HiddenTest.*");
    private static final Pattern FACTS_FILE = Pattern.compile("(?!CPythonFacts\\.)\\w*Facts\\.(java|class)");
    private static final Set<String> SUPPORT_FILES = Set.of("twin.py", "reference-times.tsv");

    private static final List<Pattern> MENTIONS = List.of(
            Pattern.compile("HiddenTest"),
            Pattern.compile("grader[/\\\\]hidden"),
            Pattern.compile("pymem-hidden-tests"),
            Pattern.compile("(?<![\\w-])solutions[/\\\\]"),
            Pattern.compile("--solutions"),
            Pattern.compile("twin\\.py"),
            Pattern.compile("reference-times"));
    private static final Pattern HIDDEN_TEST_WORDS = Pattern.compile("(?i)hidden[ -]tests?");

    private final Set<String> instructorClassNames = new TreeSet<>();
    private final Set<String> solutionDigests = new HashSet<>();

    private LeakScan() {
    }

    /** A scan that knows the instructor files of {@code kit} (their class names and the solutions' content). */
    public static LeakScan of(Kit kit) throws IOException {
        LeakScan scan = new LeakScan();
        Path tests = kit.root().resolve(INSTRUCTOR_TESTS);
        if (Files.isDirectory(tests)) {
            try (Stream<Path> walk = Files.walk(tests)) {
                walk.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".java"))
                        .map(n -> n.substring(0, n.length() - ".java".length()))
                        .filter(n -> n.endsWith("HiddenTest") || n.endsWith("Facts"))
                        .forEach(scan.instructorClassNames::add);
            }
        }
        for (Exercise e : ExerciseCatalog.all()) {
            Path solution = kit.solutionsDir().resolve(e.folder()).resolve("src/main/java");
            if (!Files.isDirectory(solution)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(solution)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path stub = kit.stubSources(e).resolve(solution.relativize(file).toString());
                    byte[] content = Files.readAllBytes(file);
                    // a file the stub has unchanged (e.g. a record) gives nothing away
                    if (!Files.isRegularFile(stub) || !java.util.Arrays.equals(content, Files.readAllBytes(stub))) {
                        scan.solutionDigests.add(digest(content));
                    }
                }
            }
        }
        return scan;
    }

    /** The class names this scan looks for, e.g. for a test to plant one. */
    public Set<String> instructorClassNames() {
        return Set.copyOf(instructorClassNames);
    }

    /** Every finding in the edition at {@code edition}, sorted; empty when it is clean. */
    public List<String> findings(Path edition) throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(edition)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String path = edition.relativize(file).toString().replace('\\', '/');
            checkPath(path, findings);
            byte[] content = Files.readAllBytes(file);
            if (solutionDigests.contains(digest(content))) {
                findings.add(path + ": is a reference solution file");
            }
            if (isText(content)) {
                checkText(path, new String(content, StandardCharsets.UTF_8), findings);
            }
        }
        return findings;
    }

    private static void checkPath(String path, List<String> findings) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith(SOLUTIONS + "/") || path.startsWith(INSTRUCTOR_TESTS + "/")) {
            findings.add(path + ": is in an instructor-only folder");
        }
        if (TEST_CLASS_FILE.matcher(name).matches()) {
            findings.add(path + ": is a grading-test class");
        }
        if (FACTS_FILE.matcher(name).matches()) {
            findings.add(path + ": is a facts class");
        }
        if (SUPPORT_FILES.contains(name)) {
            findings.add(path + ": is an instructor support file");
        }
    }

    private void checkText(String path, String text, List<String> findings) {
        String[] lines = text.split("\n", -1);
        boolean graderProgram = path.startsWith("grader/engine/src/main/") || path.startsWith("grader/testkit/src/main/");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (String name : instructorClassNames) {
                if (line.contains(name)) {
                    findings.add(path + ":" + (i + 1) + ": names the instructor class " + name);
                }
            }
            if (graderProgram) {
                continue;
            }
            for (Pattern p : MENTIONS) {
                var m = p.matcher(line);
                if (m.find()) {
                    findings.add(path + ":" + (i + 1) + ": mentions '" + m.group() + "'");
                }
            }
            var words = HIDDEN_TEST_WORDS.matcher(line);
            if (words.find()) {
                findings.add(path + ":" + (i + 1) + ": mentions '" + words.group() + "'");
            }
        }
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
