package pymem.grader.batch.similarity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import pymem.grader.BadInputException;
import pymem.grader.batch.BatchGrader;
import pymem.grader.files.AtomicFiles;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.submission.ExerciseSnapshot;
import pymem.grader.submission.SubmissionSnapshot;

/**
 * The class's code as the similarity check reads it: a copy of each student's snapshot (what was graded, taken
 * by the intake rules), never the students' own folders. Laid out {@code <exercise>/<student folder>/...java},
 * one JPlag submission per student folder, and a {@code students.json} from folder name back to student name.
 * A batch keeps it in its output folder ({@link #FOLDER}), so that {@code ./grade merge --similarity} can compare
 * the whole class across shards.
 */
public final class ClassSources {
    /**
     * Beside the students' report folders: the {@code +} is a character {@link BatchGrader#safeName} never
     * writes, so no student's folder can take this name; not a dot folder, which artifact uploads leave out.
     */
    public static final String FOLDER = "+similarity";
    private static final String NAMES = "students.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, String> students = new ConcurrentHashMap<>();

    private ClassSources(Path root) {
        this.root = root;
    }

    /** An empty copy under {@code batchOut}: whatever a previous run left is removed (a student may have left). */
    public static ClassSources fresh(Path batchOut) throws IOException {
        remove(batchOut);
        Path root = batchOut.resolve(FOLDER).resolve("sources");
        Files.createDirectories(root);
        return new ClassSources(root);
    }

    /** Removes what a previous check left in {@code batchOut}: its copies of the class's code and its pair pages. */
    public static void remove(Path batchOut) {
        TempFolders.delete(batchOut.resolve(FOLDER));
    }

    /** The copy a batch (or a shard) kept in {@code batchOut}; a clear error when it kept none. */
    public static ClassSources existing(Path batchOut) {
        Path root = batchOut.resolve(FOLDER).resolve("sources");
        Path names = root.resolve(NAMES);
        if (!Files.isRegularFile(names)) {
            throw new BadInputException("no class code for the similarity check in " + batchOut
                    + ": grade that batch (or shard) with ./grade batch --similarity, which keeps it in " + FOLDER);
        }
        ClassSources sources = new ClassSources(root);
        try {
            sources.students.putAll(JSON.readValue(names.toFile(), new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + names + ": " + e.getMessage());
        }
        return sources;
    }

    /** Copies the exercises {@code snapshot} took sources of (refused and missing ones have none). */
    public void add(String student, SubmissionSnapshot snapshot) throws IOException {
        String folder = BatchGrader.safeName(student);
        students.put(folder, student);
        for (ExerciseSnapshot e : snapshot.exercises()) {
            if (e.status() == ExerciseSnapshot.Status.SOURCES) {
                copyTree(e.sources(), exerciseRoot(e.exercise()).resolve(folder));
            }
        }
    }

    /** Writes the folder-to-student names; called once every student was added. */
    public void seal() throws IOException {
        AtomicFiles.write(root.resolve(NAMES), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(students)));
    }

    /** The folder holding one folder per student who handed in {@code exercise}. */
    public Path exerciseRoot(Exercise exercise) {
        return root.resolve(exercise.folder());
    }

    /** The student a folder of {@link #exerciseRoot} belongs to. */
    public String student(String folder) {
        return students.getOrDefault(folder, folder);
    }

    /** Whether {@code path} is inside this copy. */
    public boolean holds(Path path) {
        return path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    /** How many students handed in sources of {@code exercise}. */
    public int count(Exercise exercise) {
        Path dir = exerciseRoot(exercise);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return (int) children.filter(Files::isDirectory).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
