package pymem.grading;

/**
 * The stack every graded test runs on, and the sizes that scale tests derive from it. A scale test exists
 * to show that an implementation does not recurse once per level of the data: its depth must surely
 * overflow this stack for any such implementation, and need be no larger than that.
 */
public final class TestStack {
    /**
     * The grader runs every test body on a thread with exactly this stack (fixed, so results do not vary).
     * 1 MiB is the JVM's own default on 64-bit Linux and far more than any iterative implementation needs (the
     * snippet interpreter's deepest legal call chain, 200 Python calls, runs on a 256 KiB stack and overflows
     * 128 KiB, measured with exercise 03's reference in interpreted mode); every scale
     * test's size is derived from it, so a smaller stack makes the scale tests smaller and faster.
     */
    public static final long BYTES = 1024L * 1024;

    /**
     * The least stack any call can take: the return address and the saved frame pointer, 8 bytes each on a
     * 64-bit JVM. No real frame is that small (locals, arguments and spills come on top).
     */
    public static final int MIN_FRAME_BYTES = 16;

    /**
     * A depth that overflows {@link #BYTES} for any implementation that makes at least one call per level:
     * 65,536 levels of at least 16 bytes each exceed 1 MiB.
     */
    public static final int RECURSION_PROOF_DEPTH = (int) (BYTES / MIN_FRAME_BYTES);

    /**
     * The depth that overflows {@link #BYTES} for any implementation that makes at least one call per object,
     * when each level of the data holds {@code objectsPerLevel} objects on the way down (an instance and its
     * dict: 2). Deeper data only costs time.
     */
    public static int depthFor(int objectsPerLevel) {
        if (objectsPerLevel < 1) {
            throw new IllegalArgumentException("a level holds at least one object, not " + objectsPerLevel);
        }
        return (RECURSION_PROOF_DEPTH + objectsPerLevel - 1) / objectsPerLevel;
    }

    private TestStack() {
    }
}
