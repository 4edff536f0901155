package dev.mamori.cli;

import java.io.PrintWriter;

/**
 * A one-line progress display on stderr, only when stderr is a terminal (so that logs and pipes
 * stay clean) and not silenced by {@code --quiet}. Redraws at most a few times a second.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress forStderr(boolean quiet, PrintWriter err) {
    return new Progress(err, stderrIsTerminal() && !quiet);
  }

  /**
   * Java 17 cannot ask whether stderr is a terminal, so the launcher, which can ({@code [ -t 2 ]}),
   * says it in {@code mamori.stderr.terminal}: progress then shows while stdout goes to a file
   * ({@code ./mamori audit … --format json > report.json}) and stays out of a redirected stderr.
   * Without the launcher, System.console() (stdin and stdout both terminals) is the best guess; an
   * environment override helps tests.
   */
  static boolean stderrIsTerminal() {
    if ("1".equals(System.getenv("MAMORI_FORCE_PROGRESS"))) {
      return true;
    }
    String fromLauncher = System.getProperty("mamori.stderr.terminal");
    return fromLauncher != null ? Boolean.parseBoolean(fromLauncher) : System.console() != null;
  }

  void file(int done, int total, String file) {
    step("reading snapshot", done, total);
  }

  void step(String what, int done, int total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print("\r" + what + ": " + done + "/" + total + "   ");
    err.flush();
  }

  void done() {
    if (enabled && drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
