package dev.mamori.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Turns an audit into one output format. Renderers only format: every decision is already made. */
public interface ReportRenderer {
  void render(ReportInput input, Writer out) throws IOException;
}
