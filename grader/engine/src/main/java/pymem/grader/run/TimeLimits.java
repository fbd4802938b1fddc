package pymem.grader.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import pymem.grader.discovery.GradedTest;
import pymem.grader.fork.TestLimit;

/**
 * Each test's time limit: {@link #FACTOR} times what the reference solution needs, never below
 * {@link #FLOOR_MILLIS} nor above {@link #CEILING_MILLIS}. The reference's times come from a calibration file
 * ({@code grader/hidden/reference-times.tsv}, written by {@code ./grade calibrate}); a test it does not list
 * gets {@link #UNCALIBRATED_MILLIS}.
 */
public final class TimeLimits {
    public static final long FLOOR_MILLIS = 2_000;
    public static final long CEILING_MILLIS = 60_000;
    public static final long UNCALIBRATED_MILLIS = 10_000;
    public static final int FACTOR = 20;

    private final Map<String, Long> referenceMillis;

    private TimeLimits(Map<String, Long> referenceMillis) {
        this.referenceMillis = referenceMillis;
    }

    public static TimeLimits uncalibrated() {
        return new TimeLimits(Map.of());
    }

    /** Reads {@code uniqueId<TAB>milliseconds} lines; a missing file means uncalibrated. */
    public static TimeLimits load(Path calibration) {
        Map<String, Long> times = new HashMap<>();
        if (calibration != null && Files.isRegularFile(calibration)) {
            try {
                for (String line : Files.readAllLines(calibration, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t");
                    if (parts.length >= 2 && !line.startsWith("#")) {
                        times.put(parts[0], Long.parseLong(parts[1].strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return uncalibrated();
            }
        }
        return new TimeLimits(times);
    }

    public TestLimit limitFor(GradedTest test) {
        Long reference = referenceMillis.get(test.uniqueId());
        if (reference == null) {
            return new TestLimit(UNCALIBRATED_MILLIS, -1);
        }
        long limit = Math.max(FLOOR_MILLIS, Math.min(CEILING_MILLIS, reference * FACTOR));
        return new TestLimit(limit, reference);
    }
}
