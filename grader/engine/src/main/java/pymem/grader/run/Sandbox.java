package pymem.grader.run;

import pymem.grader.files.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a test JVM with the least rights the platform allows. The layers ({@link IsolationLayer}) are found
 * once per grader process by trying them: on Linux as root, the JVM runs as {@code nobody} (setpriv), inside
 * bubblewrap with a read-only filesystem and no network when bubblewrap works, else in a network namespace of
 * its own (unshare); a non-root user on Linux gets bubblewrap alone when user namespaces are allowed. On
 * macOS and Windows (a student's own machine) only the throwaway working directory applies, besides the
 * static allowlist.
 */
public final class Sandbox {
    /** The unprivileged user and group the test JVM runs as when the grader is root. */
    static final int NOBODY = 65534;
    private static volatile Sandbox detected;

    private final Set<IsolationLayer> layers;
    private final String setpriv;
    private final String bwrap;
    private final String unshare;

    private Sandbox(Set<IsolationLayer> layers, String setpriv, String bwrap, String unshare) {
        this.layers = Collections.unmodifiableSet(layers);
        this.setpriv = setpriv;
        this.bwrap = bwrap;
        this.unshare = unshare;
    }

    /** No layer but the throwaway working directory (tests of the grader itself use it to compare). */
    public static Sandbox workDirOnly() {
        return new Sandbox(EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR), null, null, null);
    }

    /** The strongest combination of layers that works here, found once per process. */
    public static Sandbox detect() {
        Sandbox s = detected;
        if (s == null) {
            synchronized (Sandbox.class) {
                if (detected == null) {
                    detected = probe();
                }
                s = detected;
            }
        }
        return s;
    }

    /**
     * This sandbox, less the unprivileged user when that user could not read the whole class path (a kit
     * checked out under a private home folder): the test JVM must be able to start.
     */
    public Sandbox forClasspath(List<java.nio.file.Path> classpath) {
        if (!layers.contains(IsolationLayer.UNPRIVILEGED_USER) || classpath.stream().allMatch(Sandbox::readableByOthers)) {
            return this;
        }
        EnumSet<IsolationLayer> fewer = EnumSet.copyOf(layers);
        fewer.remove(IsolationLayer.UNPRIVILEGED_USER);
        return new Sandbox(fewer, setpriv, bwrap, unshare);
    }

    public Set<IsolationLayer> layers() {
        return layers;
    }

    /** What protects student code here, for reports and {@code ./grade --version}. */
    public String describe() {
        return layers.stream().map(IsolationLayer::description).collect(Collectors.joining("; "));
    }

    /**
     * A process builder for {@code command} inside this sandbox, with {@code runDir} (fresh, made here) as its
     * only writable place, working directory, home and temp dir.
     */
    public ProcessBuilder builder(List<String> command, Path runDir) throws IOException {
        Files.createDirectories(runDir);
        if (layers.contains(IsolationLayer.UNPRIVILEGED_USER)) {
            Files.setAttribute(runDir, "unix:uid", NOBODY);
            Files.setAttribute(runDir, "unix:gid", NOBODY);
        }
        List<String> full = new ArrayList<>(prefix(runDir));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(runDir.toFile());
        Map<String, String> env = builder.environment();
        env.clear(); // nothing of the grader's environment (tokens, JAVA_TOOL_OPTIONS...) reaches student code
        env.put("PATH", "/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("HOME", runDir.toString());
        env.put("TMPDIR", runDir.toString());
        return builder;
    }

    private List<String> prefix(Path runDir) {
        List<String> p = new ArrayList<>();
        if (layers.contains(IsolationLayer.UNPRIVILEGED_USER)) {
            p.addAll(List.of(setpriv, "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--no-new-privs"));
        }
        if (layers.contains(IsolationLayer.READ_ONLY_FILESYSTEM)) {
            String dir = runDir.toString();
            p.addAll(List.of(bwrap, "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-net",
                    "--die-with-parent", "--new-session",
                    "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--bind", dir, dir, "--chdir", dir, "--"));
        } else if (layers.contains(IsolationLayer.NO_NETWORK)) {
            p.addAll(List.of(unshare, "--net", "--fork", "--kill-child", "--"));
        }
        return p;
    }

    /**
     * Grants the unprivileged user what the test JVM must read in a folder this grader made private (a temp
     * folder): traversal of the folder itself. What is inside keeps the usual 755/644 of javac's output.
     */
    public void letTestJvmRead(Path privateFolder) throws IOException {
        if (layers.contains(IsolationLayer.UNPRIVILEGED_USER)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(privateFolder);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(privateFolder, perms);
        }
    }

    /** Whether the unprivileged user can read {@code path}: every folder above it traversable, it readable. */
    public static boolean readableByOthers(Path path) {
        try {
            Path p = path.toAbsolutePath().normalize();
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_READ)) {
                return false;
            }
            for (Path dir = p.getParent(); dir != null; dir = dir.getParent()) {
                if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Sandbox probe() {
        EnumSet<IsolationLayer> layers = EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR);
        if (!System.getProperty("os.name", "").startsWith("Linux") || Boolean.getBoolean("pymem.sandbox.off")) {
            return new Sandbox(layers, null, null, null);
        }
        String setpriv = executable("setpriv");
        String bwrap = executable("bwrap");
        String unshare = executable("unshare");
        boolean root = isRoot();
        List<EnumSet<IsolationLayer>> candidates = new ArrayList<>();
        if (root && setpriv != null && bwrap != null) {
            candidates.add(EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR, IsolationLayer.UNPRIVILEGED_USER,
                    IsolationLayer.READ_ONLY_FILESYSTEM, IsolationLayer.NO_NETWORK));
        }
        if (root && setpriv != null && unshare != null) {
            candidates.add(EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR, IsolationLayer.UNPRIVILEGED_USER, IsolationLayer.NO_NETWORK));
        }
        if (root && setpriv != null) {
            candidates.add(EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR, IsolationLayer.UNPRIVILEGED_USER));
        }
        if (!root && bwrap != null) {
            candidates.add(EnumSet.of(IsolationLayer.THROWAWAY_WORK_DIR, IsolationLayer.READ_ONLY_FILESYSTEM, IsolationLayer.NO_NETWORK));
        }
        for (EnumSet<IsolationLayer> c : candidates) {
            Sandbox s = new Sandbox(c, setpriv, bwrap, unshare);
            if (s.works()) {
                return s;
            }
        }
        return new Sandbox(layers, setpriv, bwrap, unshare);
    }

    /** Tries this combination once: the java binary must start inside it and see a writable run folder. */
    private boolean works() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pymem-sandbox-probe-");
            letTestJvmRead(dir);
            Path run = dir.resolve("run");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            if (layers.contains(IsolationLayer.UNPRIVILEGED_USER) && !readableByOthers(Path.of(System.getProperty("java.home")))) {
                return false;
            }
            Process p = builder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-version"), run).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pymem.grader.files.TempFolders.delete(dir);
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String executable(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
