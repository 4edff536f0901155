package dev.mamori.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What to audit: the scan time (ages are measured from it), the checks to run (empty: all) and
 * the accepted risks.
 */
public record AuditRequest(Instant asOf, Set<String> checks, Mutelist mutelist) {
  public AuditRequest {
    checks = Set.copyOf(checks);
  }

  public static AuditRequest allChecks(Instant asOf) {
    return new AuditRequest(asOf, Set.of(), Mutelist.EMPTY);
  }
}
