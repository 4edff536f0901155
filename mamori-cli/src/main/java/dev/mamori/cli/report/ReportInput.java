package dev.mamori.cli.report;

import dev.mamori.audit.AuditReport;
import dev.mamori.audit.Finding;
import dev.mamori.audit.Status;
import dev.mamori.model.LoadWarning;
import dev.mamori.snapshot.InputError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything a renderer shows: the audit report and where it came from. {@code snapshot} is the
 * path as the user gave it (SARIF locations are built on it so that they stay relative to the
 * repository when the user runs from its root); {@code loadErrors} are the files that
 * {@code --keep-going} skipped, whose resources were therefore not evaluated; {@code loadTime} is
 * how long reading the snapshot took (for the JSON report's timings).
 */
public record ReportInput(
    AuditReport report,
    Path snapshot,
    Optional<String> account,
    boolean includePasses,
    List<InputError> loadErrors,
    List<LoadWarning> warnings,
    String toolVersion,
    Duration loadTime) {

  public ReportInput {
    loadErrors = List.copyOf(loadErrors);
    warnings = List.copyOf(warnings);
  }

  /** The findings a report lists: PASS rows only when asked for with {@code --all}. */
  public List<Finding> listed() {
    return report.findings().stream().filter(f -> includePasses || f.status() != Status.PASS).toList();
  }
}
