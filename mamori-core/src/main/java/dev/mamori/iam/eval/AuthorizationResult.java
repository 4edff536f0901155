package dev.mamori.iam.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision with the statements that made it: the denying statements of an explicit deny, the
 * allowing statements of every policy kind that had to allow, and for an implicit deny the kind
 * of policy that did not allow ({@code blockedBy}).
 */
public record AuthorizationResult(Decision decision, List<Reason> reasons, Optional<PolicyKind> blockedBy) {
  public AuthorizationResult {
    reasons = List.copyOf(reasons);
  }

  public boolean allowed() {
    return decision == Decision.ALLOWED;
  }

  static AuthorizationResult allowed(List<Reason> reasons) {
    return new AuthorizationResult(Decision.ALLOWED, reasons, Optional.empty());
  }

  static AuthorizationResult explicitDeny(List<Reason> reasons) {
    return new AuthorizationResult(Decision.EXPLICIT_DENY, reasons, Optional.empty());
  }

  static AuthorizationResult implicitDeny(PolicyKind blockedBy) {
    return IMPLICIT_DENIES.get(blockedBy);
  }

  /** One shared answer per blocking kind: an implicit deny carries nothing else, and they are common. */
  private static final Map<PolicyKind, AuthorizationResult> IMPLICIT_DENIES = implicitDenies();

  private static Map<PolicyKind, AuthorizationResult> implicitDenies() {
    Map<PolicyKind, AuthorizationResult> all = new EnumMap<>(PolicyKind.class);
    for (PolicyKind kind : PolicyKind.values()) {
      all.put(kind, new AuthorizationResult(Decision.IMPLICIT_DENY, List.of(), Optional.of(kind)));
    }
    return all;
  }
}
