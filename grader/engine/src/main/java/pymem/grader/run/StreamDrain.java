package pymem.grader.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a process stream to its end on a daemon thread, keeping only the first {@code limit} bytes. */
final class StreamDrain extends Thread {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private StreamDrain(InputStream in, int limit) {
        super("pymem-stream-drain");
        this.in = in;
        this.limit = limit;
        setDaemon(true);
    }

    static StreamDrain start(InputStream in, int limit) {
        StreamDrain drain = new StreamDrain(in, limit);
        drain.start();
        return drain;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (kept) {
                    int room = limit - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                }
            }
        } catch (IOException e) {
            // process gone
        }
    }

    String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
