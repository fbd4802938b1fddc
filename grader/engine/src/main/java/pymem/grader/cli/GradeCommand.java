package pymem.grader.cli;

import pymem.grader.files.TempFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pymem.grader.BadInputException;
import pymem.grader.Grader;
import pymem.grader.kit.Kit;
import pymem.grader.kit.KitEdition;
import pymem.grader.report.FailureListing;
import pymem.grader.kit.TestSuite;
import pymem.grader.report.ConsoleReport;
import pymem.grader.report.ReportWriter;
import pymem.grader.score.GradeResult;
import pymem.grader.submission.Submission;
import pymem.grader.submission.SubmissionLocator;

/**
 * {@code ./grade}: grades the working tree's exercises, the reference solutions, or a submission folder or
 * zip, prints the score table and writes the report folder.
 *
 * <p>Exit status: 0 when grading ran (whatever the score); 1 when {@code --min-score} was not met; 2 for bad
 * input, with a one-line reason; 3 for an internal failure.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = GradeCommand.Version.class,
        description = "Grades pymem-kit exercises: the working tree (no PATH), the reference (--solutions), "
                + "or a submission folder or .zip (PATH).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:grading ran", "1:--min-score was not met", "2:bad input", "3:internal failure"},
        subcommands = {BatchCommand.class, MergeCommand.class, ReleaseCommand.class, GradescopeCommand.class,
                QualityCommand.class, CalibrateCommand.class, MisconceptionsCommand.class})
public final class GradeCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BELOW_MIN_SCORE = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    @Parameters(arity = "0..*", paramLabel = "PATH|EXERCISE",
            description = "a submission (a folder laid out like exercises/, a student repository containing exercises/, or a .zip of either), "
                    + "one exercise's folder (exercises/04-refcount: that exercise only), or exercises to grade alone (04, 4, 04-refcount or refcount)")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-e", "--exercise"}, paramLabel = "EXERCISE", split = ",",
            description = "grade only this exercise (04, 4, 04-refcount or refcount); may be repeated or comma-separated")
    List<String> exercises = new ArrayList<>();

    @Option(names = "--solutions", description = "grade the kit's reference solutions")
    boolean solutions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grade-report",
            description = "where results.json, junit.xml and report.html go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--min-score", paramLabel = "P", description = "exit with 1 unless the total is at least P percent")
    Double minScore;

    @Option(names = "--visible", description = "grade with the exercises' visible tests instead of the hidden ones")
    boolean visible;

    @picocli.CommandLine.Mixin
    FeedbackOptions feedback = new FeedbackOptions();

    @Option(names = {"-q", "--quiet"}, description = "print only the score table and the report folder, no failure at all "
            + "(without -q: the failures of every exercise with some progress, one line for each not started; with one exercise "
            + "named, all of its failures)")
    boolean quiet;

    @Option(names = {"-w", "--watch"}, description = "grade again each time a source file of the chosen exercises (all when none is "
            + "named) changes: the score table and the first failure; Ctrl-C stops")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new BadInputException("--min-score must be a percentage from 0 to 100, not " + minScore);
        }
        feedback.validate();
        Targets chosen = Targets.parse(targets, exercises);
        Path path = chosen.path();
        if (solutions && path != null) {
            throw new BadInputException("give either --solutions or a PATH, not both");
        }
        Kit kit = Kit.locate();
        if (watch && minScore != null) {
            throw new BadInputException("--min-score has no use with --watch, which grades until stopped");
        }
        if (watch && path != null && !Files.isDirectory(path)) {
            throw new BadInputException("--watch needs a folder to watch, not " + path + " (unzip it, or leave it out for the working tree)");
        }
        Path work = Files.createTempDirectory("pymem-submission-");
        try {
            Submission submission = solutions ? new Submission("reference solutions", kit.solutionsDir())
                    : path == null || isWorkingTree(kit, path) ? new Submission("working tree (exercises/)", kit.exercisesDir())
                    : SubmissionLocator.locate(path, work);
            TestSuite suite = visible ? TestSuite.visible(kit) : TestSuite.of(kit);
            try (Grader grader = new Grader(kit, suite)) {
                if (!chosen.exercises().isEmpty()) {
                    // named exercises are the ones to see in detail: a stub's every test with its own failure
                    grader.onlyExercises(chosen.exercises()).runningUnchangedStubs();
                }
                if (path == null || Files.isDirectory(path)) {
                    grader.namingSourcesFrom(Path.of("")); // compile errors name files as javac would from here
                }
                if (watch) {
                    new WatchCommand(grader, submission, chosen.exercises(), this::gradeOnce).run();
                    return OK;
                }
                GradeResult result = gradeOnce(grader, submission, listing(chosen));
                return minScore != null && result.percent() + 1e-9 < minScore ? BELOW_MIN_SCORE : OK;
            }
        } finally {
            TempFolders.delete(work);
        }
    }

    /** Whether {@code path} is the kit's own exercises folder (what {@code ./grade exercises/04-refcount} names). */
    private static boolean isWorkingTree(Kit kit, Path path) throws IOException {
        return Files.isDirectory(path) && Files.isSameFile(path, kit.exercisesDir());
    }

    /** Grades once, writes the report folder and prints the score table with the failures {@code listing} asks for. */
    GradeResult gradeOnce(Grader grader, Submission submission, FailureListing listing) throws IOException, InterruptedException {
        GradeResult result = feedback.apply(grader.grade(submission));
        ReportWriter.write(result, out);
        System.out.print(ConsoleReport.render(result, quiet ? FailureListing.NONE : listing));
        System.out.println("reports: " + out.toAbsolutePath().normalize() + " (results.json, junit.xml, report.html)");
        System.out.flush();
        return result;
    }

    /**
     * How many failures the console shows: none with -q; all of them for the one exercise a student asked about;
     * else those of the exercises with some progress, the others folded into a line each.
     */
    private FailureListing listing(Targets chosen) {
        if (quiet) {
            return FailureListing.NONE;
        }
        return chosen.exercises().size() == 1 ? FailureListing.ALL : FailureListing.FOLD_NOT_STARTED;
    }

    /** The version, and what isolates student code on this machine (found by trying each layer). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String isolation;
            try {
                Kit kit = Kit.locate();
                isolation = new Grader(kit, TestSuite.of(kit)).sandbox().describe();
            } catch (RuntimeException e) {
                isolation = pymem.grader.run.Sandbox.detect().describe();
            }
            return new String[] {"pymem-kit grader 1.0", "isolation of student code: " + isolation};
        }
    }

    /** The edition of the kit the grader runs in; the instructor's when there is no kit to ask (the error comes later). */
    private static KitEdition edition() {
        try {
            return Kit.locate().edition();
        } catch (IllegalStateException e) {
            return KitEdition.INSTRUCTOR;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new GradeCommand());
        KitEdition edition = edition();
        StudentCommands.adapt(cli, edition);
        cli.setExecutionStrategy(parsed -> {
            var refused = StudentCommands.refusal(parsed, edition);
            if (refused.isPresent()) {
                cli.getErr().println("grade: " + refused.get());
                return BAD_INPUT;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (WatchCommand.stopped()) {
                return OK; // Ctrl-C during a grade: the stop broke it, and the stop says so itself
            }
            if (ex instanceof BadInputException) {
                err.println("grade: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("grade: internal error: " + ex + " (please report this with the command you ran)");
            return INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("grade: " + ex.getMessage() + " (see ./grade --help)");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
