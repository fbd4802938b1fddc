package pymem.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static pymem.grader.submission.IntakeFixture.REFCOUNT;
import static pymem.grader.submission.IntakeFixture.SOLUTIONS;
import static pymem.grader.submission.IntakeFixture.copyOfSolutions;
import static pymem.grader.submission.IntakeFixture.filesOf;
import static pymem.grader.submission.IntakeFixture.marker;
import static pymem.grader.submission.IntakeFixture.packageFolder;
import static pymem.grader.submission.IntakeFixture.secretOutside;
import static pymem.grader.submission.IntakeFixture.snapshotContains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.files.ContentHash;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.submission.ExerciseSnapshot.Status;

/** A submitted folder is taken by the intake rules: each attack refuses only its own exercise, and reads nothing outside. */
class SubmissionSnapshotTest {
    /** Far above what any case needs when it works; a hang (reading a FIFO or /dev/zero) fails instead of blocking the build. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private Path exercises;
    private Path refcount;

    @BeforeEach
    void copySolutions() throws IOException {
        exercises = copyOfSolutions(tmp.resolve("submission"));
        refcount = packageFolder(exercises, REFCOUNT);
    }

    private SubmissionSnapshot take() throws IOException {
        return SubmissionSnapshot.take(new Submission("test", exercises), tmp.resolve("work"));
    }

    /** The attacked exercise is refused with a reason starting with the entry's name; every other one is taken. */
    private static void assertOnlyRefused(SubmissionSnapshot snapshot, Exercise refused, String entry, String reason) {
        for (ExerciseSnapshot s : snapshot.exercises()) {
            if (s.exercise().equals(refused)) {
                assertThat(s.status()).as("%s", s).isEqualTo(Status.REFUSED);
                assertThat(s.reason()).startsWith(entry + " ").contains(reason).doesNotContain("\n");
                assertThat(s.sources()).isNull();
            } else {
                assertThat(s.status()).as("%s is still taken", s.exercise()).isEqualTo(Status.SOURCES);
            }
        }
        assertThat(snapshot.refusals()).containsOnlyKeys(refused);
        assertThat(filesOf(snapshot).keySet()).noneMatch(f -> f.startsWith(refused.folder() + "/"));
    }

    @Test
    void theReferenceSolutionsAreTakenWhole() throws IOException {
        SubmissionSnapshot snapshot = take();

        Map<String, byte[]> expected = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(SOLUTIONS)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")).toList()) {
                expected.put(SOLUTIONS.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(filesOf(snapshot)).containsOnlyKeys(expected.keySet());
        filesOf(snapshot).forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(expected.get(name)));
        assertThat(snapshot.sources()).hasSize(ExerciseCatalog.all().size());
        assertThat(snapshot.refusals()).isEmpty();
        assertThat(snapshot.missing()).isEmpty();
        assertThat(snapshot.sources().get(REFCOUNT)).isEqualTo(snapshot.folder().resolve("04-refcount/src/main/java"));
    }

    @Test
    void theHashIsStableAndSeesEveryByte() throws IOException {
        String first = take().contentHash();
        assertThat(take().contentHash()).as("same submission, same hash").isEqualTo(first);
        assertThat(ContentHash.of(take().contentHash(), "kit")).isEqualTo(ContentHash.of(take().contentHash(), "kit")).isNotEqualTo(ContentHash.of(take().contentHash(), "other kit"));

        Path file = refcount.resolve("RefCounts.java");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(take().contentHash()).as("one byte changed").isNotEqualTo(first);

        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(take().contentHash()).as("changed back").isEqualTo(first);
        Files.move(file, refcount.resolve("RefCount.java"));
        assertThat(take().contentHash()).as("renamed").isNotEqualTo(first);
    }

    @Test
    void aLinkToTheKitsOwnSolutionIsRefused() throws IOException {
        Path file = refcount.resolve("RefCounts.java");
        Files.delete(file);
        Files.createSymbolicLink(file, packageFolder(SOLUTIONS, REFCOUNT).resolve("RefCounts.java"));

        assertOnlyRefused(take(), REFCOUNT, "04-refcount/src/main/java/pymem/refcount/RefCounts.java", "is a symbolic link: submit the file itself");
    }

    @Test
    void aLinkOutsideIsNeverRead() throws IOException {
        Path secret = secretOutside(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(refcount.resolve("Secret.java"), secret);

        SubmissionSnapshot snapshot = take();
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Secret.java", "is a symbolic link");
        assertThat(snapshotContains(snapshot, marker(secret))).isFalse();
    }

    @Test
    void aLinkToDevZeroDoesNotHang() throws IOException {
        Files.createSymbolicLink(refcount.resolve("Zero.java"), Path.of("/dev/zero"));

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Zero.java", "is a symbolic link");
    }

    @Test
    void aLinkLoopIsRefused() throws IOException {
        Files.createSymbolicLink(refcount.resolve("A.java"), refcount.resolve("B.java"));
        Files.createSymbolicLink(refcount.resolve("B.java"), refcount.resolve("A.java"));
        Files.createSymbolicLink(refcount.resolve("loop"), refcount);

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/A.java", "is a symbolic link");
    }

    @Test
    void aLinkedSourceFolderIsRefused() throws IOException {
        Path secret = secretOutside(tmp.resolve("elsewhere/pymem/refcount"));
        Path sources = exercises.resolve("04-refcount/src/main/java");
        deleteTree(sources);
        Files.createSymbolicLink(sources, tmp.resolve("elsewhere"));

        SubmissionSnapshot snapshot = take();
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java", "is a symbolic link: submit the folder itself");
        assertThat(snapshotContains(snapshot, marker(secret))).isFalse();
    }

    @Test
    void aLinkedExerciseFolderIsRefused() throws IOException {
        Path folder = exercises.resolve("04-refcount");
        deleteTree(folder);
        Files.createSymbolicLink(folder, SOLUTIONS.resolve("04-refcount"));

        assertOnlyRefused(take(), REFCOUNT, "04-refcount", "is a symbolic link");
    }

    @Test
    void aRepositoryWhoseExercisesFolderIsALinkHasEveryExerciseRefused() throws IOException {
        Path repository = Files.createDirectories(tmp.resolve("repository"));
        Files.createSymbolicLink(repository.resolve("exercises"), exercises);

        Submission submission = SubmissionLocator.locate(repository, tmp.resolve("locate"));
        SubmissionSnapshot snapshot = SubmissionSnapshot.take(submission, tmp.resolve("work"));

        assertThat(snapshot.refusals()).hasSize(ExerciseCatalog.all().size())
                .allSatisfy((e, reason) -> assertThat(reason).isEqualTo("exercises is a symbolic link: submit the folder itself"));
        assertThat(filesOf(snapshot)).isEmpty();
    }

    @Test
    void aFifoNamedLikeASourceDoesNotHang() throws Exception {
        IntakeFixture.mkfifo(refcount.resolve("Pipe.java"));

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Pipe.java", "is a FIFO, device or socket");
    }

    @Test
    void aHardLinkIsRefused() throws IOException {
        Path secret = secretOutside(tmp.resolve("elsewhere"));
        Files.createLink(refcount.resolve("Secret.java"), secret);

        SubmissionSnapshot snapshot = take();
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Secret.java", "has 2 hard links");
        assertThat(snapshotContains(snapshot, marker(secret))).isFalse();
    }

    @Test
    void aFolderNamedLikeASourceIsRefused() throws IOException {
        Files.createDirectories(refcount.resolve("Helper.java"));

        assertOnlyRefused(take(), REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Helper.java", "is a folder named like a source file");
    }

    @Test
    void aHugeSourceIsRefusedWithoutBeingRead() throws IOException {
        try (var channel = Files.newByteChannel(refcount.resolve("Huge.java"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(20L * 1024 * 1024 - 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java/pymem/refcount/Huge.java", "is 20.0 MiB (limit 1.0 MiB)");
    }

    @Test
    void tooManySourcesTogetherAreRefused() throws IOException {
        byte[] almostOneMiB = new byte[(int) IntakeLimits.MAX_FILE_BYTES - 1];
        for (int i = 0; i < 5; i++) {
            Files.write(refcount.resolve("Big" + i + ".java"), almostOneMiB);
        }

        assertOnlyRefused(take(), REFCOUNT, "04-refcount/src/main/java", "holds more than 4.0 MiB of sources");
    }

    @Test
    void thousandsOfFilesAreRefused() throws IOException {
        for (int i = 0; i < 5000; i++) {
            Files.writeString(refcount.resolve("C" + i + ".java"), "class C" + i + " {}");
        }

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);
        assertOnlyRefused(snapshot, REFCOUNT, "04-refcount/src/main/java", "holds more than 200 files and folders (limit 200)");
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path deep = refcount;
        for (int i = 0; i < 20; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("Deep.java"), "class Deep {}");

        // pymem/refcount are 2 folders, so the 17th folder below src/main/java is d14
        assertOnlyRefused(take(), REFCOUNT, "04-refcount/src/main/java/pymem/refcount/d0/d1/d2/d3/d4/d5/d6/d7/d8/d9/d10/d11/d12/d13/d14",
                "is nested deeper than 16 folders");
    }

    @Test
    void aNameCannotForgeAReportLine() throws IOException {
        Files.createSymbolicLink(refcount.resolve("X\nscore: 100.java"), Path.of("/dev/zero"));

        assertOnlyRefused(take(), REFCOUNT, "04-refcount/src/main/java/pymem/refcount/X?score: 100.java", "is a symbolic link");
    }

    @Test
    void aVeryLongNameIsCutAtTheFront() {
        Refusal refusal = new Refusal("a/".repeat(1000) + "X.java", "is a symbolic link");

        assertThat(refusal.entry()).hasSize(3 + Refusal.MAX_NAME_CHARS).startsWith("...").endsWith("a/a/X.java");
    }

    @Test
    void linksAndSpecialFilesThatAreNotSourcesAreIgnored() throws Exception {
        Files.createSymbolicLink(exercises.resolve("README.md"), Path.of("/dev/zero"));
        Files.createSymbolicLink(exercises.resolve("04-refcount/solutions"), SOLUTIONS);
        Files.createSymbolicLink(exercises.resolve("04-refcount/src/Other.java"), SOLUTIONS.resolve("04-refcount/src/main/java/pymem/refcount/RefCounts.java"));
        IntakeFixture.mkfifo(refcount.resolve("notes.txt"));
        Files.write(refcount.resolve("data.bin"), new byte[2 << 20]);

        SubmissionSnapshot snapshot = assertTimeoutPreemptively(NO_HANG, this::take);

        assertThat(snapshot.refusals()).isEmpty();
        assertThat(snapshot.sources()).hasSize(ExerciseCatalog.all().size());
        assertThat(filesOf(snapshot).keySet()).allMatch(f -> f.endsWith(".java"));
    }

    @Test
    void anExerciseWithoutSourcesIsNotSubmitted() throws IOException {
        deleteTree(exercises.resolve("09-pymalloc"));
        deleteTree(exercises.resolve("04-refcount/src/main/java"));
        Files.createDirectories(refcount);
        Files.writeString(refcount.resolve("README.md"), "nothing here yet");

        SubmissionSnapshot snapshot = take();

        assertThat(snapshot.missing()).extracting(Exercise::folder).containsExactly("04-refcount", "09-pymalloc");
        assertThat(snapshot.of(REFCOUNT).reason()).isEqualTo("no .java file under 04-refcount/src/main/java in the submission");
        assertThat(snapshot.of(ExerciseCatalog.byFolder("09-pymalloc").orElseThrow()).reason())
                .isEqualTo("no folder 09-pymalloc/src/main/java in the submission");
        assertThat(snapshot.refusals()).isEmpty();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
