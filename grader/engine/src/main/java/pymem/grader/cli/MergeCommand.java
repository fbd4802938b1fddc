package pymem.grader.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pymem.grader.batch.Gradebook;

/** {@code ./grade merge CSV...}: joins the gradebooks of a batch's shards into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the grades.csv files of several shards (./grade batch --shard K/N) into one gradebook.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CSV", description = "the shards' gradebooks")
    List<Path> gradebooks;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "grades.csv", description = "the merged gradebook (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        Map<Path, List<Gradebook.Row>> shards = new LinkedHashMap<>();
        for (Path csv : gradebooks) {
            shards.put(csv, Gradebook.read(csv));
        }
        List<Gradebook.Row> merged = Gradebook.merge(shards);
        Gradebook.write(out, merged);
        // the class's concept figures, from the merged rows, with the rules of this kit's lessons
        java.util.Map<String, String> rules = new LinkedHashMap<>();
        pymem.grader.kit.Kit kit = pymem.grader.kit.Kit.locate();
        pymem.grader.kit.ExerciseCatalog.all().forEach(e -> kit.concepts(e).forEach(c -> rules.put(c.id(), c.rule())));
        Path concepts = out.toAbsolutePath().resolveSibling("concepts.csv");
        pymem.grader.batch.ConceptTally.write(concepts, pymem.grader.batch.ConceptTally.of(merged, rules));
        System.out.println("merged " + merged.size() + " students from " + gradebooks.size() + " gradebooks into " + out
                + " (concepts missed: " + concepts + ")");
        return GradeCommand.OK;
    }
}
