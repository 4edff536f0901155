package dev.mamori.audit;

import java.util.Locale;
import java.util.Optional;

/** How bad a failed check is, worst first. */
public enum Severity {
  CRITICAL("9.5"),
  HIGH("8.0"),
  MEDIUM("5.5"),
  LOW("3.0"),
  INFO("0.0");

  private final String securitySeverity;

  Severity(String securitySeverity) {
    this.securitySeverity = securitySeverity;
  }

  /** The name in output and on the command line: {@code critical}, …, {@code info}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The CVSS-like score GitHub code scanning reads from SARIF {@code properties.security-severity}:
   * over 9.0 is critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
   */
  public String securitySeverity() {
    return securitySeverity;
  }

  /** True when this is as bad as {@code threshold} or worse. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Optional<Severity> fromId(String id) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(id.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
