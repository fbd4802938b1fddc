package pymem.grader;

import java.util.Locale;

/** Prints how long each grading phase took to stderr when PYMEM_PROFILE is set: where a grade's time goes. */
final class PhaseTimer {
    private static final boolean ON = System.getenv("PYMEM_PROFILE") != null;
    private long last = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf(Locale.ROOT, "[profile] %-40s %6.0f ms%n", phase, (now - last) / 1e6);
        }
        last = now;
    }
}
