package pymem.grader.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pymem.grader.files.AtomicFiles;
import pymem.grader.files.ContentHash;

/**
 * The stubs as the kit ships them, by content: one SHA-256 print per exercise over its stub's source folder,
 * recorded in {@code exercises/stub-prints.tsv} by {@code ./grade calibrate} (the student edition carries the
 * file) and checked against the stubs by the kit's own tests. An exercise whose submitted sources have its
 * stub's print has not been started: every hidden and every visible test fails on a stub (kit invariants,
 * proven by really running them in {@code mvn test}), so its grade is known without compiling or running
 * anything.
 *
 * <p>The print covers every file of the folder (path and content), so a file added, renamed or changed, even
 * a comment, makes it a submission like any other. Line ends count as {@code \n} whatever the checkout did
 * with them (a Windows checkout of the stub is still the stub). The prints come from the kit, never from a
 * submission; a print that no longer matches its stub (an instructor edited the stub and did not calibrate)
 * only means that stub is compiled and run like any code.
 */
public final class StubPrints {
    /** Where the kit keeps them, beside the exercises they print (the edition and the Gradescope bundle carry it). */
    public static final String FILE = "exercises/stub-prints.tsv";
    private final Map<Exercise, String> prints;

    private StubPrints(Map<Exercise, String> prints) {
        this.prints = Map.copyOf(prints);
    }

    /** The prints recorded for this kit; none when it has no such file (every exercise is then graded). */
    public static StubPrints recorded(Kit kit) {
        Path file = kit.root().resolve(FILE);
        Map<Exercise, String> prints = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 2) {
                    continue;
                }
                ExerciseCatalog.byFolder(cells[0]).ifPresent(e -> prints.put(e, cells[1]));
            }
        } catch (IOException e) {
            // no file, or unreadable: no exercise is taken for its stub
        }
        return new StubPrints(prints);
    }

    /** No prints: every exercise is compiled and run, stub or not. */
    public static StubPrints none() {
        return new StubPrints(Map.of());
    }

    /** The prints of the kit's stubs as they are now on disk (what {@code ./grade calibrate} records). */
    public static StubPrints ofStubs(Kit kit) throws IOException {
        Map<Exercise, String> prints = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            if (Files.isDirectory(kit.stubSources(e))) {
                prints.put(e, of(kit.stubSources(e)));
            }
        }
        return new StubPrints(prints);
    }

    /** Whether {@code sources} (an exercise's source folder) are exactly its stub's, as recorded. */
    public boolean isStub(Exercise exercise, Path sources) throws IOException {
        String recorded = prints.get(exercise);
        return recorded != null && recorded.equals(of(sources));
    }

    /** Writes these prints as the kit's record (temp file, then move). */
    public void write(Kit kit) throws IOException {
        StringBuilder tsv = new StringBuilder("# the stubs' prints (SHA-256 of each stub's source folder), written by ./grade calibrate:\n"
                + "# a submitted exercise with its stub's print is graded \"not started\" without compiling or running it\n");
        for (Exercise e : ExerciseCatalog.all()) {
            if (prints.containsKey(e)) {
                tsv.append(e.folder()).append('\t').append(prints.get(e)).append('\n');
            }
        }
        AtomicFiles.write(kit.root().resolve(FILE), tsv.toString());
    }

    public Map<Exercise, String> asMap() {
        return prints;
    }

    /** The print of one source folder: every regular file's path (relative, with /) and content, in path order. */
    static String of(Path root) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        MessageDigest sha = ContentHash.sha256();
        for (String relative : files) {
            sha.update(relative.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(withUnixLineEnds(Files.readAllBytes(root.resolve(relative))));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] withUnixLineEnds(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }
}
