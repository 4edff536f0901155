package dev.mamori.iam.policy;

import java.util.Optional;

/** The keys a Principal object may use, plus the bare {@code "*"} form. */
public enum PrincipalKind {
  ANY("*"),
  AWS("AWS"),
  SERVICE("Service"),
  FEDERATED("Federated"),
  CANONICAL_USER("CanonicalUser");

  private final String key;

  PrincipalKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The kind a Principal object key names; keys are case-sensitive in IAM. */
  public static Optional<PrincipalKind> ofKey(String key) {
    for (PrincipalKind kind : values()) {
      if (kind != ANY && kind.key.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
