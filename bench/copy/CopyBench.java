import java.lang.management.ManagementFactory;
import java.util.Locale;
import pymem.copy.Copier;
import pymem.model.Heap;
import pymem.model.PyList;
import pymem.model.PyObject;

/**
 * Benchmark (not a test): the reference deepcopy of 100,000 two-int lists, the workload of
 * {@code copy.deepcopy([[i, i + 1] for i in range(100_000)])}. Prints the best wall-clock time and the best
 * process CPU time (all JVM threads, so the garbage collector's work counts) of several runs, in ms.
 * Run it through bench/copy.sh, which times CPython on the same data in the same run.
 */
public final class CopyBench {
    private static final int LISTS = 100_000;

    private CopyBench() {
    }

    /** [[i, i + 1] for i in range(LISTS)] on a fresh heap. */
    private static PyList build(Heap heap) {
        PyList outer = heap.newList();
        for (int i = 0; i < LISTS; i++) {
            outer.append(heap.newList(heap.newInt(i), heap.newInt(i + 1)));
        }
        return outer;
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < warmups + runs; i++) {
            Heap heap = new Heap();
            PyList data = build(heap);
            Copier copier = new Copier(heap);
            // Start each run from a collected heap, as the CPython side starts from a fresh process state;
            // collections the copy itself causes are still counted.
            System.gc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            PyObject copy = copier.deepcopy(data);
            long elapsed = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            if (!(copy instanceof PyList list) || list.size() != LISTS || list.get(0) == data.get(0)) {
                throw new AssertionError("deepcopy did not copy the data");
            }
            if (i >= warmups) {
                bestWall = Math.min(bestWall, elapsed / 1e6);
                bestCpu = Math.min(bestCpu, cpu / 1e6);
            }
        }
        System.out.println(String.format(Locale.ROOT, "%.1f %.1f", bestWall, bestCpu));
    }

    /** CPU time used so far by every thread of this JVM (the collector's and the JIT's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
