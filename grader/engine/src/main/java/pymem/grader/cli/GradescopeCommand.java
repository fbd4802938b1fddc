package pymem.grader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./grade gradescope}. */
@Command(name = "gradescope", mixinStandardHelpOptions = true, description = "Not available yet.")
final class GradescopeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new pymem.grader.BadInputException("'gradescope' is not available in this version of the grader yet");
    }
}
