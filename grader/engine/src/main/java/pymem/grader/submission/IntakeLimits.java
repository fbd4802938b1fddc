package pymem.grader.submission;

/**
 * How much a submission may hold. Every limit is far above what a real exercise needs (the largest reference
 * source file is about 13 KB, the largest exercise about 50 KB in 10 files, 3 folders deep) and far below
 * what would slow the grader down or fill its disk. A source tree past a limit is refused, not truncated:
 * the student is told which entry and why.
 */
public final class IntakeLimits {
    /** One source file. */
    public static final long MAX_FILE_BYTES = 1L << 20;
    /** All of one exercise's source files together. */
    public static final long MAX_EXERCISE_BYTES = 4L << 20;
    /** Files and folders of any kind under one exercise's {@code src/main/java}; also bounds the walk itself. */
    public static final int MAX_ENTRIES_PER_EXERCISE = 200;
    /** Folders below {@code src/main/java} ({@code pymem/refcount} is 2). */
    public static final int MAX_DEPTH = 16;
    /** Entries of one zip (files and folders, whatever their kind). */
    public static final int MAX_ZIP_ENTRIES = 5_000;
    /** Size of a zip file, and bytes extracted from it, all entries together (counted while copying). */
    public static final long MAX_ZIP_BYTES = 50L << 20;

    private IntakeLimits() {
    }

    /** A size for a message, e.g. {@code 20.0 MiB}. */
    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
