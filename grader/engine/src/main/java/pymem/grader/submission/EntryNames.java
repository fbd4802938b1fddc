package pymem.grader.submission;

import java.nio.file.Path;

/**
 * How a refusal names an entry: by its path inside the submission, with {@code /} separators, as the student
 * sees it in their own folder (e.g. {@code 04-refcount/src/main/java/pymem/refcount/X.java}); never by an
 * absolute path, which would tell nothing to the student and make the content hash differ between runs.
 */
record EntryNames(Path root, Path exercises) {

    String of(Path entry) {
        Path base = entry.startsWith(exercises) && !entry.equals(exercises) ? exercises : root;
        Path relative = base.relativize(entry);
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.length() == 0 ? "the submission folder" : sb.toString();
    }
}
