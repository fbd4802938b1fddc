package pymem.grader.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import pymem.grader.files.ContentHash;
import pymem.grader.files.TempFolders;

/**
 * One jar of tests per exercise, cut out of a test root that holds every exercise's tests (the hidden tests'
 * class folder or jar). A test JVM's class path then holds the tests of its own exercise only: no exercise's
 * code ever shares a class path with another exercise's tests or classes.
 *
 * <p>The jars are made once per version of the root (keyed by its fingerprint) into a folder beside it, and
 * reused by every later grade; they are published with an atomic rename, so concurrent graders never see
 * half of them.
 */
public final class ExerciseTestJars {
    private ExerciseTestJars() {
    }

    /** The per-exercise jars of {@code root}, made now if this version of it has none yet. */
    public static Map<Exercise, Path> of(Path root) throws IOException {
        String fingerprint = ContentHash.ofTests(List.of(root)).substring(0, 16);
        Path cache = root.toAbsolutePath().getParent().resolve("by-exercise");
        Path ready = cache.resolve(fingerprint);
        if (!Files.isDirectory(ready)) {
            Files.createDirectories(cache);
            Path building = Files.createTempDirectory(cache, ".building-");
            // a test JVM may run as an unprivileged user: it must be able to read the jars
            Files.setPosixFilePermissions(building, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            for (Exercise e : ExerciseCatalog.all()) {
                writeJar(root, e.packagePath() + "/", building.resolve(jarName(e)));
            }
            try {
                Files.move(building, ready, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
                TempFolders.delete(building); // another grader published the same jars first
            }
            removeStale(cache, ready);
        }
        Map<Exercise, Path> jars = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            jars.put(e, ready.resolve(jarName(e)));
        }
        return jars;
    }

    private static String jarName(Exercise e) {
        return e.folder() + ".jar";
    }

    /** Copies the entries of {@code root} under {@code prefix} into a new jar, in a fixed order. */
    private static void writeJar(Path root, String prefix, Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(root)) {
            Path base = root.resolve(prefix);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        entries.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } else {
            try (JarFile in = new JarFile(root.toFile())) {
                Enumeration<JarEntry> all = in.entries();
                while (all.hasMoreElements()) {
                    JarEntry entry = all.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        try (InputStream s = in.getInputStream(entry)) {
                            entries.put(entry.getName(), s.readAllBytes());
                        }
                    }
                }
            }
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            List<String> dirs = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                addParents(out, e.getKey(), dirs);
                JarEntry entry = new JarEntry(e.getKey());
                entry.setTime(0);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    /** Directory entries, so that a class loader can find the package (and resources) as in a class folder. */
    private static void addParents(JarOutputStream out, String name, List<String> written) throws IOException {
        int slash = name.indexOf('/');
        while (slash > 0) {
            String dir = name.substring(0, slash + 1);
            if (!written.contains(dir)) {
                JarEntry entry = new JarEntry(dir);
                entry.setTime(0);
                out.putNextEntry(entry);
                out.closeEntry();
                written.add(dir);
            }
            slash = name.indexOf('/', slash + 1);
        }
    }

    /** Older versions' jars are left by earlier builds of the tests: remove them (best effort). */
    private static void removeStale(Path cache, Path keep) {
        try (Stream<Path> list = Files.list(cache)) {
            list.filter(p -> !p.equals(keep) && !p.getFileName().toString().startsWith(".")).forEach(TempFolders::delete);
        } catch (IOException e) {
            // a stale folder costs only disk space
        }
    }
}
