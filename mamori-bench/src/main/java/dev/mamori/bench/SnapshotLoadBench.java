package dev.mamori.bench;

import dev.mamori.model.CloudModel;
import dev.mamori.snapshot.SnapshotReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads one snapshot once, in a fresh JVM, and prints one JSON line: wall time of
 * {@link SnapshotReader#read}, the peak heap the load needed and the heap the model keeps.
 *
 * <p>The machine is shared, so wall time also measures the other processes; the line also gives the
 * CPU time of the loading thread and of the whole JVM (JIT and GC threads included) during the load,
 * which other processes do not inflate.
 *
 * <p>Peak heap is the sum over heap pools of the peak usage the JVM recorded (G1 updates pool peaks at
 * each collection, so this is the high-water mark the collector saw). Retained heap is what is in
 * use after a full collection with the model still reachable. Used by {@code scripts/bench-load.sh},
 * which runs it several times per size in fresh JVMs (the CLI pays a cold start too).
 *
 * <p>The loading thread does not parse: the reader parses the files ahead on a second thread (its CPU
 * is in the JVM figure). With {@code sequential} the loading thread does everything.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks.jar dev.mamori.bench.SnapshotLoadBench SNAPSHOT [sequential]}
 */
public final class SnapshotLoadBench {
  private SnapshotLoadBench() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("sequential"))) {
      System.err.println("usage: SnapshotLoadBench SNAPSHOT [sequential]");
      System.exit(2);
    }
    Path snapshot = Path.of(args[0]);
    boolean sequential = args.length == 2;
    SnapshotReader.Options options = sequential ? SnapshotReader.Options.defaults().sequential() : SnapshotReader.Options.defaults();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    JvmThreadCpu jvmThreadsStart = JvmThreadCpu.now();
    long threadCpuStart = threads.getCurrentThreadCpuTime();
    long processCpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    CloudModel model = new SnapshotReader(options).load(snapshot).model();
    long nanos = System.nanoTime() - start;
    long threadCpu = threads.getCurrentThreadCpuTime() - threadCpuStart;
    long processCpu = os.getProcessCpuTime() - processCpuStart;
    JvmThreadCpu jvmThreads = JvmThreadCpu.now().minus(jvmThreadsStart);
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long retained = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT,
        "{\"snapshot\":\"%s\",\"parseAhead\":%b,\"interfaces\":%d,\"loadMillis\":%d,\"loadThreadCpuMillis\":%d,"
            + "\"processCpuMillis\":%d,\"jitCpuMillis\":%d,\"gcCpuMillis\":%d,\"peakHeapMiB\":%d,\"retainedHeapMiB\":%d,\"maxHeapMiB\":%d,\"loadAverage\":%.2f}%n",
        snapshot, !sequential, model.networkInterfaces().size(), nanos / 1_000_000, threadCpu / 1_000_000, processCpu / 1_000_000,
        jvmThreads.jitMillis(), jvmThreads.gcMillis(),
        peak >> 20, retained >> 20, Runtime.getRuntime().maxMemory() >> 20, os.getSystemLoadAverage());
  }
}
