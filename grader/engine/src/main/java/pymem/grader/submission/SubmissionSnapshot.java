package pymem.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import pymem.grader.files.ContentHash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * A private copy of exactly what will be graded: each exercise's {@code .java} files, taken by the intake
 * rules ({@link SourceTreeWalk}, {@link IntakeLimits}) and copied into the grader's work folder. The grader
 * compiles only the copy, so nothing can change under it and nothing outside the submission is ever read.
 *
 * <p>Each exercise is either taken, not submitted, or refused with a one-line reason naming the entry; a
 * refusal costs only its own exercise. The {@link #contentHash()} covers the copy's paths and bytes and every
 * reason, so a batch cache keyed on it is keyed on exactly what was graded.
 */
public final class SubmissionSnapshot {
    private static final String SOURCES = "src/main/java";
    private static final OpenOption[] READ_NO_LINK = {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};

    private final Path folder;
    private final Map<Exercise, ExerciseSnapshot> exercises;
    private final String contentHash;

    private SubmissionSnapshot(Path folder, Map<Exercise, ExerciseSnapshot> exercises, String contentHash) {
        this.folder = folder;
        this.exercises = Collections.unmodifiableMap(exercises);
        this.contentHash = contentHash;
    }

    /** Takes the snapshot of every exercise of the catalog into a new folder under {@code workDir}. */
    public static SubmissionSnapshot take(Submission submission, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path folder = Files.createTempDirectory(workDir, "snapshot-");
        Path root = submission.root().toAbsolutePath().normalize();
        Path exercisesFolder = submission.exercises().toAbsolutePath().normalize();
        if (!exercisesFolder.startsWith(root)) {
            throw new IllegalArgumentException("the exercises folder " + exercisesFolder + " is not inside the submission " + root);
        }
        EntryNames names = new EntryNames(root, exercisesFolder);
        MessageDigest hash = ContentHash.sha256();
        Map<Exercise, ExerciseSnapshot> taken = new LinkedHashMap<>();
        for (Exercise e : ExerciseCatalog.all()) {
            Path sources = exercisesFolder.resolve(e.folder()).resolve(SOURCES);
            ExerciseSnapshot snapshot = takeExercise(e, submission, root, sources, names, folder.resolve(e.folder()).resolve(SOURCES), hash);
            taken.put(e, snapshot);
        }
        return new SubmissionSnapshot(folder, taken, HexFormat.of().formatHex(hash.digest()));
    }

    private static ExerciseSnapshot takeExercise(Exercise e, Submission submission, Path root, Path sources, EntryNames names,
                                                 Path copy, MessageDigest hash) throws IOException {
        update(hash, e.folder());
        for (UnextractedEntry skipped : submission.unextracted()) {
            if (skipped.concerns(sources)) {
                return recorded(hash, ExerciseSnapshot.refused(e, skipped.refusal()));
            }
        }
        ExerciseSnapshot onTheWay = checkPathTo(e, root, sources, names);
        if (onTheWay != null) {
            return recorded(hash, onTheWay);
        }
        SourceTreeWalk.Outcome walk = SourceTreeWalk.walk(sources, names);
        if (walk.refused()) {
            return recorded(hash, ExerciseSnapshot.refused(e, walk.refusal()));
        }
        if (walk.files().isEmpty()) {
            return recorded(hash, ExerciseSnapshot.notSubmitted(e, "no .java file under " + names.of(sources) + " in the submission"));
        }
        List<byte[]> contents = new ArrayList<>();
        long total = 0;
        for (SourceTreeWalk.SourceFile file : walk.files()) {
            byte[] bytes;
            try {
                bytes = readAtMost(file.path(), IntakeLimits.MAX_FILE_BYTES + 1);
            } catch (IOException ex) {
                return recorded(hash, ExerciseSnapshot.refused(e, new Refusal(names.of(file.path()),
                        "could not be read (" + ex.getClass().getSimpleName() + ")")));
            }
            total += bytes.length;
            // the walk checked the sizes; a file that grew since is refused, not truncated
            if (bytes.length > IntakeLimits.MAX_FILE_BYTES || total > IntakeLimits.MAX_EXERCISE_BYTES) {
                return recorded(hash, ExerciseSnapshot.refused(e, new Refusal(names.of(file.path()),
                        "grew past the size limit while the submission was being read: grade it again once it is complete")));
            }
            contents.add(bytes);
        }
        update(hash, ExerciseSnapshot.Status.SOURCES.name());
        for (int i = 0; i < contents.size(); i++) {
            String relative = walk.files().get(i).relative();
            Path target = copy.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, contents.get(i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            update(hash, relative);
            update(hash, contents.get(i));
        }
        return ExerciseSnapshot.taken(e, copy);
    }

    /**
     * Every folder from below the submission's root down to {@code src/main/java} must be a real folder: a
     * linked exercise folder would let the submission grade files from anywhere.
     */
    private static ExerciseSnapshot checkPathTo(Exercise e, Path root, Path sources, EntryNames names) throws IOException {
        Path current = root;
        for (Path part : root.relativize(sources)) {
            current = current.resolve(part);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException ex) {
                return ExerciseSnapshot.notSubmitted(e, "no folder " + names.of(sources) + " in the submission");
            }
            if (attributes.isSymbolicLink()) {
                return ExerciseSnapshot.refused(e, new Refusal(names.of(current), "is a symbolic link: submit the folder itself"));
            }
            if (!attributes.isDirectory()) {
                return ExerciseSnapshot.notSubmitted(e, names.of(current) + " is not a folder, so there is no " + names.of(sources));
            }
        }
        return null;
    }

    /** Reads at most {@code limit} bytes, refusing to open a link (the walk already saw a regular file). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_LINK); InputStream in = Channels.newInputStream(channel)) {
            return in.readNBytes((int) limit);
        }
    }

    private static ExerciseSnapshot recorded(MessageDigest hash, ExerciseSnapshot snapshot) {
        update(hash, snapshot.status().name());
        update(hash, snapshot.reason());
        return snapshot;
    }

    private static void update(MessageDigest hash, String text) {
        update(hash, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Length first, so that no two sequences of fields feed the same bytes. */
    private static void update(MessageDigest hash, byte[] bytes) {
        long n = bytes.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            hash.update((byte) (n >>> shift));
        }
        hash.update(bytes);
    }


    /** The folder holding the copy: {@code <exercise folder>/src/main/java/...} for each exercise taken. */
    public Path folder() {
        return folder;
    }

    /** What was taken of {@code exercise}. */
    public ExerciseSnapshot of(Exercise exercise) {
        return exercises.get(exercise);
    }

    /** Every exercise of the catalog, in lesson order. */
    public List<ExerciseSnapshot> exercises() {
        return List.copyOf(exercises.values());
    }

    /** The copied {@code src/main/java} of each exercise that has sources to grade, in lesson order. */
    public Map<Exercise, Path> sources() {
        Map<Exercise, Path> out = new LinkedHashMap<>();
        exercises.values().stream().filter(s -> s.status() == ExerciseSnapshot.Status.SOURCES).forEach(s -> out.put(s.exercise(), s.sources()));
        return out;
    }

    /** The reason each refused exercise was refused, in lesson order. */
    public Map<Exercise, String> refusals() {
        Map<Exercise, String> out = new LinkedHashMap<>();
        exercises.values().stream().filter(s -> s.status() == ExerciseSnapshot.Status.REFUSED).forEach(s -> out.put(s.exercise(), s.reason()));
        return out;
    }

    /** The exercises with no folder or no {@code .java} file, in lesson order. */
    public Set<Exercise> missing() {
        Set<Exercise> out = new LinkedHashSet<>();
        exercises.values().stream().filter(s -> s.status() == ExerciseSnapshot.Status.NOT_SUBMITTED).forEach(s -> out.add(s.exercise()));
        return out;
    }

    /** SHA-256 (hex) of every exercise's status, reason, and copied files' paths and bytes. */
    public String contentHash() {
        return contentHash;
    }
}
