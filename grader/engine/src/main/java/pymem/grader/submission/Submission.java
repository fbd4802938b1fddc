package pymem.grader.submission;

import java.nio.file.Path;
import java.util.Optional;
import pymem.grader.kit.Exercise;

/**
 * What is being graded: a folder laid out like the kit's {@code exercises/}, one {@code NN-topic} folder per
 * exercise, each with {@code src/main/java}.
 *
 * @param label     how reports name it (the path the user gave, or "reference solutions")
 * @param exercises the folder holding the exercise folders
 */
public record Submission(String label, Path exercises) {

    /** The exercise's Java sources, or empty when the submission has no folder (or no .java file) for it. */
    public Optional<Path> sources(Exercise exercise) {
        Path dir = exercises.resolve(exercise.folder()).resolve("src/main/java");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".java")) ? Optional.of(dir) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
