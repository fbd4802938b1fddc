package pymem.grader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pymem.grader.kit.Kit;
import pymem.grader.release.StudentEdition;

/**
 * {@code ./grade release --out DIR}: writes the student edition (see {@link StudentEdition}) to a new or empty
 * folder, after checking it leaks nothing of the instructor's.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Writes the student edition to DIR: the exercises (stubs, lessons, visible tests), the model, "
                + "the grader (grading with the visible tests), the launchers, a student README and a GitHub "
                + "Classroom workflow; nothing else of the kit. DIR must be new or empty.")
final class ReleaseCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "a new or empty folder for the edition")
    Path out;

    @Override
    public Integer call() throws Exception {
        StudentEdition.Written written = StudentEdition.write(Kit.locate(), out);
        System.out.println("student edition: " + written.folder() + " (" + written.files() + " files, "
                + written.exercises() + " exercises; leak check passed)");
        System.out.println("next: cd " + written.folder() + " && git init && git add . && git commit -m \"pymem\", "
                + "then push it as the GitHub Classroom template repository");
        return GradeCommand.OK;
    }
}
