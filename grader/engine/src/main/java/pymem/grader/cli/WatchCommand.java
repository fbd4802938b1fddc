package pymem.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import pymem.grader.Grader;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.report.FailureListing;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;
import pymem.grader.watch.SourceWatcher;
import pymem.grader.watch.WatchLoop;

/**
 * {@code ./grade --watch}: the student's loop. Grades the chosen exercises, then again whenever one of their
 * source files changes, each time on a cleared screen (when stdout is a terminal) with the score table and the
 * first failure only: the next thing to fix. The grader stays open between rounds, so its compile server is
 * warm. Ctrl-C ends it cleanly: a shutdown hook stops the loop, closes the compile servers and stops the test
 * JVMs this grader started, and no stack trace is printed.
 */
final class WatchCommand {
    /** Clears the screen and puts the cursor at its top (ANSI), before each round on a terminal. */
    private static final String CLEAR = "\033[H\033[2J";
    /** Set once Ctrl-C (or any end of the JVM) stopped a watch: what fails afterwards is the stop's doing. */
    private static volatile boolean stopped;

    /** A grade and its report, as {@code ./grade} does it. */
    @FunctionalInterface
    interface GradeOnce {
        GradeResult grade(Grader grader, Submission submission, FailureListing listing) throws IOException, InterruptedException;
    }

    private final Grader grader;
    private final Submission submission;
    private final List<Exercise> exercises;
    private final GradeOnce gradeOnce;

    WatchCommand(Grader grader, Submission submission, Collection<Exercise> chosen, GradeOnce gradeOnce) {
        this.grader = grader;
        this.submission = submission;
        this.exercises = chosen.isEmpty() ? ExerciseCatalog.all() : ExerciseCatalog.all().stream().filter(chosen::contains).toList();
        this.gradeOnce = gradeOnce;
    }

    static boolean stopped() {
        return stopped;
    }

    /** The folders watched: each chosen exercise's {@code src} in the submission (sources and their folders). */
    static List<Path> roots(Submission submission, Collection<Exercise> exercises) {
        List<Path> roots = new ArrayList<>();
        for (Exercise e : exercises) {
            roots.add(submission.exercises().resolve(e.folder()).resolve("src"));
        }
        return roots;
    }

    void run() throws IOException {
        boolean terminal = System.console() != null;
        try (SourceWatcher watcher = new SourceWatcher(roots(submission, exercises))) {
            String watching = "watching " + exercises.size() + (exercises.size() == 1 ? " exercise" : " exercises") + " ("
                    + watcher.folders() + " folders) for changes; Ctrl-C stops";
            WatchLoop loop = new WatchLoop(watcher, () -> {
                if (terminal) {
                    System.out.print(CLEAR);
                }
                gradeOnce.grade(grader, submission, FailureListing.FIRST);
                System.out.println(watching);
                System.out.flush();
            }, new WatchLoop.Events() {
                @Override
                public void roundFailed(Exception e) {
                    System.err.println("grade: this round failed: " + (e instanceof pymem.grader.BadInputException ? e.getMessage() : e)
                            + "; waiting for the next change");
                }

                @Override
                public void stopped() {
                    System.out.println();
                    System.out.println("watch stopped");
                    System.out.flush();
                }
            });
            Thread hook = new Thread(() -> stop(loop), "pymem-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            loop.run();
            if (!stopped) {
                Runtime.getRuntime().removeShutdownHook(hook); // the loop ended by itself (its folders went away)
            }
        }
    }

    /**
     * Ctrl-C: no new round, the wait for changes ends, the compile servers close and the test JVMs this grader
     * started are stopped (they would halt anyway once this JVM's end closes their input), then the loop is
     * given a moment to say it stopped.
     */
    private void stop(WatchLoop loop) {
        stopped = true;
        loop.requestStop();
        grader.close();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        loop.awaitEnd(Duration.ofSeconds(2));
    }
}
