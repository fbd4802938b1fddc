import pymem.model.memory.SystemAllocator;
import pymem.pymalloc.PyMalloc;

/**
 * Benchmark of exercise 09's allocator (not a test): N allocate/free pairs in a mixed-size pattern over a
 * steady working set, for several N. If allocate and free are O(1), the time grows linearly with N and
 * the operations per second stay flat.
 *
 * <p>Usage: java PyMallocBench [N ...] (defaults 1M 2M 5M 10M).
 */
public final class PyMallocBench {
    private static final int LIVE_SLOTS = 1 << 16;   // working set: 65,536 live blocks (~16 arenas)
    private static final int SIZE_TABLE = 1 << 16;

    public static void main(String[] args) {
        long[] counts = args.length == 0
                ? new long[] {1_000_000, 2_000_000, 5_000_000, 10_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        int[] sizes = mixedSizes();
        run(2_000_000, sizes); // warm-up: let the JIT compile the allocator
        System.out.printf("%12s %10s %14s %12s %8s%n", "pairs", "ms", "pairs/s", "ns/pair", "arenas");
        double firstNsPerPair = 0;
        long firstCount = 0;
        double firstMs = 0;
        for (long n : counts) {
            double ms = best(n, sizes);
            double nsPerPair = ms * 1e6 / n;
            System.out.printf("%,12d %10.1f %,14.0f %12.1f %8d%n", n, ms, n / (ms / 1000), nsPerPair, lastArenas);
            if (n >= 3 * SEGMENT) {
                System.out.printf("%12s %s%n", "", lastSegments);
            }
            if (firstCount == 0) {
                firstCount = n;
                firstMs = ms;
                firstNsPerPair = nsPerPair;
            } else {
                System.out.printf("%12s time x%.2f for count x%.2f (ns/pair x%.2f)%n", "",
                        ms / firstMs, (double) n / firstCount, nsPerPair / firstNsPerPair);
            }
        }
    }

    /** Arenas mapped at the end of the last run: the working set's footprint. */
    private static long lastArenas;
    /** Within the last run: the first and the last million pairs' times (flat when O(1)). */
    private static String lastSegments;
    private static final long SEGMENT = 1_000_000;

    private static double best(long n, int[] sizes) {
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < 3; rep++) {
            best = Math.min(best, run(n, sizes));
        }
        return best;
    }

    /** N pairs: each frees the block in one slot of the working set and allocates a new one there. */
    private static double run(long n, int[] sizes) {
        PyMalloc malloc = new PyMalloc(new SystemAllocator());
        long[] live = new long[LIVE_SLOTS];
        for (int i = 0; i < LIVE_SLOTS; i++) {
            live[i] = malloc.allocate(sizes[i & (SIZE_TABLE - 1)]);
        }
        long seed = 12345;
        long start = System.nanoTime();
        long segmentStart = start;
        double firstSegment = 0;
        double lastSegment = 0;
        for (long i = 0; i < n; i++) {
            if (i > 0 && i % SEGMENT == 0) {
                long now = System.nanoTime();
                lastSegment = (now - segmentStart) / 1e6;
                firstSegment = firstSegment == 0 ? lastSegment : firstSegment;
                segmentStart = now;
            }
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int slot = (int) (seed >>> 48) & (LIVE_SLOTS - 1);
            malloc.free(live[slot]);
            live[slot] = malloc.allocate(sizes[(int) i & (SIZE_TABLE - 1)]);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        lastArenas = malloc.stats().arenasCurrent();
        lastSegments = String.format("first 1M %.1f ms, last 1M %.1f ms", firstSegment, lastSegment);
        long check = 0;
        for (long a : live) {
            check ^= a;
        }
        if (check == 42) {
            System.out.println(); // keeps the work observable
        }
        return ms;
    }

    /** Sizes like a Python program's: mostly small objects (<= 128 bytes), some up to 512, 1% large. */
    private static int[] mixedSizes() {
        int[] sizes = new int[SIZE_TABLE];
        long seed = 2024;
        for (int i = 0; i < SIZE_TABLE; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            int roll = Math.floorMod(r, 100);
            int pick = Math.floorMod(r >>> 7, 1 << 20);
            if (roll < 70) {
                sizes[i] = 16 + pick % 113;        // 16..128: ints, floats, small tuples, instances
            } else if (roll < 99) {
                sizes[i] = 129 + pick % 384;       // 129..512: lists, dicts, strings
            } else {
                sizes[i] = 513 + pick % 4096;      // large buffers: the system allocator
            }
        }
        return sizes;
    }
}
