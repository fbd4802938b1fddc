import java.util.Arrays;
import pymem.gc.GarbageCollector;
import pymem.model.Heap;
import pymem.model.PyList;

/**
 * Benchmark (not a test): the reference collector (solutions/05-gc) collecting 1,000,000 unreachable lists in
 * 500,000 two-cycles ({@code a = []; b = [a]; a.append(b); del a, b}), the shape bench/gc.sh also times in
 * CPython. Only {@code collect()} is timed; building the heap is not. Prints the best time in milliseconds.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/gc/GcBench.java [warmups] [runs] [pairs]}
 */
public final class GcBench {
    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        double[] times = new double[runs];
        for (int round = 0; round < warmups + runs; round++) {
            double ms = collectPairs(pairs);
            if (round >= warmups) {
                times[round - warmups] = ms;
            }
        }
        System.out.printf("%.1f%n", Arrays.stream(times).min().orElseThrow());
    }

    /** Builds {@code pairs} garbage two-cycles with automatic collection off, then times one full collection. */
    private static double collectPairs(int pairs) {
        Heap heap = new Heap();
        GarbageCollector gc = new GarbageCollector(heap, obj -> obj.setRefcount(obj.refcount() - 1));
        gc.disable();
        for (int i = 0; i < pairs; i++) {
            PyList a = heap.newList();
            gc.objectCreated(a);
            PyList b = heap.newList(a);
            gc.objectCreated(b);
            a.append(b);
            a.setRefcount(1); // b's reference (the name a is gone)
            b.setRefcount(1); // a's reference
        }
        System.gc(); // settle the freshly built heap first, so the JVM does not copy it during the timed part
        long start = System.nanoTime();
        int found = gc.collect();
        long elapsed = System.nanoTime() - start;
        if (found != 2 * pairs || heap.liveCount() != 0) {
            throw new AssertionError("expected " + 2 * pairs + " unreachable objects, found " + found);
        }
        return elapsed / 1e6;
    }
}
