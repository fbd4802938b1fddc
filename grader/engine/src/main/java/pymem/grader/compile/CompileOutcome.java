package pymem.grader.compile;

import java.nio.file.Path;

/**
 * The result of compiling one exercise: where the classes went, or why there are none.
 *
 * @param classes the output folder (meaningful only when {@link #succeeded()})
 * @param status  how compiling ended
 * @param errors  the compiler's error messages (file-relative) or the bound that was exceeded, as the student
 *                should read it; empty on success
 */
public record CompileOutcome(Path classes, CompileStatus status, String errors) {
    public boolean succeeded() {
        return status == CompileStatus.COMPILED;
    }
}
