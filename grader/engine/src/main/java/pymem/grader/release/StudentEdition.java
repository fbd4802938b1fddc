package pymem.grader.release;

import pymem.grader.files.TempFolders;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import pymem.grader.BadInputException;
import pymem.grader.Grader;
import pymem.grader.kit.Kit;
import pymem.grader.files.AtomicFiles;

/**
 * Writes the student edition of a kit: the exercises (stubs, lessons, visible tests), the model, the grader
 * (which grades with the visible tests there, having no others), the Maven wrapper and launchers, a student
 * README and a GitHub Classroom workflow.
 *
 * <p>The edition is assembled in a temporary folder beside the target and moved into place only after
 * {@link LeakScan} found nothing in it, so a reader never sees half an edition, nor a leaking one.
 */
public final class StudentEdition {

    /** What was written: where, how many files, and how many exercises. */
    public record Written(Path folder, int files, int exercises) {
    }

    private StudentEdition() {
    }

    public static Written write(Kit kit, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkTarget(kit, target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        try {
            for (String file : EditionContent.files(kit)) {
                Path dest = staging.resolve(file);
                Files.createDirectories(dest.getParent());
                Files.copy(kit.root().resolve(file), dest, StandardCopyOption.COPY_ATTRIBUTES);
            }
            AtomicFiles.write(staging.resolve("pom.xml"), EditionPoms.root(kit.root().resolve("pom.xml")));
            AtomicFiles.write(staging.resolve("grader/engine/pom.xml"), EditionPoms.engine(kit.root().resolve("grader/engine/pom.xml")));
            EditionTexts.write(kit, staging);

            List<String> findings = LeakScan.of(kit).findings(staging);
            if (!findings.isEmpty()) {
                String first = String.join("; ", findings.subList(0, Math.min(5, findings.size())));
                throw new IllegalStateException("the student edition would leak instructor material, nothing was written: "
                        + first + (findings.size() > 5 ? "; and " + (findings.size() - 5) + " more" : ""));
            }
            int files = countFiles(staging);
            if (Files.isDirectory(target)) {
                Files.delete(target); // checkTarget made sure it is empty
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            return new Written(target, files, pymem.grader.kit.ExerciseCatalog.all().size());
        } finally {
            TempFolders.delete(staging);
        }
    }

    /** The edition goes to a new or empty folder outside everything it copies (else it would copy itself). */
    private static void checkTarget(Kit kit, Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException("--out " + target + " is a file; give a new or empty folder");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException("--out " + target + " is not empty; give a new or empty folder");
                }
            }
        }
        Path root = kit.root();
        if (target.equals(root) || !target.startsWith(root)) {
            if (root.startsWith(target)) {
                throw new BadInputException("--out " + target + " contains the kit; give a folder outside it");
            }
            return;
        }
        String inside = root.relativize(target).toString().replace('\\', '/');
        if (inside.startsWith("exercises") || inside.startsWith("grader") || inside.startsWith(".mvn") || inside.isEmpty()) {
            throw new BadInputException("--out " + target + " is inside the kit's " + inside.split("/")[0]
                    + " folder, which the edition copies; give a folder elsewhere");
        }
    }

    private static int countFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return (int) walk.filter(Files::isRegularFile).count();
        }
    }
}
