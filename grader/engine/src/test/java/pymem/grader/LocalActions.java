package pymem.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the jobs of a GitHub Actions workflow file on this machine, step by step, as a runner would: each
 * {@code run:} step's script, read from the file, goes to {@code bash --noprofile --norc -eo pipefail} (the
 * runner's command for {@code shell: bash}) in the workspace with the step's {@code env:}, {@code GITHUB_OUTPUT}
 * and {@code GITHUB_STEP_SUMMARY}; {@code actions/upload-artifact@v4} and {@code actions/download-artifact@v4}
 * move files through a local artifact store with v4's layout; {@code actions/checkout} and
 * {@code actions/setup-java} are no-ops (the workspace is the kit, the JDK is this JVM's). Expressions are
 * evaluated for the contexts the kit's workflows use (inputs, secrets, matrix, needs, steps, runner.temp); any
 * other expression, {@code uses:} or {@code if:} fails the run by name, so a workflow that outgrows this runner
 * says so instead of being half-run.
 */
final class LocalActions {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern FROM_JSON = Pattern.compile("fromJSON\\((.+)\\)");

    /** What one job left: its outputs, how long it took, and its steps' output (for failure messages). */
    record JobRun(String job, Map<String, String> outputs, double seconds, String log, Path runnerTemp) {
    }

    /** A step that exited non-zero: the job stops there, as on GitHub. */
    static final class StepFailed extends RuntimeException {
        final int exitCode;
        final String output;

        StepFailed(String job, String step, int exitCode, String output) {
            super("job " + job + ", step '" + step + "' exited with " + exitCode + ":\n" + tail(output));
            this.exitCode = exitCode;
            this.output = output;
        }
    }

    final JsonNode workflow;
    private final Path workspace;
    private final Path scratch;
    private final Path artifacts;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> jobOutputs = new LinkedHashMap<>();
    private int runs;

    /** The workflow at {@code file}, run in {@code workspace}; runner folders and artifacts go under {@code scratch}. */
    LocalActions(Path file, Path workspace, Path scratch) throws IOException {
        this.workflow = read(file);
        this.workspace = workspace;
        this.scratch = scratch;
        this.artifacts = Files.createDirectories(scratch.resolve("artifacts"));
        JsonNode declared = workflow.path("on").path("workflow_dispatch").path("inputs");
        declared.fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().path("default").asText("")));
        environment.put("CI", "true");
        environment.put("GITHUB_ACTIONS", "true");
        environment.put("GITHUB_WORKSPACE", workspace.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    static JsonNode read(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }

    LocalActions input(String name, String value) {
        if (!workflow.path("on").path("workflow_dispatch").path("inputs").has(name)) {
            throw new IllegalArgumentException("the workflow has no input '" + name + "'");
        }
        inputs.put(name, value);
        return this;
    }

    LocalActions secret(String name, String value) {
        secrets.put(name, value);
        return this;
    }

    /** A variable every step sees (the runner's own, e.g. GITHUB_SERVER_URL), or PATH with a folder in front. */
    LocalActions env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    LocalActions pathFirst(Path folder) {
        return env("PATH", folder + java.io.File.pathSeparator + System.getenv("PATH"));
    }

    /** The values of {@code strategy.matrix.<key>} of a job, once the jobs it needs have run. */
    List<String> matrix(String job, String key) throws IOException {
        String spec = jobNode(job).path("strategy").path("matrix").path(key).asText();
        Matcher m = EXPRESSION.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("matrix " + key + " of " + job + " is not one expression: " + spec);
        }
        Matcher json = FROM_JSON.matcher(m.group(1));
        if (!json.matches()) {
            throw new IllegalArgumentException("matrix " + key + " of " + job + ": only fromJSON(...) is evaluated here, not " + spec);
        }
        List<String> values = new ArrayList<>();
        new ObjectMapper().readTree(value(json.group(1).strip(), Map.of(), Map.of(), null)).forEach(v -> values.add(v.asText()));
        return values;
    }

    JobRun run(String job) throws IOException, InterruptedException {
        return run(job, Map.of());
    }

    /** Runs every step of {@code job} with these matrix values; a failing step throws {@link StepFailed}. */
    JobRun run(String job, Map<String, String> matrix) throws IOException, InterruptedException {
        JsonNode node = jobNode(job);
        for (JsonNode need : needs(node)) {
            if (!jobOutputs.containsKey(need.asText())) {
                throw new IllegalStateException("job " + job + " needs " + need.asText() + ", which has not run");
            }
        }
        Path runnerTemp = Files.createDirectories(scratch.resolve("runner-" + (++runs) + "-" + job).resolve("temp"));
        Map<String, Map<String, String>> steps = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        long start = System.nanoTime();
        int index = 0;
        for (JsonNode step : node.path("steps")) {
            index++;
            String name = step.path("name").asText("step " + index);
            String condition = step.path("if").asText("");
            if (!condition.isEmpty() && !condition.equals("always()")) {
                throw new IllegalArgumentException("job " + job + ", step '" + name + "': the local runner does not evaluate if: " + condition);
            }
            Map<String, String> outputs;
            if (step.has("run")) {
                outputs = runScript(job, name, step, node, matrix, steps, runnerTemp, log);
            } else {
                outputs = useAction(job, name, step, matrix, steps, runnerTemp);
            }
            if (step.has("id")) {
                steps.put(step.get("id").asText(), outputs);
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        node.path("outputs").fields().forEachRemaining(e -> outputs.put(e.getKey(), substitute(e.getValue().asText(), matrix, steps, runnerTemp)));
        jobOutputs.put(job, outputs);
        return new JobRun(job, outputs, (System.nanoTime() - start) / 1e9, log.toString(), runnerTemp);
    }

    /** Runs only the step with this id of {@code job} (its earlier steps are the test's to stand in for). */
    JobRun runStep(String job, String stepId, Path runnerTemp) throws IOException, InterruptedException {
        JsonNode node = jobNode(job);
        for (JsonNode step : node.path("steps")) {
            if (step.path("id").asText().equals(stepId)) {
                StringBuilder log = new StringBuilder();
                long start = System.nanoTime();
                Map<String, String> outputs = runScript(job, stepId, step, node, Map.of(), new LinkedHashMap<>(), runnerTemp, log);
                return new JobRun(job, outputs, (System.nanoTime() - start) / 1e9, log.toString(), runnerTemp);
            }
        }
        throw new IllegalArgumentException("job " + job + " has no step with id " + stepId);
    }

    /** The files of an artifact the run uploaded. */
    Path artifact(String name) {
        Path dir = artifacts.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no artifact named " + name + " was uploaded");
        }
        return dir;
    }

    JsonNode jobNode(String job) {
        JsonNode node = workflow.path("jobs").path(job);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the workflow has no job " + job);
        }
        return node;
    }

    private static List<JsonNode> needs(JsonNode job) {
        List<JsonNode> needs = new ArrayList<>();
        JsonNode n = job.path("needs");
        if (n.isArray()) {
            n.forEach(needs::add);
        } else if (!n.isMissingNode()) {
            needs.add(n);
        }
        return needs;
    }

    private Map<String, String> runScript(String job, String name, JsonNode step, JsonNode jobNode, Map<String, String> matrix,
            Map<String, Map<String, String>> steps, Path runnerTemp, StringBuilder log) throws IOException, InterruptedException {
        String shell = step.path("shell").asText(jobNode.path("defaults").path("run").path("shell")
                .asText(workflow.path("defaults").path("run").path("shell").asText("")));
        if (!shell.equals("bash")) {
            throw new IllegalArgumentException("job " + job + ", step '" + name + "': the local runner runs shell: bash steps only, not '" + shell + "'");
        }
        Path dir = Files.createDirectories(runnerTemp.resolveSibling("step-" + Math.abs(name.hashCode()) + "-" + System.nanoTime()));
        Path script = dir.resolve("script.sh");
        Path output = dir.resolve("output");
        Path summary = dir.resolve("summary.md");
        Files.writeString(script, substitute(step.get("run").asText(), matrix, steps, runnerTemp));
        Files.createFile(output);
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(workspace.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.putAll(environment);
        env.put("RUNNER_TEMP", runnerTemp.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_JOB", job);
        for (JsonNode scope : List.of(workflow.path("env"), jobNode.path("env"), step.path("env"))) {
            scope.fields().forEachRemaining(e -> env.put(e.getKey(), substitute(e.getValue().asText(), matrix, steps, runnerTemp)));
        }
        Path transcript = dir.resolve("transcript.txt");
        Process p = pb.redirectOutput(transcript.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new StepFailed(job, name, -1, "timed out after 30 minutes");
        }
        String out = Files.readString(transcript, StandardCharsets.UTF_8);
        log.append("## ").append(name).append('\n').append(out);
        if (p.exitValue() != 0) {
            throw new StepFailed(job, name, p.exitValue(), out);
        }
        return outputs(output);
    }

    /** GITHUB_OUTPUT's two forms: {@code name=value} and {@code name<<DELIMITER}, lines, {@code DELIMITER}. */
    private static Map<String, String> outputs(Path file) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int eq = line.indexOf('=');
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String delimiter = line.substring(heredoc + 2);
                StringBuilder value = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals(delimiter); i++) {
                    value.append(value.length() == 0 ? "" : "\n").append(lines.get(i));
                }
                outputs.put(line.substring(0, heredoc), value.toString());
            } else if (eq > 0) {
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            } else if (!line.isBlank()) {
                throw new IllegalStateException("GITHUB_OUTPUT line is neither name=value nor name<<DELIMITER: " + line);
            }
        }
        return outputs;
    }

    private Map<String, String> useAction(String job, String name, JsonNode step, Map<String, String> matrix,
            Map<String, Map<String, String>> steps, Path runnerTemp) throws IOException {
        String uses = step.path("uses").asText();
        Map<String, String> with = new LinkedHashMap<>();
        step.path("with").fields().forEachRemaining(e -> with.put(e.getKey(), substitute(e.getValue().asText(), matrix, steps, runnerTemp)));
        if (uses.equals("actions/checkout@v4") || uses.equals("actions/setup-java@v4")) {
            return Map.of(); // the workspace is the kit already, and this JVM's JDK is JAVA_HOME
        }
        if (uses.equals("actions/upload-artifact@v4")) {
            upload(job, name, with);
            return Map.of();
        }
        if (uses.equals("actions/download-artifact@v4")) {
            download(job, name, with);
            return Map.of();
        }
        throw new IllegalArgumentException("job " + job + ", step '" + name + "': the local runner does not know the action " + uses);
    }

    /**
     * upload-artifact v4: the files under the paths given (one a line), relative to the least common ancestor of
     * the paths; files and folders whose name starts with a dot are left out (include-hidden-files: false, its
     * default since 4.4), empty folders too; a name already uploaded in the run is an error.
     */
    private void upload(String job, String step, Map<String, String> with) throws IOException {
        String name = with.getOrDefault("name", "artifact");
        Path target = artifacts.resolve(name);
        if (Files.exists(target)) {
            throw new StepFailed(job, step, 1, "an artifact named " + name + " was already uploaded in this run (artifact names are unique in v4)");
        }
        List<Path> paths = new ArrayList<>();
        for (String line : with.getOrDefault("path", "").split("\n")) {
            if (!line.isBlank()) {
                if (line.contains("*")) {
                    throw new IllegalArgumentException("job " + job + ", step '" + step + "': the local runner takes no wildcards in upload paths");
                }
                paths.add(workspace.resolve(line.strip()).normalize());
            }
        }
        Path root = null;
        for (Path p : paths) {
            Path base = Files.isDirectory(p) ? p : p.getParent();
            root = root == null ? base : commonAncestor(root, base);
        }
        boolean hidden = Boolean.parseBoolean(with.getOrDefault("include-hidden-files", "false"));
        int copied = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path rel = root.relativize(f);
                    if (!hidden && startsHidden(rel)) {
                        continue;
                    }
                    Path dest = target.resolve(rel.toString());
                    Files.createDirectories(dest.getParent());
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                    copied++;
                }
            }
        }
        if (copied == 0 && with.getOrDefault("if-no-files-found", "warn").equals("error")) {
            throw new StepFailed(job, step, 1, "No files were found with the provided path: " + with.get("path") + ". No artifacts will be uploaded.");
        }
    }

    private static boolean startsHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** download-artifact v4: by name into path; by pattern, each artifact into path/NAME unless merge-multiple. */
    private void download(String job, String step, Map<String, String> with) throws IOException {
        Path path = workspace.resolve(with.getOrDefault("path", "")).normalize();
        if (with.containsKey("name")) {
            Path source = artifacts.resolve(with.get("name"));
            if (!Files.isDirectory(source)) {
                throw new StepFailed(job, step, 1, "Unable to download artifact(s): Artifact not found for name: " + with.get("name"));
            }
            Classroom.copyTree(source, path);
            return;
        }
        PathMatcher pattern = FileSystems.getDefault().getPathMatcher("glob:" + with.getOrDefault("pattern", "*"));
        boolean merge = Boolean.parseBoolean(with.getOrDefault("merge-multiple", "false"));
        try (Stream<Path> all = Files.list(artifacts)) {
            for (Path a : all.sorted().toList()) {
                if (pattern.matches(a.getFileName())) {
                    Classroom.copyTree(a, merge ? path : path.resolve(a.getFileName().toString()));
                }
            }
        }
    }

    private String substitute(String text, Map<String, String> matrix, Map<String, Map<String, String>> steps, Path runnerTemp) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), matrix, steps, runnerTemp)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String expression, Map<String, String> matrix, Map<String, Map<String, String>> steps, Path runnerTemp) {
        String[] parts = expression.split("\\.");
        if (expression.equals("runner.temp") && runnerTemp != null) {
            return runnerTemp.toString();
        }
        if (expression.equals("github.workspace")) {
            return workspace.toString();
        }
        if (parts.length == 2 && parts[0].equals("inputs") && inputs.containsKey(parts[1])) {
            return inputs.get(parts[1]);
        }
        if (parts.length == 2 && parts[0].equals("secrets")) {
            return secrets.getOrDefault(parts[1], ""); // an unset secret is the empty string on GitHub too
        }
        if (parts.length == 2 && parts[0].equals("matrix") && matrix.containsKey(parts[1])) {
            return matrix.get(parts[1]);
        }
        if (parts.length == 4 && parts[0].equals("needs") && parts[2].equals("outputs") && jobOutputs.containsKey(parts[1])) {
            return jobOutputs.get(parts[1]).getOrDefault(parts[3], "");
        }
        if (parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs") && steps.containsKey(parts[1])) {
            return steps.get(parts[1]).getOrDefault(parts[3], "");
        }
        throw new IllegalArgumentException("the local runner cannot evaluate ${{ " + expression + " }}");
    }

    static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
