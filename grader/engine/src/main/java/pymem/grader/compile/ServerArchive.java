package pymem.grader.compile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Class data sharing for the compile server, as the {@code grade} launcher does for the grader itself: the
 * first server records the classes it loads (javac's, mostly) in an archive next to the grader's jar, and later
 * servers map that archive instead of loading them again, which shortens their start-up and first compile.
 *
 * <p>Each recording server writes its own temporary file (the JVM writes it when it exits normally, after
 * "quit"), and the first one complete is moved into place, so that servers started at once never share a
 * half-written archive. The JVM checks an archive against the jar it was recorded with and ignores it when the
 * jar changed, so the jar's size and time are part of the archive's name; the launcher also deletes
 * {@code target/*.jsa} on every rebuild.
 */
final class ServerArchive {
    private final Path archive;

    private ServerArchive(Path archive) {
        this.archive = archive;
    }

    /** The archive for this grader, only when it runs from one jar (as the launcher runs it; not under a test runner). */
    static Optional<ServerArchive> forThisGrader(List<String> jvmOptions) {
        String classpath = System.getProperty("java.class.path", "");
        if (classpath.contains(File.pathSeparator) || !classpath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classpath).toAbsolutePath();
        // the jar's size and time are in the name: a jar rebuilt by hand (not through the launcher) gets a new
        // archive instead of one the JVM would silently refuse on every start
        File file = jar.toFile();
        int key = Objects.hash(System.getProperty("java.home"), jar.toString(), file.length(), file.lastModified(), jvmOptions);
        return Optional.of(new ServerArchive(jar.resolveSibling("pymem-compile-server-" + Integer.toHexString(key) + ".jsa")));
    }

    /** Where the next server records its classes, or empty when the archive exists (it then maps it). */
    Optional<Path> newRecording() {
        if (Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        return Optional.of(archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp"));
    }

    /** The class data sharing options of a server that records into {@code recording}, or maps the archive. */
    List<String> jvmOptions(Optional<Path> recording) {
        String share = recording.map(r -> "-XX:ArchiveClassesAtExit=" + r).orElse("-XX:SharedArchiveFile=" + archive);
        return List.of(share, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** After a recording server ended: moves its recording into place if it is complete and the first, else deletes it. */
    void keep(Path recording, boolean complete) {
        try {
            if (complete && Files.isRegularFile(recording) && Files.size(recording) > 0 && !Files.exists(archive)) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            // no archive: the next servers start a little slower and record again
        }
    }
}
