package pymem.grader.watch;

import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./grade --watch}: one round (grade and print), then another each time the sources change, until
 * stopped. Rounds run one after the other on the calling thread, so two grades never overlap: a change made
 * while a round runs is queued by the watcher and starts the next round as soon as this one ends.
 */
public final class WatchLoop {
    /** How long an editor's burst of events must have been quiet before a round starts. */
    public static final Duration DEBOUNCE = Duration.ofMillis(200);

    /** One grade and its report. */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    /** What the loop tells about itself: a round that failed, and the loop's end. */
    public interface Events {
        void roundFailed(Exception e);

        void stopped();
    }

    private final SourceWatcher watcher;
    private final Round round;
    private final Events events;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile int rounds;

    public WatchLoop(SourceWatcher watcher, Round round, Events events) {
        this.watcher = watcher;
        this.round = round;
        this.events = events;
    }

    /** Runs rounds until {@link #requestStop} (or an interrupt); returns when the loop has ended. */
    public void run() {
        try {
            while (!stopping) {
                try {
                    round.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    if (stopping) {
                        return; // stopped in the middle of a grade: what broke is the stop, not the grade
                    }
                    events.roundFailed(e);
                }
                rounds++;
                Optional<TreeSet<java.nio.file.Path>> change = watcher.awaitChange(DEBOUNCE);
                if (change.isEmpty()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            events.stopped();
            ended.countDown();
        }
    }

    /** How many rounds have finished. */
    public int rounds() {
        return rounds;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Stops the loop: no new round starts, a wait for changes ends at once (a round under way runs on). */
    public void requestStop() {
        stopping = true;
        try {
            watcher.close();
        } catch (java.io.IOException e) {
            // a watch service that cannot close is no longer waited on: stopping is set
        }
    }

    /** Waits for the loop to end, at most {@code wait}; returns whether it did. */
    public boolean awaitEnd(Duration wait) {
        try {
            return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
