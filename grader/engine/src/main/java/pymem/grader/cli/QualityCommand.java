package pymem.grader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import pymem.grader.Grader;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.quality.QualityTable;

/** {@code ./grade quality}: the kit's quality table (hidden tests, points, PIT, CPython facts, benchmark ratios). */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Prints the kit's quality table per exercise: hidden tests, points, PIT mutation score "
                + "(from mvn -Pmutation verify), CPython facts checked by the twins, differential agreement with CPython "
                + "(from mvn test or bench/differential), benchmark ratio (from bench/run).")
final class QualityCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Kit kit = Kit.locate();
        TestSuite suite = TestSuite.of(kit);
        if (suite.kind() != pymem.grader.kit.SuiteKind.HIDDEN) {
            throw new pymem.grader.BadInputException("this kit has no hidden tests (a student edition?): the quality table is for the instructor kit");
        }
        System.out.print(QualityTable.render(kit, new Grader(kit, suite).enumerate()));
        System.out.println("\nPIT: mvn -Pmutation verify (takes a few minutes); differential: mvn test, or bench/differential "
                + "for other seeds; benchmarks: bench/run");
        return GradeCommand.OK;
    }
}
