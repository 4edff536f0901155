package dev.mamori.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a check decided about one resource. The auditor adds the check's metadata to make a
 * {@link Finding}. {@code remediationValues} fill the placeholders of the metadata's remediation
 * command beyond the standard ones ({resource}, {region}, {account}); {@code remediationOverride}
 * replaces that command for this one resource; {@code severityOverride} replaces the catalog's
 * severity for this one resource, for a check whose findings differ in how bad they are.
 */
public record CheckResult(
    Status status,
    String resource,
    String region,
    String message,
    Explanation explanation,
    Map<String, String> remediationValues,
    Optional<String> remediationOverride,
    Optional<Severity> severityOverride) {

  public CheckResult {
    remediationValues = Map.copyOf(remediationValues);
  }

  private CheckResult(Status status, String resource, String region, String message) {
    this(status, resource, region, message, Explanation.NONE, Map.of(), Optional.empty(), Optional.empty());
  }

  public static CheckResult pass(String resource, String region, String message) {
    return new CheckResult(Status.PASS, resource, region, message);
  }

  public static CheckResult fail(String resource, String region, String message) {
    return new CheckResult(Status.FAIL, resource, region, message);
  }

  public static CheckResult notEvaluated(String resource, String region, String message) {
    return new CheckResult(Status.NOT_EVALUATED, resource, region, message);
  }

  /** A result that passes or fails on one condition. */
  public static CheckResult passIf(boolean ok, String resource, String region, String passMessage, String failMessage) {
    return ok ? pass(resource, region, passMessage) : fail(resource, region, failMessage);
  }

  public CheckResult because(Explanation why) {
    return new CheckResult(status, resource, region, message, why, remediationValues, remediationOverride,
        severityOverride);
  }

  public CheckResult because(String... facts) {
    return because(Explanation.facts(facts));
  }

  /** Adds a value for a placeholder of the remediation command, such as {user}. */
  public CheckResult withRemediationValue(String name, String value) {
    Map<String, String> values = new HashMap<>(remediationValues);
    values.put(name, value);
    return new CheckResult(status, resource, region, message, explanation, values, remediationOverride, severityOverride);
  }

  /**
   * A different remediation command for this resource (with the same placeholders), for a check
   * whose resources are of two kinds, such as a bucket and the account-level setting.
   */
  public CheckResult withRemediation(String command) {
    return new CheckResult(status, resource, region, message, explanation, remediationValues, Optional.of(command),
        severityOverride);
  }

  /**
   * A different severity for this resource than the catalog's, such as a publicly accessible
   * database that the internet can actually reach (worse) or cannot (less bad).
   */
  public CheckResult withSeverity(Severity severity) {
    return new CheckResult(status, resource, region, message, explanation, remediationValues, remediationOverride,
        Optional.of(severity));
  }
}
