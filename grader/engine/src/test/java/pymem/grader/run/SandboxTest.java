package pymem.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.files.TempFolders;

/**
 * The sandbox's layers, each tried with a shell inside it doing what a hostile test JVM would: write outside
 * its run folder, reach the network. A layer this platform does not have is skipped with the reason.
 */
@DisplayName("The test JVM's sandbox")
class SandboxTest {
    private final Sandbox sandbox = Sandbox.detect();
    private Path work;
    private Path canary;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createTempDirectory("pymem-sandbox-test-");
        sandbox.letTestJvmRead(work);
        canary = Files.createDirectories(work.resolve("canary"));
        Files.writeString(canary.resolve("keep.txt"), "keep");
        canary.toFile().setWritable(true, false); // writable by anyone: only the sandbox stands in the way
    }

    @AfterEach
    void tearDown() {
        TempFolders.delete(work);
    }

    private String run(String script) throws Exception {
        return run(sandbox, script);
    }

    private String run(Sandbox in, String script) throws Exception {
        Process p = in.builder(List.of("/bin/bash", "-c", script), work.resolve("run")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    @DisplayName("gives the code a fresh working folder it can write, with a clean environment")
    void workDir() throws Exception {
        String out = run("pwd; touch mine.txt && echo wrote; env | cut -d= -f1 | sed 's/^/var:/'");
        assertThat(out).contains(work.resolve("run").toString()).contains("wrote");
        assertThat(Files.exists(work.resolve("run/mine.txt"))).isTrue();
        // only what the sandbox sets (and what bash itself adds), none of the grader's own environment
        java.util.Set<String> vars = new java.util.TreeSet<>();
        out.lines().filter(l -> l.startsWith("var:")).forEach(l -> vars.add(l.substring(4)));
        assertThat(vars).contains("PATH", "HOME", "TMPDIR").isSubsetOf("PATH", "LANG", "HOME", "TMPDIR", "PWD", "SHLVL", "_", "OLDPWD");
    }

    @Test
    @DisplayName("keeps the code from writing outside its working folder, even where the folder is writable by all")
    void readOnly() throws Exception {
        assumeTrue(sandbox.layers().contains(IsolationLayer.READ_ONLY_FILESYSTEM) || sandbox.layers().contains(IsolationLayer.UNPRIVILEGED_USER),
                "no read-only filesystem or unprivileged user on this platform: " + sandbox.describe());
        run("echo forged > " + canary.resolve("keep.txt") + "; touch " + canary.resolve("new.txt") + "; rm -f " + canary.resolve("keep.txt"));
        assertThat(Files.readString(canary.resolve("keep.txt"))).isEqualTo("keep");
        assertThat(Files.exists(canary.resolve("new.txt"))).isFalse();
    }

    @Test
    @DisplayName("runs the code as the unprivileged user when the grader is root")
    void unprivileged() throws Exception {
        assumeTrue(sandbox.layers().contains(IsolationLayer.UNPRIVILEGED_USER), "the grader is not root here: " + sandbox.describe());
        assertThat(run("id -u").strip()).isEqualTo(String.valueOf(Sandbox.NOBODY));
    }

    @Test
    @DisplayName("gives the code no network, not even loopback")
    void noNetwork() throws Exception {
        assumeTrue(sandbox.layers().contains(IsolationLayer.NO_NETWORK), "no network namespace on this platform: " + sandbox.describe());
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String connect = "(exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + ") 2>/dev/null && echo connected || echo refused";
            assertThat(run(Sandbox.workDirOnly(), connect)).as("the same probe outside the sandbox").contains("connected");
            assertThat(run(connect)).contains("refused").doesNotContain("connected");
        }
    }
}
