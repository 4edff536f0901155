package dev.mamori.cli.report;

import dev.mamori.audit.AuditReport;
import dev.mamori.audit.Finding;
import dev.mamori.audit.MutedFinding;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import dev.mamori.audit.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTML template shows, computed here so that the template only lays it out: the
 * summary, the chart's bars (already scaled to pixels), the table rows and the notes.
 */
public record HtmlView(
    String title,
    String snapshot,
    String account,
    String asOf,
    String summaryLine,
    List<SeverityBar> severityBars,
    List<ResponsibilityBar> responsibilityBars,
    List<Row> rows,
    List<String> responsibilities,
    List<String> notes) {

  static final int CHART_WIDTH = 360;

  /** One bar of the failures-by-severity chart. */
  public record SeverityBar(String label, int count, int y, int width, String color) {}

  /** One stacked bar of the results-by-responsibility chart. */
  public record ResponsibilityBar(
      String item, String title, String model, int fail, int notEvaluated, int pass, int y, int failWidth, int notEvaluatedWidth,
      int passWidth) {
    public int notEvaluatedX() {
      return 230 + failWidth;
    }

    public int passX() {
      return 230 + failWidth + notEvaluatedWidth;
    }
  }

  /** One finding in the table; {@code muted} holds the mute reason, empty when not muted. */
  public record Row(
      String status, String statusClass, String severity, int severityRank, String check, String title, String resource,
      String region, String responsibility, String cis, String message, String remediation, List<String> explanation,
      String source, String muted) {}

  static HtmlView of(ReportInput input) {
    AuditReport report = input.report();
    Summary s = report.summary();
    List<Row> rows = new ArrayList<>();
    input.listed().forEach(f -> rows.add(row(f, "")));
    for (MutedFinding m : report.muted()) {
      if (input.includePasses() || m.finding().status() != Status.PASS) {
        rows.add(row(m.finding(), m.rule().reason()));
      }
    }
    List<String> notes = new ArrayList<>();
    input.loadErrors().forEach(e -> notes.add("Not loaded, so not evaluated: " + e));
    report.expiredMutes().forEach(r -> notes.add("Expired mute (findings shown again): " + r.check() + " " + r.resource()
        + " until " + r.expires().orElseThrow() + " — " + r.reason()));
    return new HtmlView("Mamori audit — " + input.account().orElse(input.snapshot().toString()), input.snapshot().toString(),
        input.account().orElse("unknown"), report.asOf().toString(), TextReport.summaryLine(s),
        severityBars(s), responsibilityBars(s), rows, List.copyOf(s.byResponsibility().keySet()), notes);
  }

  private static Row row(Finding f, String muted) {
    String status = muted.isEmpty() ? f.status().name() : "MUTED";
    return new Row(status, status.toLowerCase(Locale.ROOT).replace('_', '-'), f.severity().id(), f.severity().ordinal(), f.check(),
        f.title(), f.resource(), f.region(), f.responsibility(), String.join(", ", f.cis()), f.message(), f.remediation(),
        Explanations.lines(f.explanation()), f.source().orElse(""), muted);
  }

  private static List<SeverityBar> severityBars(Summary s) {
    int max = Math.max(1, s.failuresBySeverity().values().stream().mapToInt(Integer::intValue).max().orElse(1));
    List<SeverityBar> bars = new ArrayList<>();
    String[] colors = {"#7b1fa2", "#c62828", "#ef6c00", "#f9a825", "#607d8b"};
    for (Severity sev : Severity.values()) {
      int n = s.failures(sev);
      bars.add(new SeverityBar(sev.id(), n, 10 + 26 * sev.ordinal(), n == 0 ? 0 : Math.max(2, n * CHART_WIDTH / max),
          colors[sev.ordinal()]));
    }
    return bars;
  }

  private static List<ResponsibilityBar> responsibilityBars(Summary s) {
    int max = Math.max(1, s.byResponsibility().values().stream()
        .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1));
    List<ResponsibilityBar> bars = new ArrayList<>();
    int y = 10;
    for (Map.Entry<String, Map<Status, Integer>> e : s.byResponsibility().entrySet()) {
      int fail = e.getValue().getOrDefault(Status.FAIL, 0);
      int notEvaluated = e.getValue().getOrDefault(Status.NOT_EVALUATED, 0);
      int pass = e.getValue().getOrDefault(Status.PASS, 0);
      bars.add(new ResponsibilityBar(e.getKey(), Labels.responsibility(e.getKey()), Labels.model(e.getKey()), fail, notEvaluated, pass,
          y, scale(fail, max), scale(notEvaluated, max), scale(pass, max)));
      y += 26;
    }
    return bars;
  }

  private static int scale(int n, int max) {
    return n == 0 ? 0 : Math.max(2, n * CHART_WIDTH / max);
  }

  /** Height of the responsibility chart in pixels. */
  public int responsibilityChartHeight() {
    return 20 + 26 * responsibilityBars.size();
  }
}
