package dev.mamori.cli.report;

import dev.mamori.audit.AuditReport;
import dev.mamori.audit.Finding;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import dev.mamori.audit.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people: findings grouped by the customer responsibility they fall under, the
 * group with the worst failure first, failures before what could not be evaluated; then one
 * summary line.
 */
public final class TextReport implements ReportRenderer {

  @Override
  public void render(ReportInput input, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    AuditReport report = input.report();
    out.println("Mamori audit of " + input.snapshot() + input.account().map(a -> " (account " + a + ")").orElse("")
        + ", as of " + report.asOf());
    for (Map.Entry<String, List<Finding>> group : groups(input.listed()).entrySet()) {
      out.println();
      group(out, group.getKey(), group.getValue());
    }
    notes(out, input);
    out.println();
    out.println(summaryLine(report.summary()));
    out.flush();
  }

  /** Responsibility items in worst-first order: worst failure, then most failures, then name. */
  private static Map<String, List<Finding>> groups(List<Finding> findings) {
    Map<String, List<Finding>> byItem = new LinkedHashMap<>();
    findings.forEach(f -> byItem.computeIfAbsent(f.responsibility(), k -> new ArrayList<>()).add(f));
    Comparator<Map.Entry<String, List<Finding>>> worstFirst = Comparator
        .comparingInt((Map.Entry<String, List<Finding>> e) -> worstRank(e.getValue()))
        .thenComparing(e -> -e.getValue().stream().filter(Finding::failed).count())
        .thenComparing(Map.Entry::getKey);
    Map<String, List<Finding>> ordered = new LinkedHashMap<>();
    byItem.entrySet().stream().sorted(worstFirst).forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static int worstRank(List<Finding> findings) {
    return findings.stream().filter(Finding::failed).mapToInt(f -> f.severity().ordinal()).min()
        .orElse(Severity.values().length + (findings.stream().anyMatch(f -> f.status() == Status.NOT_EVALUATED) ? 0 : 1));
  }

  private static void group(PrintWriter out, String item, List<Finding> findings) {
    long fails = findings.stream().filter(Finding::failed).count();
    long notEvaluated = findings.stream().filter(f -> f.status() == Status.NOT_EVALUATED).count();
    out.println(Labels.responsibility(item).toUpperCase(Locale.ROOT) + "  [" + item + ", " + Labels.model(item) + " model]  "
        + fails + " failed" + (notEvaluated > 0 ? ", " + notEvaluated + " not evaluated" : ""));
    for (Finding f : findings) {
      String tag = switch (f.status()) {
        case FAIL -> f.severity().id().toUpperCase(Locale.ROOT);
        case NOT_EVALUATED -> "NOT EVAL";
        case PASS -> "pass";
      };
      out.printf("  %-9s %-27s %s%s%n", tag, f.check(), f.resource(), f.region().equals("global") ? "" : "  (" + f.region() + ")");
      out.println("            " + f.message());
      if (f.failed()) {
        out.println("            fix: " + f.remediation());
      }
    }
  }

  private static void notes(PrintWriter out, ReportInput input) {
    AuditReport report = input.report();
    if (!report.muted().isEmpty()) {
      out.println();
      out.println(report.muted().size() + " finding(s) muted by the mutelist (not counted above):");
      report.muted().forEach(m -> out.println("  " + m.finding().status().name().toLowerCase(Locale.ROOT) + " "
          + m.finding().check() + " " + m.finding().resource() + ": " + m.rule().reason()
          + m.rule().expires().map(d -> " (until " + d + ")").orElse("")));
    }
    if (!report.expiredMutes().isEmpty()) {
      out.println();
      out.println("Expired mutes (their findings are shown again):");
      report.expiredMutes().forEach(r -> out.println("  " + r.check() + " " + r.resource() + " expired " + r.expires().orElseThrow()
          + ": " + r.reason()));
    }
    if (!input.loadErrors().isEmpty()) {
      out.println();
      out.println(input.loadErrors().size() + " file(s) could not be read; what they hold was not evaluated:");
      input.loadErrors().forEach(e -> out.println("  " + e));
    }
    if (!input.warnings().isEmpty()) {
      // Ignored files and fields can hide a resource the audit should have seen: say so, briefly.
      out.println();
      out.println(input.warnings().size() + " load warning(s): files or fields Mamori ignored"
          + (input.warnings().size() > SHOWN_WARNINGS ? " (the first " + SHOWN_WARNINGS + "; `mamori inventory` lists all)" : "") + ":");
      input.warnings().stream().limit(SHOWN_WARNINGS).forEach(w -> out.println("  " + w));
    }
  }

  private static final int SHOWN_WARNINGS = 5;

  static String summaryLine(Summary s) {
    List<String> severities = new ArrayList<>();
    for (Severity sev : Severity.values()) {
      if (s.failures(sev) > 0) {
        severities.add(s.failures(sev) + " " + sev.id());
      }
    }
    return "Summary: " + s.count(Status.FAIL) + " failed" + (severities.isEmpty() ? "" : " (" + String.join(", ", severities) + ")")
        + ", " + s.count(Status.NOT_EVALUATED) + " not evaluated, " + s.count(Status.PASS) + " passed"
        + (s.muted() > 0 ? ", " + s.muted() + " muted" : "") + " — " + s.results() + " results of " + s.checks() + " checks";
  }
}
