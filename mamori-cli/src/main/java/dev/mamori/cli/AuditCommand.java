package dev.mamori.cli;

import dev.mamori.audit.AuditReport;
import dev.mamori.audit.AuditRequest;
import dev.mamori.audit.Auditor;
import dev.mamori.audit.CheckMetadata;
import dev.mamori.audit.InvalidMutelistException;
import dev.mamori.audit.Mutelist;
import dev.mamori.audit.MutelistReader;
import dev.mamori.audit.Severity;
import dev.mamori.cli.report.HtmlReport;
import dev.mamori.cli.report.JsonReport;
import dev.mamori.cli.report.JunitReport;
import dev.mamori.cli.report.ReportInput;
import dev.mamori.cli.report.ReportRenderer;
import dev.mamori.cli.report.SarifReport;
import dev.mamori.cli.report.TextReport;
import dev.mamori.model.CloudModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori audit SNAPSHOT}: runs the check catalog and reports which of the customer's
 * responsibilities are not met. Thin: parse, load, audit, render.
 */
@Command(name = "audit", description = "Check the customer's responsibilities: every check of the catalog, as a report.")
final class AuditCommand implements Callable<Integer> {

  /** Output formats of the audit report. */
  enum Format {
    text(new TextReport()),
    json(new JsonReport()),
    sarif(new SarifReport()),
    html(new HtmlReport()),
    junit(new JunitReport());

    final ReportRenderer renderer;

    Format(ReportRenderer renderer) {
      this.renderer = renderer;
    }
  }

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, html or junit (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Optional<Path> output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding fails at this severity or worse: critical, high, medium, low, info.")
  Optional<String> failOn;

  @Option(names = "--check", paramLabel = "ID", split = ",", description = "Run only these checks (comma-separated IDs).")
  List<String> checks = List.of();

  @Option(names = "--mutelist", paramLabel = "FILE", description = "Accepted risks (YAML or JSON): check, resource pattern, reason, optional expiry.")
  Optional<Path> mutelist;

  @Option(names = "--all", description = "List PASS results too (they are always counted in the summary).")
  boolean all;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Scan time for date-based checks: 2026-06-01 (start of day, UTC) or 2026-06-01T12:00:00Z (default: now).")
  Optional<String> asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Auditor auditor = Auditor.standard();
    Optional<Severity> threshold = failOn.map(this::severity);
    Set<String> selected = selectedChecks(auditor);
    Instant scanTime = asOf.map(this::instant).orElseGet(Instant::now);
    Mutelist mutes = mutelist.map(p -> readMutelist(auditor, p)).orElse(Mutelist.EMPTY);

    long loadStart = System.nanoTime();
    SnapshotOptions.Loaded loaded = snapshot.load(spec.commandLine().getErr());
    Duration loadTime = Duration.ofNanos(System.nanoTime() - loadStart);
    AuditRequest request = new AuditRequest(scanTime, selected, mutes);
    // Without --all most formats list no PASS row: the audit then counts them without building them.
    AuditReport report = runChecks(auditor, loaded.model(), all || format.renderer.showsEveryPass() ? request : request.countingPasses());
    ReportInput input = new ReportInput(report, snapshot.snapshot, loaded.model().accountId().filter(a -> !a.isEmpty()), all,
        loaded.errors(), loaded.model().warnings(), MamoriCommand.VERSION, loadTime);
    write(input);
    return threshold.filter(report::failsAtOrAbove).isPresent() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Runs the checks, with a progress line on a terminal (a large account's audit takes seconds). */
  private AuditReport runChecks(Auditor auditor, CloudModel model, AuditRequest request) {
    Progress progress = Progress.forStderr(snapshot.quiet, spec.commandLine().getErr());
    try {
      // Checks finish on several threads; the display is drawn by one at a time.
      return auditor.run(model, request, (done, total, check) -> {
        synchronized (progress) {
          progress.step("running checks", done, total);
        }
      });
    } finally {
      progress.done();
    }
  }

  private void write(ReportInput input) throws IOException {
    if (output.isEmpty()) {
      format.renderer.render(input, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return;
    }
    Path file = output.get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      format.renderer.render(input, w);
    } catch (IOException e) {
      throw new UserInputException("cannot write the report to " + file + ": " + e.getMessage());
    }
    if (!snapshot.quiet) {
      spec.commandLine().getErr().println("report written to " + file + " (" + input.report().summary().count(dev.mamori.audit.Status.FAIL)
          + " failed)");
    }
  }

  private Severity severity(String text) {
    return Severity.fromId(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--fail-on: expected critical, high, medium, low or info, found \"" + text + "\""));
  }

  private Set<String> selectedChecks(Auditor auditor) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : checks) {
      String trimmed = id.trim();
      if (auditor.catalog().get(trimmed).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--check: unknown check \"" + trimmed + "\"; known checks: "
            + String.join(", ", auditor.catalog().all().stream().map(CheckMetadata::id).toList()));
      }
      ids.add(trimmed);
    }
    return ids;
  }

  private Instant instant(String text) {
    try {
      return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--as-of: expected a date such as 2026-06-01 or an instant such as 2026-06-01T12:00:00Z, found \"" + text + "\"");
    }
  }

  private static Mutelist readMutelist(Auditor auditor, Path file) {
    try {
      return new MutelistReader(auditor.catalog()).read(file);
    } catch (InvalidMutelistException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
