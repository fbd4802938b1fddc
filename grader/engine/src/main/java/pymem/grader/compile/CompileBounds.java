package pymem.grader.compile;

import java.time.Duration;

/**
 * The limits within which the grader compiles a submission, so that no source can make it do unbounded work.
 *
 * @param perExercise     deadline of compiling one exercise on its own
 * @param perSubmission   all of one submission's compile time
 * @param heapMegabytes   the compile server's heap
 * @param maxSourceBytes  the most bytes of .java files one exercise may hold
 * @param maxSourceFiles  the most files and folders the grader looks at under one exercise's source folder
 */
public record CompileBounds(Duration perExercise, Duration perSubmission,
                            int heapMegabytes, long maxSourceBytes, int maxSourceFiles) {

    /**
     * The grader's bounds: the reference solutions compile in about a second in all, and their largest
     * exercise is 60 KB; a submission costs at most 40 s of compile time (two exercises that blow up).
     */
    public static final CompileBounds DEFAULT = new CompileBounds(Duration.ofSeconds(20),
            Duration.ofSeconds(40), 512, 1024 * 1024, 500);
}
