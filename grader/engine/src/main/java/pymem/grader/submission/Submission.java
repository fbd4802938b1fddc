package pymem.grader.submission;

import java.nio.file.Path;
import java.util.List;

/**
 * What is being graded: a folder laid out like the kit's {@code exercises/}, one {@code NN-topic} folder per
 * exercise, each with {@code src/main/java}. Nothing here reads it: {@link SubmissionSnapshot#take} copies
 * what will be graded, by the intake rules.
 *
 * @param label       how reports name it (the path the user gave, or "reference solutions")
 * @param root        the folder the user gave (or the zip was extracted into): no folder from below it down to
 *                    an exercise's {@code src/main/java} may be a symbolic link
 * @param exercises   the folder holding the exercise folders, {@code root} or inside it
 * @param unextracted entries of a zip that were not extracted, each zeroing the exercise it belongs to
 */
public record Submission(String label, Path root, Path exercises, List<UnextractedEntry> unextracted) {

    public Submission {
        unextracted = List.copyOf(unextracted);
    }

    /** A folder given as it is (not a zip), whose exercise folders are right in it. */
    public Submission(String label, Path exercises) {
        this(label, exercises, exercises, List.of());
    }

    public Submission withLabel(String newLabel) {
        return new Submission(newLabel, root, exercises, unextracted);
    }
}
