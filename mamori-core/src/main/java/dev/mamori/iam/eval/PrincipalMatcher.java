package dev.mamori.iam.eval;

import dev.mamori.iam.policy.PrincipalBlock;
import dev.mamori.iam.policy.PrincipalEntry;
import java.util.List;
import java.util.Optional;

/**
 * Whether a Principal or NotPrincipal element covers the caller. Principal values are exact: IAM
 * does not expand wildcards inside a principal ARN, only {@code "*"} alone means everyone.
 */
public final class PrincipalMatcher {
  // Shared answers: matching runs for every principal-bearing statement of every decision.
  private static final Optional<GrantLevel> DIRECT = Optional.of(GrantLevel.DIRECT);
  private static final Optional<GrantLevel> ROLE = Optional.of(GrantLevel.ROLE);
  private static final Optional<GrantLevel> ACCOUNT = Optional.of(GrantLevel.ACCOUNT);

  private PrincipalMatcher() {}

  /** The strongest way a Principal element names the caller, if it does. */
  public static Optional<GrantLevel> grantLevel(PrincipalBlock block, RequestPrincipal caller) {
    if (block.negated()) {
      return notPrincipalApplies(block.entries(), caller) ? DIRECT : Optional.empty();
    }
    Optional<GrantLevel> best = Optional.empty();
    for (PrincipalEntry entry : block.entries()) {
      Optional<GrantLevel> level = grantLevel(entry, caller);
      if (level.isPresent() && (best.isEmpty() || level.get().compareTo(best.get()) > 0)) {
        best = level;
      }
    }
    return best;
  }

  static Optional<GrantLevel> grantLevel(PrincipalEntry entry, RequestPrincipal caller) {
    if (entry.isWildcard()) {
      return DIRECT;
    }
    String v = entry.value();
    return switch (entry.kind()) {
      case SERVICE -> caller instanceof RequestPrincipal.ServicePrincipal s && s.service().equals(v)
          ? DIRECT : Optional.empty();
      case AWS -> awsGrantLevel(v, caller);
      default -> Optional.empty();
    };
  }

  private static Optional<GrantLevel> awsGrantLevel(String value, RequestPrincipal caller) {
    if (caller.accountId().isEmpty()) {
      return Optional.empty();
    }
    String account = caller.accountId().get();
    if (value.equals(account) || isAccountRoot(value, account)) {
      return ACCOUNT;
    }
    if (value.equals(caller.arn())) {
      // A role is never the caller itself: its sessions are. Naming the role leaves its boundary in force.
      return Optional.of(caller instanceof RequestPrincipal.RootUser ? GrantLevel.ACCOUNT
          : caller instanceof RequestPrincipal.IamRole ? GrantLevel.ROLE : GrantLevel.DIRECT);
    }
    if (caller instanceof RequestPrincipal.RoleSession session && namesRole(value, account, session.roleName())) {
      return ROLE;
    }
    return Optional.empty();
  }

  static boolean isAccountRoot(String value, String account) {
    return value.startsWith("arn:") && value.endsWith(":iam::" + account + ":root");
  }

  /** A role ARN (any path) of that account and name: the role a session was assumed from. */
  static boolean namesRole(String value, String account, String roleName) {
    String prefix = ":iam::" + account + ":role/";
    int at = value.indexOf(prefix);
    if (!value.startsWith("arn:") || at < 0) {
      return false;
    }
    String path = value.substring(at + prefix.length());
    return path.equals(roleName) || path.endsWith("/" + roleName);
  }

  /**
   * NotPrincipal covers everyone it does not name. A caller is named when any listed value
   * matches it the way a Principal value would (its ARN, its role, its account). The User Guide
   * warns that AWS "might" check account, role and session separately; the simpler reading is
   * the one the public simulators and the documented examples agree on (docs/iam-disagreements.md).
   */
  static boolean notPrincipalApplies(List<PrincipalEntry> entries, RequestPrincipal caller) {
    for (PrincipalEntry entry : entries) {
      if (grantLevel(entry, caller).isPresent()) {
        return false;
      }
    }
    return true;
  }
}
