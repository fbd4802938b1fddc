package pymem.grader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./grade quality}. */
@Command(name = "quality", mixinStandardHelpOptions = true, description = "Not available yet.")
final class QualityCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new pymem.grader.BadInputException("'quality' is not available in this version of the grader yet");
    }
}
