package pymem.grader.compile;

import java.nio.file.Path;

/**
 * The result of compiling one exercise: where the classes went, or the compiler's errors.
 *
 * @param classes  the output folder (meaningful only when {@code succeeded})
 * @param errors   the compiler's error messages, file-relative, empty on success
 */
public record CompileOutcome(Path classes, String errors) {
    public boolean succeeded() {
        return errors.isEmpty();
    }
}
