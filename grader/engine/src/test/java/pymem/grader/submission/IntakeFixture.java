package pymem.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/** Submissions to attack: copies of the kit's reference solutions, and files outside them that must never be read. */
final class IntakeFixture {
    /** The kit's reference solutions (this module lives at KIT/grader/engine). */
    static final Path SOLUTIONS = Path.of("").toAbsolutePath().resolve("../../solutions").normalize();

    static final Exercise REFCOUNT = ExerciseCatalog.byFolder("04-refcount").orElseThrow();

    private IntakeFixture() {
    }

    /** A copy of the reference solutions under {@code into}, without build output. */
    static Path copyOfSolutions(Path into) throws IOException {
        Path target = Files.createDirectories(into);
        try (Stream<Path> walk = Files.walk(SOLUTIONS)) {
            for (Path p : walk.toList()) {
                Path relative = SOLUTIONS.relativize(p);
                if (relative.toString().contains("target")) {
                    continue;
                }
                Path dest = target.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    /** The exercise's {@code src/main/java/<package>} folder inside {@code exercises}. */
    static Path packageFolder(Path exercises, Exercise e) {
        return exercises.resolve(e.folder()).resolve("src/main/java").resolve(e.packagePath());
    }

    /** A file outside every submission holding a marker no submission file has: it must never reach a snapshot. */
    static Path secretOutside(Path dir) throws IOException {
        Path secret = Files.createDirectories(dir).resolve("Secret.java");
        Files.writeString(secret, "package pymem.refcount; class Secret { String m = \"" + marker(secret) + "\"; }");
        return secret;
    }

    static String marker(Path secret) {
        return "SECRET-" + UUID.nameUUIDFromBytes(secret.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every file of the snapshot, by its path relative to the snapshot folder. */
    static Map<String, byte[]> filesOf(SubmissionSnapshot snapshot) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(snapshot.folder())) {
            for (Path p : walk.toList()) {
                assertThat(Files.isSymbolicLink(p)).as("the snapshot holds no link: %s", p).isFalse();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(snapshot.folder().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Whether any file of the snapshot contains {@code text}. */
    static boolean snapshotContains(SubmissionSnapshot snapshot, String text) {
        return filesOf(snapshot).values().stream().anyMatch(b -> new String(b, StandardCharsets.ISO_8859_1).contains(text));
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("mkfifo %s", path).isZero();
    }
}
