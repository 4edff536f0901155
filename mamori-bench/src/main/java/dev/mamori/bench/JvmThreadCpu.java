package dev.mamori.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the JVM's own threads — the JIT compilers and the garbage collector — read from
 * Linux's {@code /proc/self/task}, which the management beans do not cover. On a short run such as a
 * snapshot load these take a large share of the machine, so the benchmark reports them apart.
 * Elsewhere than Linux the figures are -1.
 */
record JvmThreadCpu(long jitMillis, long gcMillis) {
  private static final Path TASKS = Path.of("/proc/self/task");
  /** Clock ticks per second of {@code /proc} CPU times: 100 on every Linux this runs on. */
  private static final long TICKS_PER_SECOND = 100;

  static JvmThreadCpu now() {
    if (!Files.isDirectory(TASKS)) {
      return new JvmThreadCpu(-1, -1);
    }
    long jit = 0;
    long gc = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String name;
        long ticks;
        try {
          name = Files.readString(task.resolve("comm")).trim();
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
        } catch (IOException | RuntimeException e) {
          continue; // the thread ended meanwhile
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          jit += ticks;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
          gc += ticks;
        }
      }
    } catch (IOException e) {
      return new JvmThreadCpu(-1, -1);
    }
    return new JvmThreadCpu(jit * 1000 / TICKS_PER_SECOND, gc * 1000 / TICKS_PER_SECOND);
  }

  JvmThreadCpu minus(JvmThreadCpu before) {
    return jitMillis < 0 || before.jitMillis < 0 ? this
        : new JvmThreadCpu(jitMillis - before.jitMillis, gcMillis - before.gcMillis);
  }
}
