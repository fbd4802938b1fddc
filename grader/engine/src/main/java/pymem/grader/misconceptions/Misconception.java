package pymem.grader.misconceptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pymem.grader.kit.Exercise;

/**
 * One realistic wrong implementation of an exercise: a minimal edit of the reference solution that expresses a
 * conceptual error students make, with the concept it breaks. The kit grades every one and expects the hidden
 * tests to catch it (see {@link CorpusRun}).
 *
 * @param id          {@code NN-topic/slug}: the exercise folder and the file name without {@code .txt}
 * @param exercise    the exercise whose reference is edited
 * @param concept     the concept it breaks: a concept id {@code N.k} (when the lesson has one) and a phrase
 * @param description what the student believes, in one or two sentences
 * @param edits       applied in order to the exercise's reference sources
 */
public record Misconception(String id, Exercise exercise, String concept, String description, List<Edit> edits) {
    private static final Pattern CONCEPT_ID = Pattern.compile("^(\\d+\\.\\d+)\\b");

    public Misconception {
        edits = List.copyOf(edits);
    }

    /** The concept's id ({@code 4.3}) when the concept line starts with one. */
    public Optional<String> conceptId() {
        Matcher m = CONCEPT_ID.matcher(concept);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Applies the edits to a copy of the exercise's sources: {@code sourceRoot} is its {@code src/main/java}.
     *
     * @throws IllegalStateException if a file is missing or a text to find does not occur exactly once
     */
    public void applyTo(Path sourceRoot) throws IOException {
        Path packageDir = sourceRoot.resolve(exercise.packagePath());
        for (Edit edit : edits) {
            Path file = packageDir.resolve(edit.file()).normalize();
            if (!file.getParent().equals(packageDir.normalize()) || !Files.isRegularFile(file)) {
                throw new IllegalStateException(id + ": no file " + edit.file() + " in the package " + exercise.javaPackage());
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                Files.writeString(file, edit.applyTo(text), StandardCharsets.UTF_8);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(id + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
