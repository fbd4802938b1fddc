package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.batch.Gradebook;
import pymem.grader.batch.similarity.ClassSources;
import pymem.grader.batch.similarity.PairPage;
import pymem.grader.batch.similarity.SimilarPair;
import pymem.grader.batch.similarity.SimilarityCheck;
import pymem.grader.batch.similarity.SimilarityReport;
import pymem.grader.files.TempFolders;
import pymem.grader.submission.Submission;
import pymem.grader.submission.SubmissionLocator;
import pymem.grader.submission.SubmissionSnapshot;

/**
 * The similarity check (JPlag) on {@link SimilarClassroom}'s class of 30: the three planted pairs (a verbatim
 * copy, a copy renamed and reordered, a copy recommented and laid out anew) are found and no other pair reaches
 * the threshold; the batch shows them in the gradebook, index.html and a page per pair, and never changes a score.
 */
@DisplayName("The similarity check on a generated class of 30")
class SimilarityCheckTest {
    @TempDir
    static Path tmp;
    private static Path submissions;
    private static ClassSources sources;

    @BeforeAll
    static void snapshotTheClass() throws IOException {
        submissions = Files.createDirectories(tmp.resolve("submissions"));
        SimilarClassroom.generate(submissions);
        // the batch's own path: a snapshot per student, copied for the check (the raw folders are never read by it)
        Path out = tmp.resolve("out");
        sources = ClassSources.fresh(out);
        try (Stream<Path> students = Files.list(submissions)) {
            for (Path student : students.sorted().toList()) {
                Path work = Files.createTempDirectory(tmp, "work-");
                Submission s = SubmissionLocator.locate(student, work).withLabel(student.getFileName().toString());
                sources.add(student.getFileName().toString(), SubmissionSnapshot.take(s, work));
                TempFolders.delete(work);
            }
        }
        sources.seal();
    }

    @Test
    @DisplayName("finds the three planted pairs and no other pair at the default threshold")
    void findsThePlantedPairsOnly() throws Exception {
        long start = System.nanoTime();
        SimilarityReport report = new SimilarityCheck(KitFixture.KIT, SimilarityCheck.DEFAULT_THRESHOLD, SimilarityCheck.DEFAULT_BUDGET)
                .run(List.of(sources), SimilarityReport.Scope.WHOLE_CLASS);
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<String> found = report.pairs().stream().map(p -> p.exercise() + " " + p.studentA() + " " + p.studentB())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> planted = new TreeSet<>(SimilarClassroom.byKey().keySet());
        Set<String> missed = new TreeSet<>(planted);
        missed.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(planted);
        System.out.printf(Locale.ROOT, "[similarity] %d students: found %d of %d planted pairs, missed %s, other pairs above %.0f%%: %s; JPlag %.1f s%n",
                SimilarClassroom.SIZE, planted.size() - missed.size(), planted.size(), missed, 100 * SimilarityCheck.DEFAULT_THRESHOLD, extra, seconds);
        report.pairs().forEach(p -> System.out.printf(Locale.ROOT, "[similarity]   %s %s %s %d%% (%d tokens, %d matches)%n",
                p.exercise(), p.studentA(), p.studentB(), p.percent(), p.matchedTokens(), p.regions().size()));
        report.outcomes().forEach(o -> System.out.println("[similarity]   " + SimilarityCheck.describe(o)));

        assertThat(report.outcomes()).as("every exercise was compared").allSatisfy(o ->
                assertThat(o.status()).as(o.exercise()).isEqualTo(pymem.grader.batch.similarity.ExerciseOutcome.Status.COMPARED));
        assertThat(missed).as("planted pairs the check missed").isEmpty();
        assertThat(extra).as("pairs above the threshold that nobody planted").isEmpty();
    }

    @Test
    @DisplayName("keeps every independent pair far below the threshold, and the untouched stubs out of every pair")
    void independentWorkStaysFarBelow() throws Exception {
        SimilarityReport all = new SimilarityCheck(KitFixture.KIT, 0.01, SimilarityCheck.DEFAULT_BUDGET)
                .run(List.of(sources), SimilarityReport.Scope.WHOLE_CLASS);
        Set<String> planted = SimilarClassroom.byKey().keySet();
        List<SimilarPair> others = all.pairs().stream()
                .filter(p -> !planted.contains(p.exercise() + " " + p.studentA() + " " + p.studentB())).toList();
        double highest = others.stream().mapToDouble(SimilarPair::similarity).max().orElse(0);
        double lowestPlanted = all.pairs().stream().filter(p -> planted.contains(p.exercise() + " " + p.studentA() + " " + p.studentB()))
                .mapToDouble(SimilarPair::similarity).min().orElse(0);
        System.out.printf(Locale.ROOT, "[similarity] the most similar independent pair: %.0f%% (of %d pairs with %d+ tokens in common); the least similar planted pair: %.0f%%%n",
                100 * highest, others.size(), SimilarityCheck.MIN_MATCHED_TOKENS, 100 * lowestPlanted);

        assertThat(highest).as("the most similar pair of independently written code").isLessThan(SimilarityCheck.DEFAULT_THRESHOLD / 2);
        assertThat(lowestPlanted).as("the least similar planted copy").isGreaterThanOrEqualTo(SimilarityCheck.DEFAULT_THRESHOLD);
        assertThat(all.pairs()).as("a student who handed in the untouched stubs is in no pair (the stub is the base code)")
                .noneMatch(p -> p.studentA().equals("student-00") || p.studentB().equals("student-00")
                        || p.studentA().equals("student-01") || p.studentB().equals("student-01"));
    }

    @Test
    @DisplayName("writes a pair's page with both students' code side by side, the matched lines numbered and every line escaped")
    void pairPage() throws Exception {
        SimilarityReport report = new SimilarityCheck(KitFixture.KIT, SimilarityCheck.DEFAULT_THRESHOLD, SimilarityCheck.DEFAULT_BUDGET)
                .run(List.of(sources), SimilarityReport.Scope.WHOLE_CLASS);
        SimilarPair verbatim = report.pairs().stream().filter(p -> p.studentA().equals(SimilarClassroom.VERBATIM.a())).findFirst().orElseThrow();
        String html = PairPage.render(verbatim, report.threshold());

        assertThat(html).as("both students named").contains(SimilarClassroom.VERBATIM.a()).contains(SimilarClassroom.VERBATIM.b());
        assertThat(html).as("the similarity").contains(verbatim.percent() + "% similar");
        assertThat(html).as("matched lines are highlighted and numbered").contains("class=\"m m1\" title=\"match 1\"");
        assertThat(html).as("generics in the code are escaped").contains("java.util.List&lt;Integer&gt;").doesNotContain("List<Integer>");
        assertThat(html).as("it says it is no verdict").contains("never changes a score");
        assertThat(html).as("no script").doesNotContain("<script");
        assertThat(report.similarTo(SimilarClassroom.VERBATIM.a())).as("the gradebook's 'similar to'")
                .isEqualTo(SimilarClassroom.VERBATIM.b() + " (04: " + verbatim.percent() + "%)");
    }

    @Test
    @DisplayName("./grade batch --similarity flags the pairs in the gradebook, index.html and pair pages, with the same scores as without")
    void batch() throws Exception {
        SimilarClassroom.Graded g = SimilarClassroom.graded();
        System.out.printf(Locale.ROOT, "[similarity] ./grade batch --jobs 2 --similarity on %d students: %.1f s in all%n", SimilarClassroom.SIZE, g.seconds());
        g.stdout().lines().filter(l -> l.startsWith("similarity") || l.startsWith("graded")).forEach(l -> System.out.println("[similarity] " + l));
        List<Gradebook.Row> rows = Gradebook.read(g.out().resolve("grades.csv"));
        Map<String, String> similar = rows.stream().collect(Collectors.toMap(Gradebook.Row::student, Gradebook.Row::similarTo));
        for (SimilarClassroom.Pair p : SimilarClassroom.PLANTED) {
            assertThat(similar.get(p.a())).as(p.a() + "'s 'similar to'").startsWith(p.b() + " (" + p.exercise().substring(0, 2) + ": ");
            assertThat(similar.get(p.b())).as(p.b() + "'s 'similar to'").startsWith(p.a() + " (" + p.exercise().substring(0, 2) + ": ");
        }
        assertThat(similar.values().stream().filter(s -> !s.isEmpty()).count()).as("students flagged").isEqualTo(2L * SimilarClassroom.PLANTED.size());
        Map<String, Gradebook.Row> byStudent = rows.stream().collect(Collectors.toMap(Gradebook.Row::student, r -> r));
        for (SimilarClassroom.Pair p : List.of(SimilarClassroom.RENAMED, SimilarClassroom.RECOMMENTED)) {
            // the copies were edited the way a copier edits: they must still compile and behave as their original
            assertThat(byStudent.get(p.b()).exerciseScores().get(p.exercise())).as(p.b() + "'s edited copy of " + p.exercise() + " scores as its original")
                    .isEqualTo(byStudent.get(p.a()).exerciseScores().get(p.exercise())).isPositive();
        }
        // an exercise left as its stub is graded "not started" without running: that is no stop
        assertThat(rows).as("every generated student's code compiles and passes the checks (no exercise stopped before its tests)")
                .allSatisfy(r -> assertThat(r.status().replaceAll("; \\d\\d-[a-z]+ not started", "")).as(r.student()).isEqualTo("graded"));

        String index = Files.readString(g.out().resolve("index.html"));
        List<String> links = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(\\+similarity/pairs/[^\"]+)\"").matcher(index);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).as("one link per planted pair in index.html").hasSize(SimilarClassroom.PLANTED.size());
        links.forEach(l -> assertThat(g.out().resolve(l)).as("the pair page " + l).isNotEmptyFile());
        assertThat(index).as("the heat map").contains("aria-label=\"concept heat map\"").contains("Concepts, by quarter of the class");

        // the same class again without the check: every grade comes from the cache, and no score moves
        Path again = tmp.resolve("again");
        TempFolders.delete(again);
        Classroom.copyTree(g.out().resolve(".grade-cache"), again.resolve(".grade-cache"));
        Object[] r = GradeCommandTest.run("batch", g.submissions().toString(), "--jobs", "2", "--out", again.toString());
        assertThat(r[0]).as("exit status: " + r[2]).isEqualTo(0);
        Map<String, Integer> without = Gradebook.read(again.resolve("grades.csv")).stream().collect(Collectors.toMap(Gradebook.Row::student, Gradebook.Row::total));
        Map<String, Integer> with = rows.stream().collect(Collectors.toMap(Gradebook.Row::student, Gradebook.Row::total));
        assertThat(with).as("the totals with the check equal those without").isEqualTo(without);
        assertThat(again.resolve(ClassSources.FOLDER)).as("a run without the check keeps no copy of the class's code").doesNotExist();
    }

    @Test
    @DisplayName("./grade merge --similarity compares the whole class across shards; without it, says the column is per shard")
    void mergeComparesTheWholeClass() throws Exception {
        SimilarClassroom.Graded g = SimilarClassroom.graded();
        List<String> csvs = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path shard = tmp.resolve("shard" + k);
            Classroom.copyTree(g.out().resolve(".grade-cache"), shard.resolve(".grade-cache")); // graded already: only the check runs
            Object[] r = GradeCommandTest.run("batch", g.submissions().toString(), "--jobs", "2", "--shard", k + "/2", "--similarity", "--out", shard.toString());
            assertThat(r[0]).as("shard " + k + ": " + r[2]).isEqualTo(0);
            assertThat((String) r[1]).as("a shard says its pairs are its own").contains("within this shard only");
            csvs.add(shard.resolve("grades.csv").toString());
        }
        List<String> perShard = new ArrayList<>(List.of("merge", csvs.get(0), csvs.get(1), "--out", tmp.resolve("per-shard/grades.csv").toString()));
        Object[] plain = GradeCommandTest.run(perShard.toArray(String[]::new));
        assertThat(plain[0]).as("merge: " + plain[2]).isEqualTo(0);

        List<String> whole = new ArrayList<>(List.of("merge", csvs.get(0), csvs.get(1), "--similarity", "--out", tmp.resolve("whole/grades.csv").toString()));
        Object[] r = GradeCommandTest.run(whole.toArray(String[]::new));
        assertThat(r[0]).as("merge --similarity: " + r[2]).isEqualTo(0);
        Map<String, String> merged = Gradebook.read(tmp.resolve("whole/grades.csv")).stream().collect(Collectors.toMap(Gradebook.Row::student, Gradebook.Row::similarTo));
        Map<String, String> unsharded = Gradebook.read(g.out().resolve("grades.csv")).stream().collect(Collectors.toMap(Gradebook.Row::student, Gradebook.Row::similarTo));
        assertThat(merged).as("merge --similarity finds what the unsharded batch found").isEqualTo(unsharded);
        assertThat(tmp.resolve("whole").resolve(PairPage.INDEX)).as("the merged class's list of pairs").isNotEmptyFile();

        boolean crossShard = SimilarClassroom.PLANTED.stream().anyMatch(p -> Math.floorMod(p.a().hashCode(), 2) != Math.floorMod(p.b().hashCode(), 2));
        if (crossShard) {
            assertThat((String) plain[1]).as("merge without --similarity says the column is per shard").contains("computed within each shard");
        }
    }

    @Test
    @DisplayName("names a student whose code JPlag cannot parse, instead of leaving them out silently")
    void unparsedCodeIsNamed() throws Exception {
        Path few = Files.createDirectories(tmp.resolve("few"));
        for (String student : List.of(SimilarClassroom.VERBATIM.a(), SimilarClassroom.VERBATIM.b())) {
            Classroom.copyTree(submissions.resolve(student), few.resolve(student));
        }
        Classroom.copyTree(submissions.resolve(SimilarClassroom.VERBATIM.a()), few.resolve("broken"));
        Files.writeString(few.resolve("broken/04-refcount/src/main/java/pymem/refcount/Broken.java"), "package pymem.refcount;\nclass Broken { int x = ; }\n");
        ClassSources three = ClassSources.fresh(tmp.resolve("few-out"));
        try (Stream<Path> students = Files.list(few)) {
            for (Path student : students.sorted().toList()) {
                Path work = Files.createTempDirectory(tmp, "work-");
                three.add(student.getFileName().toString(), SubmissionSnapshot.take(SubmissionLocator.locate(student, work), work));
                TempFolders.delete(work);
            }
        }
        three.seal();
        SimilarityReport report = new SimilarityCheck(KitFixture.KIT, SimilarityCheck.DEFAULT_THRESHOLD, SimilarityCheck.DEFAULT_BUDGET)
                .run(List.of(three), SimilarityReport.Scope.WHOLE_CLASS);

        String refcount = report.outcomes().stream().filter(o -> o.exercise().equals("04-refcount")).findFirst().orElseThrow().detail();
        assertThat(refcount).as("04's outcome names the student left out").contains("JPlag could not parse their code: broken");
        assertThat(report.pairs()).extracting(SimilarPair::studentA).as("the others are still compared").contains(SimilarClassroom.VERBATIM.a());
    }

    @Test
    @DisplayName("refuses a threshold outside (0, 1] and a threshold without --similarity, in one line")
    void badThreshold() {
        Object[] high = GradeCommandTest.run("batch", submissions.toString(), "--similarity", "--similarity-threshold", "1.5", "--out", tmp.resolve("bad").toString());
        assertThat(high[0]).as("exit status").isEqualTo(2);
        assertThat(((String) high[2]).strip()).as("the message").contains("--similarity-threshold must be above 0 and at most 1").doesNotContain("\n");
        Object[] alone = GradeCommandTest.run("batch", submissions.toString(), "--similarity-threshold", "0.5", "--out", tmp.resolve("bad").toString());
        assertThat(alone[0]).as("exit status").isEqualTo(2);
        assertThat(((String) alone[2]).strip()).as("the message").contains("--similarity-threshold needs --similarity");
    }
}
