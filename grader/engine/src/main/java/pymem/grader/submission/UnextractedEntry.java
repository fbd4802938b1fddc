package pymem.grader.submission;

import java.nio.file.Path;

/**
 * A zip entry that was not extracted (a symbolic link, a special file, a source too large): it is recorded
 * where it would have been, so that the exercise whose sources it lies in (or on the way to) is refused with
 * the reason instead of silently graded without it.
 *
 * @param at      where extraction would have put it (absolute, normalised)
 * @param refusal the zip entry's name and why it was not extracted
 */
public record UnextractedEntry(Path at, Refusal refusal) {

    /** Whether this entry lies inside {@code folder} or is {@code folder} or one of the folders leading to it. */
    boolean concerns(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return at.startsWith(f) || f.startsWith(at);
    }
}
