package pymem.grader.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.grader.kit.Exercise;

/**
 * Compiles a submission's exercises one at a time, each on its own, exactly as it is graded: against the model
 * only, its classes in a folder of its own, so that no exercise compiles thanks to a class another exercise
 * declared, and an error or a blow-up costs only its own exercise. Never beyond the grader's
 * {@link CompileBounds}: a deadline per exercise inside one deadline for the whole submission, which starts
 * when this compiler is made.
 *
 * <p>One exercise at a time lets the grader start an exercise's tests as soon as it compiled, while the next
 * exercise compiles: javac's time overlaps with the test JVMs' instead of preceding all of them.
 */
public final class SubmissionCompiler {
    private final CompileServers servers;
    private final List<String> classpath;
    private final long submissionEnd;

    /**
     * @param servers   the grader's compile servers (the calling thread's one does the work)
     * @param classpath what exercises compile against (the model)
     */
    public SubmissionCompiler(CompileServers servers, List<Path> classpath) {
        this.servers = servers;
        this.classpath = classpath.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        this.submissionEnd = System.nanoTime() + servers.bounds().perSubmission().toNanos();
    }

    /** Compiles one exercise's {@code sources} into {@code out} (its own folder). */
    public CompileOutcome compile(Path sources, Path out) throws IOException, InterruptedException {
        CompileBounds bounds = servers.bounds();
        ExerciseSources found = ExerciseSources.find(sources, bounds.maxSourceFiles());
        CompileOutcome refused = refusal(found, out, bounds);
        if (refused != null) {
            return refused;
        }
        Duration left = Duration.ofNanos(submissionEnd - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            return new CompileOutcome(out, CompileStatus.BOUND_EXCEEDED, "not compiled: the submission's other exercises used up its compile time ("
                    + bounds.perSubmission().toSeconds() + " s, the grader's bound)");
        }
        Duration deadline = left.compareTo(bounds.perExercise()) < 0 ? left : bounds.perExercise();
        CompileReply reply = servers.compile(new CompileRequest(List.of(found.toSourceSet(out)), classpath, true), deadline);
        return new CompileOutcome(out, reply.status(), reply.errors());
    }

    /** Compiles every exercise of {@code sources}, in its order; classes of exercise E go to {@code out/E.folder()}. */
    public Map<Exercise, CompileOutcome> compileAll(Map<Exercise, Path> sources, Path out) throws IOException, InterruptedException {
        Map<Exercise, CompileOutcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<Exercise, Path> e : sources.entrySet()) {
            outcomes.put(e.getKey(), compile(e.getValue(), out.resolve(e.getKey().folder())));
        }
        return outcomes;
    }

    /** Why an exercise is not even handed to javac, or null when it is. */
    private static CompileOutcome refusal(ExerciseSources found, Path target, CompileBounds bounds) {
        if (!found.complete()) {
            return new CompileOutcome(target, CompileStatus.BOUND_EXCEEDED, "the source folder holds more than " + bounds.maxSourceFiles()
                    + " files and folders (the grader's bound): remove what is not the exercise's source");
        }
        if (found.bytes() > bounds.maxSourceBytes()) {
            return new CompileOutcome(target, CompileStatus.BOUND_EXCEEDED, String.format(java.util.Locale.ROOT,
                    "the sources are %.1f MB, more than the grader's bound of %.1f MB: remove generated or pasted data",
                    found.bytes() / 1048576.0, bounds.maxSourceBytes() / 1048576.0));
        }
        if (found.files().isEmpty()) {
            return new CompileOutcome(target, CompileStatus.COMPILE_ERROR,
                    "no .java files under " + found.root().getFileName() + " (expected src/main/java/pymem/...)");
        }
        return null;
    }
}
