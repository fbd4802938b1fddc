package pymem.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pymem.grader.gradescope.GradescopeBundle;
import pymem.grader.kit.Kit;

/** {@code ./grade gradescope --out FILE}: the autograder zip to upload to a Gradescope programming assignment. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = "Writes a Gradescope autograder zip (setup.sh, run_autograder, the compiled grader, hidden tests, "
                + "model and stubs; no solutions) to upload as a programming assignment's autograder.")
final class GradescopeCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "autograder.zip", description = "the zip to write (default: ${DEFAULT-VALUE})")
    Path out;

    @picocli.CommandLine.Mixin
    FeedbackOptions feedback = new FeedbackOptions();

    @Override
    public Integer call() throws Exception {
        feedback.validate();
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new pymem.grader.BadInputException("--out must name a .zip file, not " + out);
        }
        new GradescopeBundle(Kit.locate()).withGraderArguments(feedback.asArguments()).write(out);
        System.out.println("autograder: " + out.toAbsolutePath().normalize() + " (upload it as the assignment's autograder; Ubuntu image)");
        return GradeCommand.OK;
    }
}
