package dev.mamori.iam.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision with the statements that made it: the denying statements of an explicit deny, the
 * allowing statements of every policy kind that had to allow, and for an implicit deny the kind
 * of policy that did not allow ({@code blockedBy}).
 *
 * <p>{@code unknowns} names what the snapshot does not hold and could change the decision (a
 * setting or policy that was not collected); the decision is the one the collected facts give,
 * and it is {@link #certain()} only when nothing is unknown.
 */
public record AuthorizationResult(
    Decision decision, List<Reason> reasons, Optional<PolicyKind> blockedBy, List<String> unknowns) {
  public AuthorizationResult {
    reasons = List.copyOf(reasons);
    unknowns = List.copyOf(unknowns);
  }

  public AuthorizationResult(Decision decision, List<Reason> reasons, Optional<PolicyKind> blockedBy) {
    this(decision, reasons, blockedBy, List.of());
  }

  public boolean allowed() {
    return decision == Decision.ALLOWED;
  }

  /** True when every fact the decision depends on is in the snapshot. */
  public boolean certain() {
    return unknowns.isEmpty();
  }

  /** The same decision, noting one more fact the snapshot lacks. */
  public AuthorizationResult withUnknown(String unknown) {
    List<String> all = new java.util.ArrayList<>(unknowns);
    if (!all.contains(unknown)) {
      all.add(unknown);
    }
    return new AuthorizationResult(decision, reasons, blockedBy, all);
  }

  static AuthorizationResult allowed(List<Reason> reasons) {
    return new AuthorizationResult(Decision.ALLOWED, reasons, Optional.empty());
  }

  /** An explicit deny by these statements (or by a control that acts as one, such as S3 Block Public Access). */
  public static AuthorizationResult explicitDeny(List<Reason> reasons) {
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
