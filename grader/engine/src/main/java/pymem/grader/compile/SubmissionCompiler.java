package pymem.grader.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.grader.kit.Exercise;

/**
 * Compiles all of a submission's exercises, fast when it can and isolated when it must, never beyond the
 * grader's {@link CompileBounds}. javac's cost is mostly its own warm-up, so the exercises are first compiled
 * together in one task (each class still written to its own exercise's folder); only when that fails (a
 * compile error or a blow-up somewhere) is each exercise compiled on its own, with its own deadline, so that
 * an error costs only its own exercise. All of it fits in one per-submission deadline.
 */
public final class SubmissionCompiler {
    private final CompileServers servers;
    private final List<String> classpath;

    /**
     * @param servers   the grader's compile servers (the calling thread's one does the work)
     * @param classpath what exercises compile against (the model)
     */
    public SubmissionCompiler(CompileServers servers, List<Path> classpath) {
        this.servers = servers;
        this.classpath = classpath.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    }

    /** The outcome per exercise, in the order of {@code sources}; classes of exercise E go to {@code out/E.folder()}. */
    public Map<Exercise, CompileOutcome> compile(Map<Exercise, Path> sources, Path out) throws IOException, InterruptedException {
        CompileBounds bounds = servers.bounds();
        long submissionEnd = System.nanoTime() + bounds.perSubmission().toNanos();
        Map<Exercise, CompileOutcome> outcomes = new LinkedHashMap<>();
        Map<Exercise, SourceSet> compilable = new LinkedHashMap<>();
        for (Map.Entry<Exercise, Path> e : sources.entrySet()) {
            Path target = out.resolve(e.getKey().folder());
            ExerciseSources found = ExerciseSources.find(e.getValue(), bounds.maxSourceFiles());
            CompileOutcome refused = refusal(found, target, bounds);
            if (refused != null) {
                outcomes.put(e.getKey(), refused);
            } else {
                compilable.put(e.getKey(), found.toSourceSet(target));
            }
        }
        if (compilable.size() > 1) {
            CompileReply together = servers.compile(new CompileRequest(List.copyOf(compilable.values()), classpath, false),
                    min(bounds.together(), submissionEnd));
            if (together.status() == CompileStatus.COMPILED) {
                // an exercise whose classes use a class that another exercise's sources declared would not compile
                // on its own (and would miss that class in its test JVM): it is compiled alone, as it is graded
                java.util.Set<Exercise> leaning = CrossReferences.leaningOnOthers(compilable.keySet(), out);
                compilable.forEach((e, set) -> {
                    if (!leaning.contains(e)) {
                        outcomes.put(e, outcome(set, together));
                    }
                });
                compilable.keySet().retainAll(leaning);
                if (compilable.isEmpty()) {
                    return inOrder(sources, outcomes);
                }
            }
        }
        for (Map.Entry<Exercise, SourceSet> e : compilable.entrySet()) {
            SourceSet set = e.getValue();
            Duration left = Duration.ofNanos(submissionEnd - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                outcomes.put(e.getKey(), new CompileOutcome(Path.of(set.out()), CompileStatus.BOUND_EXCEEDED,
                        "not compiled: the submission's other exercises used up its compile time (" + bounds.perSubmission().toSeconds()
                                + " s, the grader's bound)"));
                continue;
            }
            CompileReply alone = servers.compile(new CompileRequest(List.of(set), classpath, true), min(bounds.perExercise(), submissionEnd));
            outcomes.put(e.getKey(), outcome(set, alone));
        }
        return inOrder(sources, outcomes);
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

    private static CompileOutcome outcome(SourceSet set, CompileReply reply) {
        return new CompileOutcome(Path.of(set.out()), reply.status(), reply.errors());
    }

    /** The shorter of {@code bound} and what is left until {@code end}. */
    private static Duration min(Duration bound, long end) {
        Duration left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
        return left.compareTo(bound) < 0 ? left : bound;
    }

    private static Map<Exercise, CompileOutcome> inOrder(Map<Exercise, Path> sources, Map<Exercise, CompileOutcome> outcomes) {
        Map<Exercise, CompileOutcome> ordered = new LinkedHashMap<>();
        for (Exercise e : new ArrayList<>(sources.keySet())) {
            ordered.put(e, outcomes.get(e));
        }
        return ordered;
    }
}
