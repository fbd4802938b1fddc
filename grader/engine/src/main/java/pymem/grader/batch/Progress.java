package pymem.grader.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch progress: on a terminal one line rewritten in place (done/total, current, elapsed, estimate);
 * otherwise (CI logs, pipes) one plain line per finished submission.
 */
public final class Progress {
    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();

    public Progress(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    synchronized void started(String student) {
        if (terminal) {
            line(done.get(), "grading " + student);
        }
    }

    synchronized void finished(String student, Gradebook.Row row) {
        int n = done.incrementAndGet();
        if (terminal) {
            line(n, student + ": " + row.total() + " pts");
            if (n == total) {
                out.println();
            }
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s: %d points, %s (%.1f s elapsed)%n", n, total, student, row.total(), row.status(), elapsed());
        }
    }

    private void line(int n, String current) {
        double elapsed = elapsed();
        String eta = n == 0 ? "--" : String.format(Locale.ROOT, "%.0f s", elapsed / n * (total - n));
        String text = String.format(Locale.ROOT, "[%d/%d] %s | %.0f s elapsed, about %s left", n, total, current, elapsed, eta);
        out.print("\r" + (text.length() > 100 ? text.substring(0, 100) : String.format("%-100s", text)));
        out.flush();
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }
}
