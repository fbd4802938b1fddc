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
import pymem.grader.batch.similarity.ClassSources;
import pymem.grader.batch.similarity.PairPage;
import pymem.grader.batch.similarity.SimilarityCheck;
import pymem.grader.batch.similarity.SimilarityReport;

/** {@code ./grade merge CSV...}: joins the gradebooks of a batch's shards into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the grades.csv files of several shards (./grade batch --shard K/N) into one gradebook; "
                + "with --similarity, also compares the code of the whole class.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CSV", description = "the shards' gradebooks")
    List<Path> gradebooks;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "grades.csv", description = "the merged gradebook (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--similarity", description = "run the similarity check over the whole merged class, from the code each "
            + "shard's batch --similarity kept beside its grades.csv (without it, 'similar to' stays as each shard computed it)")
    boolean similarity;

    @Option(names = "--similarity-threshold", paramLabel = "S", description = "JPlag's average similarity (0 to 1) from which "
            + "a pair is listed (default: " + pymem.grader.batch.similarity.SimilarityCheck.DEFAULT_THRESHOLD + ")")
    Double similarityThreshold;

    @Override
    public Integer call() throws Exception {
        double threshold = SimilarityOptions.threshold(similarity, similarityThreshold);
        Map<Path, List<Gradebook.Row>> shards = new LinkedHashMap<>();
        for (Path csv : gradebooks) {
            shards.put(csv, Gradebook.read(csv));
        }
        List<Gradebook.Row> merged = Gradebook.merge(shards);
        pymem.grader.kit.Kit kit = pymem.grader.kit.Kit.locate();
        if (similarity) {
            // similarity needs every pair of the class, so it runs again over all the shards' code together
            List<ClassSources> parts = new java.util.ArrayList<>();
            for (Path csv : gradebooks) {
                parts.add(ClassSources.existing(csv.toAbsolutePath().getParent()));
            }
            SimilarityReport report = new SimilarityCheck(kit, threshold, SimilarityCheck.DEFAULT_BUDGET).run(parts, SimilarityReport.Scope.WHOLE_CLASS);
            merged = merged.stream().map(r -> r.withSimilarTo(report.similarTo(r.student()))).toList();
            Path folder = out.toAbsolutePath().getParent();
            PairPage.writeAll(folder, report);
            pymem.grader.files.AtomicFiles.write(folder.resolve(PairPage.INDEX), PairPage.index(report));
            SimilarityOptions.print(System.out, report);
            System.out.println("similar pairs: " + folder.resolve(PairPage.INDEX));
        } else if (merged.stream().anyMatch(r -> !r.similarTo().isEmpty())) {
            System.out.println("note: 'similar to' was computed within each shard, so a copy across two shards is not in it; "
                    + "merge --similarity compares the whole class");
        }
        Gradebook.write(out, merged);
        // the class's concept figures, from the merged rows, with the rules of this kit's lessons
        java.util.Map<String, String> rules = new LinkedHashMap<>();
        pymem.grader.kit.ExerciseCatalog.all().forEach(e -> kit.concepts(e).forEach(c -> rules.put(c.id(), c.rule())));
        Path concepts = out.toAbsolutePath().resolveSibling("concepts.csv");
        pymem.grader.batch.ConceptTally.write(concepts, pymem.grader.batch.ConceptTally.of(merged, rules));
        System.out.println("merged " + merged.size() + " students from " + gradebooks.size() + " gradebooks into " + out
                + " (concepts missed: " + concepts + ")");
        return GradeCommand.OK;
    }
}
