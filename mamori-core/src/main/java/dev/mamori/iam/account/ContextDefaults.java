package dev.mamori.iam.account;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.model.CloudModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The global condition keys a snapshot can vouch for (IAM User Guide, "AWS global condition
 * context keys"): who the principal is, its account, organization and tags, and the resource's
 * account and organization. Keys that depend on the network path, the time or the TLS session
 * ({@code aws:SourceIp}, {@code aws:CurrentTime}, {@code aws:SecureTransport}, ...) are never
 * derived: unless the caller gives them they are missing, and conditions see them as missing.
 * A key the caller gave is never overridden.
 */
final class ContextDefaults {
  private ContextDefaults() {}

  static RequestContext complete(RequestContext given, RequestPrincipal principal, String resourceAccount, CloudModel model) {
    RequestContext.Builder b = given.toBuilder();
    principal.accountId().ifPresent(a -> b.putIfAbsent("aws:PrincipalAccount", List.of(a)));
    principalType(principal).ifPresent(t -> b.putIfAbsent("aws:PrincipalType", List.of(t)));
    principalArn(principal, model).ifPresent(a -> b.putIfAbsent("aws:PrincipalArn", List.of(a)));
    if (principal instanceof RequestPrincipal.IamUser user) {
      b.putIfAbsent("aws:username", List.of(user.name()));
      model.user(user.arn()).ifPresent(u -> {
        b.putIfAbsent("aws:userid", List.of(u.id()));
        tags(b, "aws:PrincipalTag/", u.tags());
      });
    }
    if (principal instanceof RequestPrincipal.RoleSession session) {
      model.roleNamed(session.roleName()).ifPresent(r -> {
        b.putIfAbsent("aws:userid", List.of(r.id() + ":" + session.sessionName()));
        tags(b, "aws:PrincipalTag/", r.tags());
      });
    }
    if (principal instanceof RequestPrincipal.IamRole role) {
      model.role(role.arn()).ifPresent(r -> tags(b, "aws:PrincipalTag/", r.tags()));
    }
    principal.accountId().flatMap(a -> orgIdOf(a, model)).ifPresent(o -> b.putIfAbsent("aws:PrincipalOrgID", List.of(o)));
    principal.accountId().ifPresent(a -> b.putIfAbsent("aws:PrincipalIsAWSService", List.of("false")));
    if (principal instanceof RequestPrincipal.ServicePrincipal service) {
      b.putIfAbsent("aws:PrincipalIsAWSService", List.of("true"));
      b.putIfAbsent("aws:PrincipalServiceName", List.of(service.service()));
    }
    if (!resourceAccount.isEmpty()) {
      b.putIfAbsent("aws:ResourceAccount", List.of(resourceAccount));
      orgIdOf(resourceAccount, model).ifPresent(o -> b.putIfAbsent("aws:ResourceOrgID", List.of(o)));
    }
    return b.build();
  }

  /** The organization an account belongs to, when the snapshot shows it as a member. */
  static Optional<String> orgIdOf(String account, CloudModel model) {
    boolean member = model.organizations().isManagementAccount(account)
        || (model.accountId().map(account::equals).orElse(false) && !model.organizations().parentOf().isEmpty())
        || model.organizations().parentOf().containsKey(account);
    return member ? model.organizations().org().map(o -> o.id()) : Optional.empty();
  }

  private static Optional<String> principalType(RequestPrincipal p) {
    if (p instanceof RequestPrincipal.IamUser) {
      return Optional.of("User");
    }
    if (p instanceof RequestPrincipal.RoleSession || p instanceof RequestPrincipal.IamRole) {
      return Optional.of("AssumedRole");
    }
    if (p instanceof RequestPrincipal.RootUser) {
      return Optional.of("Account");
    }
    if (p instanceof RequestPrincipal.FederatedUser) {
      return Optional.of("FederatedUser");
    }
    if (p instanceof RequestPrincipal.Anonymous) {
      return Optional.of("Anonymous");
    }
    return Optional.empty();
  }

  /** For a role session, aws:PrincipalArn is the role's ARN (with its path), not the session's. */
  private static Optional<String> principalArn(RequestPrincipal p, CloudModel model) {
    if (p instanceof RequestPrincipal.RoleSession session) {
      return model.roleNamed(session.roleName()).map(r -> r.arn());
    }
    if (p instanceof RequestPrincipal.Anonymous || p instanceof RequestPrincipal.ServicePrincipal) {
      return Optional.empty();
    }
    return Optional.of(p.arn());
  }

  private static void tags(RequestContext.Builder b, String prefix, Map<String, String> tags) {
    tags.forEach((k, v) -> b.putIfAbsent(prefix + k, List.of(v)));
  }
}
