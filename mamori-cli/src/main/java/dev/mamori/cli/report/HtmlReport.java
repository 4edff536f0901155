package dev.mamori.cli.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML file (inline CSS, inline SVG charts, inline script for filtering and
 * sorting; nothing fetched when it is opened). The template {@code src/main/jte/audit.jte} is
 * compiled to Java at build time, so the jar needs no compiler and no template files at run time.
 */
public final class HtmlReport implements ReportRenderer {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  @Override
  public void render(ReportInput input, Writer out) throws IOException {
    ENGINE.render("audit.jte", HtmlView.of(input), new WriterOutput(out));
    out.flush();
  }
}
