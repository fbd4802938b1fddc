package pymem.grader.gradescope;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.kit.StubPrints;

/**
 * The Gradescope autograder zip. Gradescope unpacks it into {@code /autograder/source}, runs {@code setup.sh}
 * once to build the image, then {@code run_autograder} for every submission. Grading needs no Maven there, so
 * the zip carries the kit's compiled parts under {@code kit/}, laid out as in the kit so that {@link Kit} finds
 * them:
 *
 * <pre>
 *   setup.sh, run_autograder                      at the root, as Gradescope requires (executable)
 *   kit/grader/engine/target/pymem-grader.jar     the grader, also the test JVM's runner
 *   kit/grader/hidden/target/classes/             the compiled hidden tests
 *   kit/grader/hidden/reference-times.tsv         per-test time limits, when calibrated
 *   kit/exercises/stub-prints.tsv                 the stubs' prints: an unchanged stub is graded "not started"
 *   kit/exercises/model/target/classes/           the model submissions compile against
 *   kit/exercises/NN-topic/target/classes/        the stubs: enumerate tests, diff a submission's API
 * </pre>
 *
 * Never the solutions, nor any source. Written with the JDK's zip file system, which (unlike ZipOutputStream)
 * can store Unix permissions, so the scripts stay executable.
 */
public final class GradescopeBundle {
    static final String KIT_PREFIX = "kit";
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /** The file in the bundle's kit/ folder whose lines run_autograder passes to the grader (picocli's @file). */
    static final String GRADER_ARGUMENTS = "grader.args";
    private final Kit kit;
    private List<String> graderArguments = List.of();

    public GradescopeBundle(Kit kit) {
        this.kit = kit;
    }

    /** Options every grade in the bundle uses (the feedback levels), one argument per line of {@value #GRADER_ARGUMENTS}. */
    public GradescopeBundle withGraderArguments(List<String> arguments) {
        this.graderArguments = List.copyOf(arguments);
        return this;
    }

    /** The kit-relative paths the zip carries, each a file or a folder copied whole; checked before writing. */
    List<String> contents() {
        List<String> parts = new ArrayList<>();
        parts.add("grader/engine/target/pymem-grader.jar");
        parts.add(hiddenTestsPath());
        parts.add("exercises/model/target/classes");
        for (String p : parts) {
            if (!Files.exists(kit.root().resolve(p))) {
                throw new BadInputException("the kit is not built: " + kit.root().resolve(p)
                        + " is missing (run ./grade --solutions once, or mvn -DskipTests package)");
            }
        }
        // an exercise without a stub yet is graded all the same (its tests enumerate against the hidden jar)
        for (Exercise e : ExerciseCatalog.all()) {
            if (Files.isDirectory(kit.stubClasses(e))) {
                parts.add(kit.root().relativize(kit.stubClasses(e)).toString());
            }
        }
        for (Path calibration : List.of(kit.referenceTimes(), kit.root().resolve(StubPrints.FILE))) {
            if (Files.isRegularFile(calibration)) {
                parts.add(kit.root().relativize(calibration).toString());
            }
        }
        return parts;
    }

    private String hiddenTestsPath() {
        Path hidden = kit.hiddenTests();
        if (hidden == null) {
            throw new BadInputException("this kit has no hidden tests (grader/hidden/target): a Gradescope autograder grades with them");
        }
        return kit.root().relativize(hidden).toString();
    }

    /** Writes the zip to {@code target} (through a temporary file beside it, so a reader never sees half). */
    public void write(Path target) throws IOException {
        List<String> parts = contents();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            URI uri = URI.create("jar:" + temp.toUri());
            try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
                addScript(zip, "setup.sh");
                addScript(zip, "run_autograder");
                Path arguments = zip.getPath(KIT_PREFIX, GRADER_ARGUMENTS);
                Files.createDirectories(arguments.getParent());
                // one argument per line, each quoted for picocli's argument files
                Files.writeString(arguments, graderArguments.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n")
                        .collect(java.util.stream.Collectors.joining()));
                for (String part : parts) {
                    copy(kit.root().resolve(part), zip.getPath(KIT_PREFIX, part.split("/")));
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void addScript(FileSystem zip, String name) throws IOException {
        try (InputStream in = GradescopeBundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the grader is missing its Gradescope script " + name);
            }
            Path entry = zip.getPath(name);
            Files.write(entry, in.readAllBytes());
            Files.setPosixFilePermissions(entry, EXECUTABLE);
        }
    }

    private static void copy(Path source, Path entry) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.sorted().toList()) {
                Path dest = source.equals(p) ? entry : entry.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                    Files.setPosixFilePermissions(dest, READABLE);
                }
            }
        }
    }
}
