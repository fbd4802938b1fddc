package pymem.grader.compile;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The result of compiling one exercise: where the classes went, or why there are none.
 *
 * @param classes the output folder (meaningful only when {@link #succeeded()})
 * @param status  how compiling ended
 * @param errors  the compiler's error messages (file-relative) or the bound that was exceeded, as the student
 *                should read it; empty on success
 */
public record CompileOutcome(Path classes, CompileStatus status, String errors) {
    /** A compiler message's location: a relative path to a .java file and a line number. */
    private static final Pattern LOCATION = Pattern.compile("[\\w$./-]+\\.java:\\d+: ");

    public boolean succeeded() {
        return status == CompileStatus.COMPILED;
    }

    /**
     * The errors with each {@code pymem/x/Y.java:3: ...} line naming its file from {@code prefix} (the exercise's
     * source folder as the student opens it, e.g. {@code exercises/04-refcount/src/main/java/}); as they are
     * when {@code prefix} is empty (a zip has no folder to open).
     */
    public String errorsNamedFrom(String prefix) {
        if (prefix.isEmpty()) {
            return errors;
        }
        return errors.lines().map(l -> LOCATION.matcher(l).lookingAt() ? prefix + l : l).collect(Collectors.joining("\n"));
    }
}
