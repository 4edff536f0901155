package dev.mamori.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Turns an audit into one output format. Renderers only format: every decision is already made. */
public interface ReportRenderer {
  void render(ReportInput input, Writer out) throws IOException;

  /**
   * True when this format shows every PASS result even without {@code --all} (a JUnit dashboard
   * counts passes); the others show them only when asked, so the audit need not build them.
   */
  default boolean showsEveryPass() {
    return false;
  }
}
