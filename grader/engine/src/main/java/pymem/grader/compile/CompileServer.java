package pymem.grader.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The grader's handle on one compile server JVM ({@link CompileServerMain}): sends it requests and waits for
 * each reply no longer than its deadline. A server that overruns a deadline is killed; one that dies (out of
 * memory) is gone; either way the request gets a {@link CompileStatus#BOUND_EXCEEDED} reply saying which
 * bound, and the owner starts a fresh server for what comes next. Used by one thread at a time.
 */
final class CompileServer {
    /** What -XX:+ExitOnOutOfMemoryError exits with. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** How long a server asked to quit may take to end (it may be writing its class data sharing archive). */
    private static final long QUIT_GRACE_MILLIS = 3000;

    private final Process process;
    private final Writer requests;
    /** The server's stdout, line by line; empty once it ended. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final int heapMegabytes;
    /** Where this server records a class data sharing archive when it quits, if it does. */
    private final Optional<Path> recording;

    private CompileServer(Process process, int heapMegabytes, Optional<Path> recording) {
        this.process = process;
        this.heapMegabytes = heapMegabytes;
        this.recording = recording;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "pymem-compile-server-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a server; it boots while the caller goes on (the first request waits for it).
     *
     * @param jvmOptions options beyond the bounds' (heap) and the protocol's
     * @param recording  the class data sharing archive the options tell it to record, if they do
     */
    static CompileServer start(CompileBounds bounds, List<String> jvmOptions, Optional<Path> recording) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx" + bounds.heapMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CompileServerMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        return new CompileServer(builder.start(), bounds.heapMegabytes(), recording);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The server's reply, or a {@link CompileStatus#BOUND_EXCEEDED} one when the server overran {@code deadline}
     * (then it is killed) or died.
     */
    CompileReply compile(CompileRequest request, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        try {
            CompileProtocol.writeRequest(requests, request);
        } catch (IOException e) {
            return died();
        }
        while (true) {
            Optional<String> line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                kill();
                return new CompileReply(CompileStatus.BOUND_EXCEEDED, String.format(Locale.ROOT,
                        "compilation took longer than %s (the grader's bound): deeply nested generic calls or lambdas?", seconds(deadline)));
            }
            if (line.isEmpty()) {
                return died();
            }
            Optional<CompileReply> reply = CompileProtocol.readReply(line.get());
            if (reply.isPresent()) {
                return reply.get();
            }
        }
    }

    private CompileReply died() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            kill();
        }
        if (!process.isAlive() && process.exitValue() == OUT_OF_MEMORY_EXIT) {
            return new CompileReply(CompileStatus.BOUND_EXCEEDED, "compilation needed more than " + heapMegabytes
                    + " MB of memory (the grader's bound): a huge source or deeply nested generic calls?");
        }
        return new CompileReply(CompileStatus.BOUND_EXCEEDED, "the compiler's JVM died while compiling these sources"
                + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"));
    }

    /** Asks the server to end (it then writes its class data sharing archive, if asked to); does not wait. */
    void quit() {
        try {
            CompileProtocol.writeQuit(requests);
            requests.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Waits a little for a server asked to quit, then kills it; returns whether it ended by itself, cleanly. */
    boolean awaitEnd() throws InterruptedException {
        if (!process.waitFor(QUIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
            kill();
            return false;
        }
        return process.exitValue() == 0;
    }

    Optional<Path> recording() {
        return recording;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    private void readLines() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException e) {
            // the server went away; the end marker below says so
        }
        lines.add(Optional.empty());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
