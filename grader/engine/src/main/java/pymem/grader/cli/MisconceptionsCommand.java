package pymem.grader.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pymem.grader.Grader;
import pymem.grader.kit.Kit;
import pymem.grader.kit.TestSuite;
import pymem.grader.misconceptions.CorpusReport;
import pymem.grader.misconceptions.CorpusRun;
import pymem.grader.misconceptions.Misconception;
import pymem.grader.misconceptions.MisconceptionCorpus;

/**
 * {@code ./grade misconceptions}: grades the kit's own misconception corpus (grader/misconceptions) against the
 * hidden tests, prints what each one cost and the per-exercise table, and leaves the results for
 * {@code ./grade quality}. {@code mvn test} does the same and fails on any misconception that is not caught.
 */
@Command(name = "misconceptions", mixinStandardHelpOptions = true,
        description = "Grades the kit's misconception corpus (wrong implementations of each exercise) against the hidden tests.")
final class MisconceptionsCommand implements Callable<Integer> {
    @Option(names = "--exercise", description = "only this exercise's misconceptions (e.g. 04-refcount)")
    String exercise;

    @Option(names = "--jobs", defaultValue = "2", description = "misconceptions graded at once (default: ${DEFAULT-VALUE})")
    int jobs;

    @Override
    public Integer call() throws Exception {
        Kit kit = Kit.locate();
        TestSuite suite = TestSuite.of(kit);
        if (suite.kind() != pymem.grader.kit.SuiteKind.HIDDEN) {
            throw new pymem.grader.BadInputException("this kit has no hidden tests (a student edition?): the corpus is for the instructor kit");
        }
        List<Misconception> corpus = MisconceptionCorpus.load(kit).stream()
                .filter(m -> exercise == null || m.exercise().folder().equals(exercise)).toList();
        if (corpus.isEmpty()) {
            throw new pymem.grader.BadInputException("no misconceptions" + (exercise == null ? "" : " for " + exercise) + " in " + MisconceptionCorpus.FOLDER);
        }
        long start = System.nanoTime();
        List<CorpusRun.Outcome> outcomes;
        try (Grader grader = new Grader(kit, suite).withTestJvms(1)) {
            outcomes = CorpusRun.run(kit, grader, corpus, jobs);
        }
        for (CorpusRun.Outcome o : outcomes) {
            String first = o.firstFailure().map(t -> t.test().number() + " " + t.test().name()).orElse("NOT CAUGHT");
            System.out.printf(Locale.ROOT, "%-58s %-8s -%3d pt  %2d failed  first: %s%n", o.misconception().id(),
                    o.graded() ? "" : o.result().status(), o.lost(), o.failedTests(), first);
        }
        System.out.println();
        System.out.print(CorpusReport.render(outcomes));
        if (exercise == null) {
            CorpusReport.write(CorpusReport.resultsFile(kit), outcomes);
        }
        System.out.printf(Locale.ROOT, "%d misconceptions graded in %.0f s%n", outcomes.size(), (System.nanoTime() - start) / 1e9);
        return GradeCommand.OK;
    }
}
