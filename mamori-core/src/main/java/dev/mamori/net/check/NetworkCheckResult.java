package dev.mamori.net.check;

import java.util.List;

/**
 * One resource's result for one network check, ready for the audit catalog to wrap as a finding:
 * {@code details} are one line each (a shadowed rule, a blocked reply range, an exposed port).
 */
public record NetworkCheckResult(
    String check, String resource, String region, CheckStatus status, String message, List<String> details) {

  public NetworkCheckResult {
    details = List.copyOf(details);
  }
}
