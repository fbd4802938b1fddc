package pymem.grader.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * Finds the exercise folders in what the user pointed at: the folder itself when it holds {@code NN-topic}
 * folders, its {@code exercises/} sub-folder (a whole student repository), or the same inside a single
 * top-level folder (a zip made of the enclosing folder). Zips are extracted into {@code workDir} first.
 * Links are looked through here only to find the exercises; {@link SubmissionSnapshot} refuses an exercise
 * reached through one.
 */
public final class SubmissionLocator {
    private SubmissionLocator() {
    }

    public static Submission locate(Path path, Path workDir) {
        if (!Files.exists(path)) {
            throw new BadInputException("no such file or folder: " + path + " (give a submission folder or a .zip of it)");
        }
        Path folder = path;
        List<UnextractedEntry> unextracted = List.of();
        if (Files.isRegularFile(path)) {
            if (!looksLikeZip(path)) {
                throw new BadInputException(path + " is neither a folder nor a zip file: give a submission folder or a .zip of it");
            }
            folder = workDir.resolve("unzipped");
            unextracted = SafeUnzip.extract(path, folder);
        }
        Path exercises = findExercises(folder, 2);
        if (exercises == null) {
            throw new BadInputException(path + " holds no exercise folders (expected e.g. 01-objects/src/main/java, or exercises/01-objects/...)");
        }
        return new Submission(path.toString(), folder, exercises, unextracted);
    }

    private static boolean looksLikeZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The folder holding exercise folders, searched at most {@code depth} levels of single wrapping folders. */
    private static Path findExercises(Path folder, int depth) {
        if (holdsExerciseFolder(folder)) {
            return folder;
        }
        Path nested = folder.resolve("exercises");
        if (Files.isDirectory(nested) && holdsExerciseFolder(nested)) {
            return nested;
        }
        if (depth > 0) {
            List<Path> children = childFolders(folder);
            if (children.size() == 1) {
                return findExercises(children.get(0), depth - 1);
            }
        }
        return null;
    }

    private static boolean holdsExerciseFolder(Path folder) {
        for (Exercise e : ExerciseCatalog.all()) {
            if (Files.isDirectory(folder.resolve(e.folder()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> childFolders(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("__MACOSX"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
