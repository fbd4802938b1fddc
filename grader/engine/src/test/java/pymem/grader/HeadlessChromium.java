package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for the tests that render the kit's HTML: found or installed once, then run on a
 * page with the flags this closed network needs (no background connections, no component updates).
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Chromium is installed, or could be installed now with apt-get (a new machine's lists may need an update). */
    static synchronized boolean available() throws InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return true;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return false;
        }
        if (run("apt-get", "install", "-y", "chromium") && Files.isExecutable(BINARY)) {
            return true;
        }
        return run("apt-get", "update") && run("apt-get", "install", "-y", "chromium") && Files.isExecutable(BINARY);
    }

    /** Renders {@code page} with {@code args} (e.g. {@code --dump-dom}); its stdout. {@code profile}: a scratch folder. */
    static String render(Path profile, Path page, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile.resolve("chromium")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(profile, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish rendering " + page + " within 3 minutes");
        }
        assertThat(p.exitValue()).as("Chromium's exit status for " + page).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
