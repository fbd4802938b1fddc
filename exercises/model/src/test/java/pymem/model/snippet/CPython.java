package pymem.model.snippet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs snippet files under python3, all in one process ({@code src/test/python/cpython_transcripts.py}). */
final class CPython {
    private static final String PYTHON = "python3";
    private static final Path RUNNER = Path.of("src", "test", "python", "cpython_transcripts.py");

    /** What CPython printed and the exception that ended the run (null if none). */
    record Result(List<String> output, String error) {
    }

    private CPython() {
    }

    /** {@code python3 --version}'s number, or a sentence saying why there is none. */
    static String version() {
        try {
            Process p = new ProcessBuilder(PYTHON, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            return out.startsWith("Python ") ? out.substring("Python ".length()) : out;
        } catch (IOException e) {
            return "no python3 on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Each file's result, by {@code file.path().toString()}. */
    static Map<String, Result> run(List<SnippetFile> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, RUNNER.toString()));
        files.forEach(f -> command.add(f.path().toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python3 " + RUNNER + " failed");
        }
        Map<String, Result> results = new LinkedHashMap<>();
        String file = null;
        List<String> printed = new ArrayList<>();
        String error = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("FILE ")) {
                file = line.substring(5);
                printed = new ArrayList<>();
                error = null;
            } else if (line.startsWith("OUT ")) {
                printed.add(line.substring(4));
            } else if (line.startsWith("ERR ")) {
                error = line.substring(4);
            } else if (line.equals("END")) {
                results.put(file, new Result(List.copyOf(printed), error));
            }
        }
        return results;
    }
}
