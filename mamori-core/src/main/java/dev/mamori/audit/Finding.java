package dev.mamori.audit;

import java.util.List;
import java.util.Optional;

/**
 * One row of an audit: a check's outcome on one resource, with everything a report shows.
 * {@code remediation} is the catalog's command with this resource filled in; {@code source} is the
 * snapshot file (relative to its root) that holds the resource, when known.
 */
public record Finding(
    String check,
    String title,
    Status status,
    String resource,
    String region,
    Severity severity,
    String responsibility,
    List<String> cis,
    String message,
    String remediation,
    Explanation explanation,
    Optional<String> source) {

  public Finding {
    cis = List.copyOf(cis);
  }

  public boolean failed() {
    return status == Status.FAIL;
  }
}
