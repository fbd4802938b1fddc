package pymem.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The oracle: python3, which must be 3.11 (the version every CPython fact of the kit is about). */
final class Python {
    static final String COMMAND = "python3";

    private Python() {
    }

    /** Skips the calling test, saying so on stderr and in the report, when python3 is not 3.11. */
    static void assume311(String what) {
        String version = version();
        if (!version.startsWith("3.11")) {
            System.err.println("SKIPPED " + what + ": python3 3.11 is not available here (found: " + version + ")");
        }
        Assumptions.assumeTrue(version.startsWith("3.11"),
                "python3 3.11 is not available (found: " + version + "): " + what + " was not run");
    }

    /** {@code major.minor.micro} of python3, or {@code none}. */
    static String version() {
        try {
            Process p = new ProcessBuilder(COMMAND, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])").start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(20, TimeUnit.SECONDS);
            return v.isEmpty() ? "none" : v;
        } catch (IOException e) {
            return "none";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "none";
        }
    }
}
