package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.batch.Gradebook;
import pymem.grader.score.ExerciseResult;

/**
 * Issue 8's "done when" for {@code ./grade batch}: a generated class (reference, stubs, compile errors, partly
 * correct exercises) graded with --jobs 2 gives exactly the expected gradebook; shards merge to the same
 * gradebook; a re-run skips unchanged submissions unless --force. bench/batch-acceptance.sh runs it with 30
 * submissions and also times grading them one at a time.
 */
@DisplayName("./grade batch on a generated class")
class BatchAcceptanceTest {
    private static Classroom.Graded batch;
    private static Map<String, Integer> referenceScores;

    @BeforeAll
    static void gradeTheClass() throws IOException {
        referenceScores = KitFixture.solutions().exercises().stream()
                .collect(Collectors.toMap(e -> e.exercise().folder(), ExerciseResult::maxScore));
        batch = Classroom.graded();
        int n = batch.classroom().plan.size();
        System.out.printf(java.util.Locale.ROOT, "[batch-acceptance] %d submissions, --jobs 2: %.1f s (%.2f s per submission)%n",
                n, batch.seconds(), batch.seconds() / n);
    }

    @Test
    @DisplayName("writes one row per student whose scores are the expected per-exercise sums")
    void gradebookMatchesThePlan() {
        List<Gradebook.Row> rows = Gradebook.read(batch.out().resolve("grades.csv"));
        assertThat(rows).extracting(Gradebook.Row::student).as("one row per submission, in name order")
                .containsExactlyElementsOf(batch.classroom().plan.keySet());
        for (Gradebook.Row row : rows) {
            Map<String, Classroom.Kind> plan = batch.classroom().plan.get(row.student());
            int sum = 0;
            for (Map.Entry<String, Classroom.Kind> e : plan.entrySet()) {
                int score = row.exerciseScores().get(e.getKey());
                int max = referenceScores.get(e.getKey());
                String what = row.student() + " " + e.getKey() + " (" + e.getValue() + ")";
                switch (e.getValue()) {
                    case REFERENCE -> assertThat(score).as(what + ": the reference scores full marks").isEqualTo(max);
                    case STUB, COMPILE_ERROR -> assertThat(score).as(what + ": scores 0").isZero();
                    case PARTIAL -> assertThat(score).as(what + ": partly correct scores between 0 and full marks").isStrictlyBetween(0, max);
                }
                sum += score;
            }
            assertThat(row.total()).as(row.student() + ": total is the sum of the exercises").isEqualTo(sum);
            boolean broken = plan.containsValue(Classroom.Kind.COMPILE_ERROR);
            assertThat(row.status().contains("compile")).as(row.student() + ": status names a compile error iff one was injected: " + row.status())
                    .isEqualTo(broken);
            boolean perfect = plan.values().stream().allMatch(k -> k == Classroom.Kind.REFERENCE);
            assertThat(row.conceptsMissed().isEmpty()).as(row.student() + ": misses a concept iff an exercise is not the reference: "
                    + row.conceptsMissed()).isEqualTo(perfect);
            plan.forEach((exercise, kind) -> {
                if (kind == Classroom.Kind.STUB) {
                    String number = Integer.parseInt(exercise.substring(0, 2)) + ".";
                    assertThat(row.conceptsMissed()).as(row.student() + ": a stub misses its exercise's concepts").anyMatch(c -> c.startsWith(number));
                }
            });
        }
        assertThat(rows.get(0).total()).as("student-00 is the reference").isEqualTo(referenceScores.values().stream().mapToInt(i -> i).sum());
    }

    @Test
    @DisplayName("gives the same totals when each submission is graded on its own with ./grade PATH (timed; bench only)")
    void oneAtATime(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("pymem.acceptance.compare"),
                "grading one at a time is timed by bench/batch-acceptance.sh (-Dpymem.acceptance.compare=true)");
        Path jar = KitFixture.KIT.root().resolve("grader/engine/target/pymem-grader.jar");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Gradebook.Row> rows = Gradebook.read(batch.out().resolve("grades.csv"));
        long start = System.nanoTime();
        for (Gradebook.Row row : rows) {
            Path out = tmp.resolve(row.student());
            // what the launcher runs: a fresh JVM per submission, as a shell loop over ./grade PATH would
            Process p = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-Dpymem.kit=" + KitFixture.KIT.root(), "-jar", jar.toString(),
                    batch.classroom().dir.resolve(row.student()).toString(), "--quiet", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve(row.student() + ".log").toFile()).start();
            assertThat(p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)).as("./grade " + row.student() + " finishes").isTrue();
            assertThat(p.exitValue()).as("./grade " + row.student() + " exit status").isZero();
            JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
            assertThat((int) results.get("score").asDouble()).as(row.student() + ": alone as in the batch").isEqualTo(row.total());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "[batch-acceptance] %d submissions one at a time (./grade PATH each): %.1f s (%.2f s per submission);"
                + " batch --jobs 2 took %.1f s (%.2f s per submission), %.2fx faster%n", rows.size(), seconds, seconds / rows.size(),
                batch.seconds(), batch.seconds() / rows.size(), seconds / batch.seconds());
    }

    @Test
    @DisplayName("grades in two shards that merge into the unsharded gradebook")
    void shardsMergeToTheSameGradebook(@TempDir Path tmp) {
        Path dir = batch.classroom().dir;
        for (int k = 1; k <= 2; k++) {
            Object[] r = GradeCommandTest.run("batch", dir.toString(), "--jobs", "2", "--shard", k + "/2", "--out", tmp.resolve("shard" + k).toString());
            assertThat(r[0]).as("shard %d/2 exit status: %s", k, r[2]).isEqualTo(0);
        }
        List<Gradebook.Row> one = Gradebook.read(tmp.resolve("shard1/grades.csv"));
        List<Gradebook.Row> two = Gradebook.read(tmp.resolve("shard2/grades.csv"));
        assertThat(one).as("both shards hold students").isNotEmpty();
        assertThat(two).as("both shards hold students").isNotEmpty();
        Object[] merged = GradeCommandTest.run("merge", tmp.resolve("shard1/grades.csv").toString(), tmp.resolve("shard2/grades.csv").toString(),
                "--out", tmp.resolve("merged.csv").toString());
        assertThat(merged[0]).as("merge exit status: %s", merged[2]).isEqualTo(0);
        assertThat(Gradebook.read(tmp.resolve("merged.csv"))).as("merged shards = the unsharded gradebook")
                .isEqualTo(Gradebook.read(batch.out().resolve("grades.csv")));
        try {
            assertThat(Files.readString(tmp.resolve("concepts.csv"))).as("the merged concept tally = the unsharded one")
                    .isEqualTo(Files.readString(batch.out().resolve("concepts.csv")));
            assertThat(Files.readString(batch.out().resolve("index.html"))).contains("Concepts the class misses most");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("skips unchanged submissions on a re-run, grades a changed one, and grades all again with --force")
    void rerunSkipsUnchanged(@TempDir Path tmp) throws IOException {
        // a copy of the class and of its reports, so the shared batch stays as the other tests expect it
        Path dir = tmp.resolve("submissions");
        Path out = tmp.resolve("batch");
        Classroom.copyTree(batch.classroom().dir, dir);
        Classroom.copyTree(batch.out(), out);
        String touched = "student-00";
        Files.writeString(dir.resolve(touched).resolve("01-objects/src/main/java/pymem/identity/Touched.java"),
                "package pymem.identity;\n// edited after the first batch\nclass Touched {}\n");
        List<Gradebook.Row> before = Gradebook.read(batch.out().resolve("grades.csv"));

        assertThat(GradeCommandTest.run("batch", dir.toString(), "--jobs", "2", "--out", out.toString())[0]).isEqualTo(0);
        List<Gradebook.Row> rerun = Gradebook.read(out.resolve("grades.csv"));
        for (int i = 0; i < rerun.size(); i++) {
            Gradebook.Row row = rerun.get(i);
            assertThat(row.total()).as(row.student() + ": same total on a re-run").isEqualTo(before.get(i).total());
            if (row.student().equals(touched)) {
                assertThat(row.status()).as("a changed submission is graded again").isEqualTo("graded");
            } else {
                assertThat(row.status()).as(row.student() + ": an unchanged submission is skipped, its problems still named")
                        .isEqualTo(before.get(i).status() + " (unchanged)");
            }
        }

        assertThat(GradeCommandTest.run("batch", dir.toString(), "--jobs", "2", "--force", "--out", out.toString())[0]).isEqualTo(0);
        List<Gradebook.Row> forced = Gradebook.read(out.resolve("grades.csv"));
        assertThat(forced).extracting(Gradebook.Row::status).as("--force grades every submission again")
                .noneMatch(s -> s.contains("unchanged"));
        assertThat(forced).extracting(Gradebook.Row::total).as("--force gives the same totals")
                .containsExactlyElementsOf(before.stream().map(Gradebook.Row::total).toList());
    }
}
