package pymem.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static pymem.grader.submission.IntakeFixture.REFCOUNT;
import static pymem.grader.submission.IntakeFixture.SOLUTIONS;
import static pymem.grader.submission.IntakeFixture.copyOfSolutions;
import static pymem.grader.submission.IntakeFixture.filesOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.submission.ExerciseSnapshot.Status;

/** A zipped submission is held to the folder's rules; only an input that is no submission at all is refused whole. */
class ZipIntakeTest {
    private static final Duration NO_HANG = Duration.ofSeconds(120);
    private static final String PREFIX = "repository/exercises/";
    private static final String REFCOUNTS = PREFIX + "04-refcount/src/main/java/pymem/refcount/RefCounts.java";
    private static final Exercise GC = ExerciseCatalog.byFolder("05-gc").orElseThrow();
    private static final Exercise WEAKREF = ExerciseCatalog.byFolder("06-weakref").orElseThrow();

    @TempDir
    Path tmp;

    /** Something to add to a zip after the reference solutions. */
    @FunctionalInterface
    interface Extra {
        void addTo(ZipArchiveOutputStream zip) throws IOException;
    }

    /** A zip of a whole student repository holding the reference solutions, less {@code left out}, plus {@code extras}. */
    private Path zipOfSolutions(String leftOut, Extra... extras) throws IOException {
        Path zip = tmp.resolve("submission.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip);
             Stream<Path> walk = Files.walk(SOLUTIONS)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).sorted().toList()) {
                String name = PREFIX + SOLUTIONS.relativize(p).toString().replace('\\', '/');
                if (!name.equals(leftOut)) {
                    file(out, name, Files.readAllBytes(p));
                }
            }
            for (Extra extra : extras) {
                extra.addTo(out);
            }
        }
        return zip;
    }

    private static void file(ZipArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(bytes);
        out.closeArchiveEntry();
    }

    private static Extra link(String name, String target) {
        return out -> {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(0120777);
            out.putArchiveEntry(entry);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        };
    }

    private static Extra zeros(String name, long size) {
        return out -> {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            byte[] chunk = new byte[1 << 20];
            for (long left = size; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.closeArchiveEntry();
        };
    }

    private SubmissionSnapshot take(Path zip) throws IOException {
        Submission submission = SubmissionLocator.locate(zip, tmp.resolve("locate"));
        return SubmissionSnapshot.take(submission, tmp.resolve("work"));
    }

    private static void assertOnlyRefused(SubmissionSnapshot snapshot, Exercise refused, String reason) {
        for (ExerciseSnapshot s : snapshot.exercises()) {
            assertThat(s.status()).as("%s", s).isEqualTo(s.exercise().equals(refused) ? Status.REFUSED : Status.SOURCES);
        }
        assertThat(snapshot.refusals().get(refused)).isEqualTo(reason);
    }

    /** Nothing extracted is a link, and no extracted file is larger than a source may be. */
    private void assertNoLinkNorLargeFileExtracted() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp.resolve("locate"))) {
            for (Path p : walk.toList()) {
                assertThat(Files.isSymbolicLink(p)).as("%s is a link", p).isFalse();
                assertThat(Files.size(p)).as("size of %s", p).isLessThanOrEqualTo(IntakeLimits.MAX_FILE_BYTES);
            }
        }
    }

    @Test
    void aZipOfTheSolutionsIsTakenLikeTheFolder() throws IOException {
        SubmissionSnapshot zipped = take(zipOfSolutions(""));
        SubmissionSnapshot folder = SubmissionSnapshot.take(new Submission("folder", copyOfSolutions(tmp.resolve("folder"))), tmp.resolve("work"));

        assertThat(zipped.sources()).hasSize(ExerciseCatalog.all().size());
        assertThat(filesOf(zipped).keySet()).isEqualTo(filesOf(folder).keySet());
        assertThat(zipped.contentHash()).as("same sources, same hash, however they came").isEqualTo(folder.contentHash());
        try (Stream<Path> walk = Files.walk(tmp.resolve("locate"))) {
            assertThat(walk.filter(Files::isRegularFile).map(Path::toString)).as("only sources are extracted")
                    .isNotEmpty().allMatch(p -> p.endsWith(".java"));
        }
    }

    @Test
    void aLinkEntryIsNeverMaterialisedAndRefusesItsExercise() throws IOException {
        String target = SOLUTIONS.resolve("04-refcount/src/main/java/pymem/refcount/RefCounts.java").toString();
        Path zip = zipOfSolutions(REFCOUNTS, link(REFCOUNTS, target));

        SubmissionSnapshot snapshot = take(zip);

        assertOnlyRefused(snapshot, REFCOUNT, REFCOUNTS + " is a symbolic link: submit the file itself");
        assertNoLinkNorLargeFileExtracted();
    }

    @Test
    void aLinkedFolderEntryOnTheWayToTheSourcesRefusesItsExercise() throws IOException {
        String sources = PREFIX + "04-refcount/src/main/java";
        Path zip = tmp.resolve("linked.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            file(out, PREFIX + "01-objects/src/main/java/pymem/identity/A.java", "package pymem.identity; class A {}".getBytes(StandardCharsets.UTF_8));
            link(PREFIX + "04-refcount/src", SOLUTIONS.resolve("04-refcount/src").toString()).addTo(out);
        }

        SubmissionSnapshot snapshot = take(zip);

        assertThat(snapshot.refusals()).containsOnlyKeys(REFCOUNT);
        assertThat(snapshot.refusals().get(REFCOUNT)).isEqualTo(PREFIX + "04-refcount/src is a symbolic link: submit the file itself");
        assertThat(snapshot.of(ExerciseCatalog.all().get(0)).status()).isEqualTo(Status.SOURCES);
        assertThat(Files.exists(tmp.resolve("locate/unzipped").resolve(sources), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertNoLinkNorLargeFileExtracted();
    }

    @Test
    void linksOutsideTheSourcesAreDroppedWithoutARefusal() throws IOException {
        Path zip = zipOfSolutions("", link("repository/README.md", "/dev/zero"), link(PREFIX + "04-refcount/notes", "/etc"));

        SubmissionSnapshot snapshot = take(zip);

        assertThat(snapshot.refusals()).isEmpty();
        assertNoLinkNorLargeFileExtracted();
    }

    @Test
    void aSpecialFileEntryRefusesItsExercise() throws IOException {
        Extra fifo = out -> {
            ZipArchiveEntry entry = new ZipArchiveEntry(PREFIX + "04-refcount/src/main/java/pymem/refcount/Pipe.java");
            entry.setUnixMode(0010644);
            out.putArchiveEntry(entry);
            out.closeArchiveEntry();
        };

        SubmissionSnapshot snapshot = take(zipOfSolutions("", fifo));

        assertOnlyRefused(snapshot, REFCOUNT, PREFIX + "04-refcount/src/main/java/pymem/refcount/Pipe.java"
                + " is a FIFO, device or socket, not a source file: submit the file itself");
    }

    @Test
    void anOversizedEntryIsNotExtractedAndRefusesOnlyItsExercise() throws IOException {
        String big = PREFIX + "05-gc/src/main/java/pymem/gc/Big.java";

        SubmissionSnapshot snapshot = take(zipOfSolutions("", zeros(big, 2L << 20)));

        assertOnlyRefused(snapshot, GC, big + " is 2.0 MiB (limit 1.0 MiB): a source file is a few KB; was a data file renamed?");
        assertThat(tmp.resolve("locate/unzipped").resolve(big)).doesNotExist();
        assertNoLinkNorLargeFileExtracted();
    }

    @Test
    void aZipBombWithALyingHeaderIsReadNoFurtherThanTheLimit() throws IOException {
        String bomb = PREFIX + "06-weakref/src/main/java/pymem/weakref/Bomb.java";
        Path zip = zipOfSolutions("", zeros(bomb, 300L << 20));
        assertThat(Files.size(zip)).as("highly compressible").isLessThan(2L << 20);
        lieAboutSize(zip, bomb, 1000);

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, () -> take(zip));

        assertThat(snapshot.refusals()).containsOnlyKeys(WEAKREF);
        assertThat(snapshot.refusals().get(WEAKREF)).startsWith(bomb + " is ");
        assertNoLinkNorLargeFileExtracted();
    }

    @Test
    void theSourcesOfAZipAddUpToABoundedSize() throws IOException {
        List<Extra> bombs = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            bombs.add(zeros(PREFIX + "06-weakref/src/main/java/pymem/weakref/Z" + i + ".java", IntakeLimits.MAX_FILE_BYTES));
        }

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, () -> take(zipOfSolutions("", bombs.toArray(Extra[]::new))));

        assertThat(snapshot.refusals()).containsOnlyKeys(WEAKREF);
        assertThat(snapshot.refusals().get(WEAKREF)).endsWith("was not extracted: the zip's sources add up to more than 50.0 MiB; zip only the exercises folder");
        long extracted;
        try (Stream<Path> walk = Files.walk(tmp.resolve("locate"))) {
            extracted = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(extracted).isLessThanOrEqualTo(IntakeLimits.MAX_ZIP_BYTES);
    }

    @Test
    void anUnsafeNameRefusesTheWholeZip() throws IOException {
        for (String name : List.of("../Evil.java", "repository/../../Evil.java", "/tmp/Evil.java", "C:/Evil.java", "repository\\..\\..\\Evil.java")) {
            Path zip = zipOfSolutions("", out -> file(out, name, "class Evil {}".getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> take(zip)).as(name).isInstanceOf(BadInputException.class).hasMessageContaining("unsafe entry");
            try (Stream<Path> walk = Files.walk(tmp)) {
                assertThat(walk.filter(p -> p.getFileName().toString().contains("Evil"))).as("nothing written for %s", name).isEmpty();
            }
            Files.delete(zip);
        }
        assertThat(SafeUnzip.isUnsafe("a/b\0.java")).isTrue();
        assertThat(SafeUnzip.isUnsafe("a/b..c/X.java")).isFalse();
    }

    @Test
    void aFileThatIsNotAZipIsBadInput() throws IOException {
        Path fake = tmp.resolve("fake.zip");
        Files.write(fake, "PK this is not a zip at all".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> take(fake)).isInstanceOf(BadInputException.class).hasMessageContaining("is not a readable zip file");
    }

    @Test
    void tooManyEntriesAreBadInput() throws IOException {
        Path zip = tmp.resolve("many.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (int i = 0; i <= IntakeLimits.MAX_ZIP_ENTRIES; i++) {
                out.putArchiveEntry(new ZipArchiveEntry("d" + i + "/"));
                out.closeArchiveEntry();
            }
        }

        assertThatThrownBy(() -> take(zip)).isInstanceOf(BadInputException.class).hasMessageContaining("has 5001 entries (limit 5000)");
    }

    /** Rewrites the uncompressed size that the local and central headers of {@code name} declare. */
    private static void lieAboutSize(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 + nameBytes.length <= bytes.length; i++) {
            boolean local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            int nameAt = local ? i + 30 : i + 46;
            int sizeAt = local ? i + 22 : i + 24;
            if ((local || central) && java.util.Arrays.equals(bytes, nameAt, nameAt + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                for (int b = 0; b < 4; b++) {
                    bytes[sizeAt + b] = (byte) (size >>> (8 * b));
                }
                patched++;
            }
        }
        assertThat(patched).as("headers of %s patched", name).isEqualTo(2);
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(bytes);
        }
    }
}
