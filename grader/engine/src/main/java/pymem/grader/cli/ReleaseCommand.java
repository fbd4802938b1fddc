package pymem.grader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./grade release}. */
@Command(name = "release", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ReleaseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new pymem.grader.BadInputException("'release' is not available in this version of the grader yet");
    }
}
