package dev.mamori.audit;

import java.util.List;
import java.util.Map;

/**
 * What the catalog says about one check. {@code remediation} is an AWS CLI command with
 * placeholders ({resource}, {region}, {account}, and those a check adds such as {user}) that each
 * finding fills in. {@code parameters} are the thresholds the check's source sets (CIS: 45 days,
 * 90 days, …) and the ports a network check asks about.
 */
public record CheckMetadata(
    String id,
    String title,
    String family,
    String service,
    Severity severity,
    String responsibility,
    List<String> cis,
    String rationale,
    String remediation,
    String source,
    Map<String, String> parameters) {

  public CheckMetadata {
    cis = List.copyOf(cis);
    parameters = Map.copyOf(parameters);
  }

  /** A numeric threshold from {@code parameters}. */
  public int intParameter(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("check " + id + " has no parameter " + name + " in checks.json");
    }
    return Integer.parseInt(value);
  }
}
