package pymem.grader.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compile servers of one grader, one per grading thread: a server stays up, warm, across the exercises of
 * a grade and across the submissions of a batch, and a server that had to be killed is replaced by a fresh one
 * on the next request. Thread-safe; {@link #close()} ends every server.
 */
public final class CompileServers implements AutoCloseable {
    private final CompileBounds bounds;
    private final List<String> jvmOptions;
    private final Optional<ServerArchive> archive;
    private final Map<Thread, CompileServer> byThread = new HashMap<>();
    private boolean closed;

    public CompileServers(CompileBounds bounds) {
        this(bounds, List.of("-XX:TieredStopAtLevel=1"));
    }

    /** @param jvmOptions extra options for each server JVM (heap and GC are set from {@code bounds}) */
    public CompileServers(CompileBounds bounds, List<String> jvmOptions) {
        this.bounds = bounds;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.archive = ServerArchive.forThisGrader(this.jvmOptions);
    }

    public CompileBounds bounds() {
        return bounds;
    }

    /** Starts the calling thread's server now, if it has none, so that its start-up overlaps with the caller's next steps. */
    public void warmUp() throws IOException {
        server();
    }

    /** Runs one request on the calling thread's server, within {@code deadline}. */
    CompileReply compile(CompileRequest request, Duration deadline) throws IOException, InterruptedException {
        return server().compile(request, deadline);
    }

    private synchronized CompileServer server() throws IOException {
        if (closed) {
            throw new IllegalStateException("the compile servers were closed");
        }
        endServersOfEndedThreads();
        CompileServer server = byThread.get(Thread.currentThread());
        if (server == null || !server.isAlive()) {
            if (server != null) {
                server.recording().ifPresent(r -> archive.ifPresent(a -> a.keep(r, false))); // killed: its recording is not complete
            }
            server = start();
            byThread.put(Thread.currentThread(), server);
        }
        return server;
    }

    private CompileServer start() throws IOException {
        Optional<Path> recording = archive.flatMap(ServerArchive::newRecording);
        List<String> options = new ArrayList<>(jvmOptions);
        archive.ifPresent(a -> options.addAll(a.jvmOptions(recording)));
        return CompileServer.start(bounds, options, recording);
    }

    private void endServersOfEndedThreads() {
        byThread.entrySet().removeIf(e -> {
            if (e.getKey().isAlive()) {
                return false;
            }
            e.getValue().quit();
            return true;
        });
    }

    /** Asks every server to quit (all at once, then waits), killing those that do not. */
    @Override
    public void close() {
        List<CompileServer> servers;
        synchronized (this) {
            closed = true;
            servers = new ArrayList<>(byThread.values());
            byThread.clear();
        }
        servers.forEach(CompileServer::quit);
        try {
            for (CompileServer s : servers) {
                boolean clean = s.awaitEnd();
                s.recording().ifPresent(r -> archive.ifPresent(a -> a.keep(r, clean)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
