package dev.mamori.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What to audit: the scan time (ages are measured from it), the checks to run (empty: all), the
 * accepted risks, and whether the report keeps the PASS results as findings or only counts them.
 */
public record AuditRequest(Instant asOf, Set<String> checks, Mutelist mutelist, PassResults passResults) {

  /**
   * What the report holds of the PASS results. Either way the summary counts them; a report that
   * lists no PASS rows asks for {@link #COUNTED}, because a large account has hundreds of thousands
   * of them and building each as a finding (its filled remediation command, its source) costs more
   * than most checks.
   */
  public enum PassResults {
    /** Every PASS result is a finding of the report. */
    KEPT,
    /** PASS results are counted in the summary; the report's findings hold none. */
    COUNTED
  }

  public AuditRequest {
    checks = Set.copyOf(checks);
  }

  /** A request whose report keeps every PASS result as a finding (what a library caller expects). */
  public AuditRequest(Instant asOf, Set<String> checks, Mutelist mutelist) {
    this(asOf, checks, mutelist, PassResults.KEPT);
  }

  public static AuditRequest allChecks(Instant asOf) {
    return new AuditRequest(asOf, Set.of(), Mutelist.EMPTY);
  }

  /** The same request, with PASS results counted rather than kept. */
  public AuditRequest countingPasses() {
    return new AuditRequest(asOf, checks, mutelist, PassResults.COUNTED);
  }
}
