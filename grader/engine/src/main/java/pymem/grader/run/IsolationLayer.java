package pymem.grader.run;

/**
 * One layer of protection around a test JVM, beyond the static allowlist (which refuses file, network,
 * process and reflection APIs before any student code runs). Which layers are active depends on the
 * platform; {@link Sandbox#detect()} finds out and reports say which were used.
 */
public enum IsolationLayer {
    /** Always: a fresh working directory per test JVM, a scrubbed environment, its own temp dir. */
    THROWAWAY_WORK_DIR("a throwaway working directory and a clean environment"),
    /** The grader runs as root (Gradescope, CI containers): the test JVM runs as the unprivileged user nobody. */
    UNPRIVILEGED_USER("student code runs as the unprivileged user nobody (the kit and reports are read-only to it)"),
    /** bubblewrap: the whole filesystem mounted read-only except the working directory. */
    READ_ONLY_FILESYSTEM("a read-only view of the filesystem except the working directory (bubblewrap)"),
    /** A network namespace with no interfaces: no connection can be made, not even to loopback. */
    NO_NETWORK("no network (a namespace without interfaces)");

    private final String description;

    IsolationLayer(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
