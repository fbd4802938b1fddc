package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;
import pymem.grader.watch.SourceWatcher;
import pymem.grader.watch.WatchLoop;

/** {@code ./grade --watch}: a change of a source file grades again, once per burst, never two at once; Ctrl-C ends it cleanly. */
@DisplayName("./grade --watch")
class WatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    @DisplayName("sees a change in a folder created after it started, and reports a burst of saves once")
    @Timeout(30)
    void watcherFollowsNewFolders(@TempDir Path tmp) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("04-refcount/src/main/java"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(tmp.resolve("04-refcount/src")))) {
            Path pkg = Files.createDirectories(src.resolve("pymem/refcount"));
            TreeSet<Path> first = watcher.awaitChange(Duration.ofMillis(200)).orElseThrow();
            assertThat(first).as("the new folder is a change").isNotEmpty();
            for (int i = 0; i < 5; i++) {
                Files.writeString(pkg.resolve("A.java"), "class A { int v = " + i + "; }");
            }
            TreeSet<Path> burst = watcher.awaitChange(Duration.ofMillis(200)).orElseThrow();
            assertThat(burst).as("five saves in a row: one change, naming the file").contains(pkg.resolve("A.java"));
            Files.writeString(pkg.resolve("notes.txt~"), "an editor's backup");
            Files.writeString(pkg.resolve("B.java"), "class B {}");
            assertThat(watcher.awaitChange(Duration.ofMillis(200)).orElseThrow()).as("only sources count").containsExactly(pkg.resolve("B.java"));
        }
    }

    @Test
    @DisplayName("grades again when a source changes, once for a burst of saves, and stops when asked")
    @Timeout(180)
    void gradesOnEachChange(@TempDir Path tmp) throws Exception {
        Path submission = tmp.resolve("submission");
        Classroom.copyTree(KitFixture.KIT.exercisesDir().resolve("04-refcount/src"), submission.resolve("04-refcount/src"));
        List<GradeResult> rounds = new CopyOnWriteArrayList<>();
        AtomicInteger overlapping = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Submission watched = new Submission("watched", submission);
        try (Grader grader = KitFixture.hiddenGrader().onlyExercises(Set.of(ExerciseCatalog.byName("04").orElseThrow()));
             SourceWatcher watcher = new SourceWatcher(List.of(submission.resolve("04-refcount/src")))) {
            WatchLoop loop = new WatchLoop(watcher, () -> {
                if (running.incrementAndGet() > 1) {
                    overlapping.incrementAndGet();
                }
                try {
                    rounds.add(grader.grade(watched));
                } finally {
                    running.decrementAndGet();
                }
            }, new WatchLoop.Events() {
                @Override
                public void roundFailed(Exception e) {
                    throw new AssertionError("a round failed", e);
                }

                @Override
                public void stopped() {
                }
            });
            Thread thread = new Thread(loop::run, "watch-under-test");
            thread.start();
            await(() -> rounds.size() == 1, "the first round");
            assertThat(rounds.get(0).score()).as("the stub scores 0").isZero();

            // the reference's files, written one after the other like an editor saving all: one burst
            Path solution = KitFixture.KIT.solutionsDir().resolve("04-refcount/src/main/java");
            try (Stream<Path> walk = Files.walk(solution)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Files.writeString(submission.resolve("04-refcount/src/main/java").resolve(solution.relativize(p).toString()),
                            Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            await(() -> rounds.size() == 2, "a second round after the change");
            assertThat(rounds.get(1).score()).as("the second round graded the changed sources").isEqualTo(rounds.get(1).maxScore());
            Thread.sleep(1500);
            assertThat(rounds).as("one round for the burst of saves, none without a change").hasSize(2);

            loop.requestStop();
            assertThat(loop.awaitEnd(Duration.ofSeconds(10))).as("the loop ends when stopped").isTrue();
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
            assertThat(overlapping.get()).as("rounds that overlapped").isZero();
        }
    }

    @Test
    @DisplayName("ends on Ctrl-C (SIGTERM here) with no stack trace, saying so, and leaves no process behind")
    @Timeout(180)
    void endsCleanly(@TempDir Path tmp) throws Exception {
        Path jar = KitFixture.KIT.root().resolve("grader/engine/target/pymem-grader.jar");
        assertThat(jar).as("built by mvn package").isRegularFile();
        Path submission = tmp.resolve("submission");
        Classroom.copyTree(KitFixture.KIT.exercisesDir().resolve("04-refcount/src"), submission.resolve("04-refcount/src"));
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpymem.kit=" + KitFixture.KIT.root(), "-jar", jar.toString(), "--watch", submission.resolve("04-refcount").toString(),
                "--out", tmp.resolve("out").toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            await(() -> read(stdout).contains("watching 1 exercise"), "the first round's report");
            Files.writeString(submission.resolve("04-refcount/src/main/java/pymem/refcount/Touched.java"), "package pymem.refcount;\nclass Touched {}\n");
            await(() -> read(stdout).split("watching 1 exercise", -1).length == 3, "a second round after a change");
            List<ProcessHandle> children = process.toHandle().descendants().toList();
            process.destroy(); // SIGTERM: the JVM runs its shutdown hooks as on Ctrl-C's SIGINT
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the watch ended").isTrue();
            assertThat(read(stdout)).contains("watch stopped").contains("04-refcount");
            assertThat(read(stderr)).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("compile server or test JVM %s", child.pid()).isFalse();
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", PATIENCE, what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
