package dev.mamori.iam.eval;

import dev.mamori.iam.condition.ConditionEvaluator;
import dev.mamori.iam.condition.ConditionOperator;
import dev.mamori.iam.condition.ValueComparison;
import dev.mamori.iam.match.Glob;
import dev.mamori.iam.match.PolicyVariables;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plain evaluator: no compilation, no indexes, no short cuts. It walks the steps of the
 * IAM User Guide's "Policy evaluation logic" flow chart in order, matching patterns with regular
 * expressions, so that the optimised {@link FastEvaluator} can be checked against it.
 */
public final class ReferenceEvaluator implements Evaluator {

  @Override
  public AuthorizationResult authorize(PolicySet set, AuthorizationRequest request) {
    RequestPrincipal caller = request.principal();
    if (AwsGuardrails.needsNoAuthorization(request)) {
      return AuthorizationResult.allowed(List.of());
    }
    boolean root = caller instanceof RequestPrincipal.RootUser;
    boolean scpsApply = caller.accountId().isPresent() && !set.serviceControlPolicies().isEmpty();
    boolean rcpsApply = !(caller instanceof RequestPrincipal.ServicePrincipal) && !set.resourceControlPolicies().isEmpty();

    // Step 1: an applicable Deny anywhere decides.
    List<Reason> denies = new ArrayList<>();
    if (scpsApply) {
      set.serviceControlPolicies().forEach(l -> l.policies().forEach(p -> denies.addAll(matches(p, PolicyKind.SCP, Effect.DENY, request))));
    }
    if (rcpsApply) {
      set.resourceControlPolicies().forEach(l -> l.policies().forEach(p -> denies.addAll(matches(p, PolicyKind.RCP, Effect.DENY, request))));
    }
    set.endpointPolicies().forEach(p -> denies.addAll(matches(p, PolicyKind.ENDPOINT, Effect.DENY, request)));
    if (!RootUserRules.bypassesBucketPolicy(request)) {
      set.resourcePolicy().ifPresent(p -> denies.addAll(matches(p, PolicyKind.RESOURCE, Effect.DENY, request)));
      // An ACL has no Deny; weighed like the resource policy all the same, so both evaluators define every input.
      set.resourceAcl().ifPresent(p -> denies.addAll(matches(p, PolicyKind.RESOURCE, Effect.DENY, request)));
    }
    set.identityPolicies().forEach(p -> denies.addAll(matches(p, PolicyKind.IDENTITY, Effect.DENY, request)));
    set.permissionsBoundaries().forEach(p -> denies.addAll(matches(p, PolicyKind.PERMISSIONS_BOUNDARY, Effect.DENY, request)));
    set.sessionPolicy().ifPresent(p -> denies.addAll(matches(p, PolicyKind.SESSION, Effect.DENY, request)));
    if (!denies.isEmpty()) {
      return AuthorizationResult.explicitDeny(denies);
    }
    if (AwsGuardrails.protectsResource(request)) {
      return AuthorizationResult.implicitDeny(PolicyKind.AWS_OWNED);
    }

    // Steps 2 and 3: every level of the organization path must allow.
    List<Reason> allows = new ArrayList<>();
    if (scpsApply) {
      for (OrgPolicyLevel level : set.serviceControlPolicies()) {
        List<Reason> levelAllows = new ArrayList<>();
        level.policies().forEach(p -> levelAllows.addAll(matches(p, PolicyKind.SCP, Effect.ALLOW, request)));
        if (levelAllows.isEmpty()) {
          return AuthorizationResult.implicitDeny(PolicyKind.SCP);
        }
        allows.addAll(levelAllows);
      }
    }
    if (rcpsApply) {
      for (OrgPolicyLevel level : set.resourceControlPolicies()) {
        List<Reason> levelAllows = new ArrayList<>();
        level.policies().forEach(p -> levelAllows.addAll(matches(p, PolicyKind.RCP, Effect.ALLOW, request)));
        if (levelAllows.isEmpty()) {
          return AuthorizationResult.implicitDeny(PolicyKind.RCP);
        }
        allows.addAll(levelAllows);
      }
    }

    if (!set.endpointPolicies().isEmpty()) {
      List<Reason> endpointAllows = new ArrayList<>();
      set.endpointPolicies().forEach(p -> endpointAllows.addAll(matches(p, PolicyKind.ENDPOINT, Effect.ALLOW, request)));
      if (endpointAllows.isEmpty()) {
        return AuthorizationResult.implicitDeny(PolicyKind.ENDPOINT);
      }
      allows.addAll(endpointAllows);
    }

    // Step 4: the resource-based policy.
    List<Reason> resourceAllows = new ArrayList<>();
    GrantLevel strongest = null;
    // An access control list grants alongside the resource policy, in the same step.
    for (Policy p : java.util.stream.Stream.concat(set.resourcePolicy().stream(), set.resourceAcl().stream()).toList()) {
      for (Statement s : p.statements()) {
        if (s.effect() != Effect.ALLOW) {
          continue;
        }
        Optional<GrantLevel> level = applies(p, s, PolicyKind.RESOURCE, request);
        if (level.isPresent()) {
          resourceAllows.add(reason(PolicyKind.RESOURCE, p, s));
          strongest = strongest == null || level.get().compareTo(strongest) > 0 ? level.get() : strongest;
        }
      }
    }
    allows.addAll(resourceAllows);
    boolean kmsKey = set.resourcePolicyKind().mustAllow();
    if (kmsKey && resourceAllows.isEmpty()) {
      return AuthorizationResult.implicitDeny(PolicyKind.RESOURCE);
    }
    if (caller.accountId().isEmpty()) {
      // Anonymous callers and service principals have no identity policies: the resource policy decides.
      return resourceAllows.isEmpty() ? AuthorizationResult.implicitDeny(PolicyKind.RESOURCE) : AuthorizationResult.allowed(allows);
    }
    boolean identityNeeded = true;
    if (request.sameAccount()) {
      if (strongest == GrantLevel.DIRECT) {
        return AuthorizationResult.allowed(allows);
      }
      if (strongest == GrantLevel.ROLE) {
        identityNeeded = false;
      }
    } else if (resourceAllows.isEmpty()) {
      return AuthorizationResult.implicitDeny(PolicyKind.RESOURCE);
    }

    // Step 5: identity-based policies (the root user is not limited by them).
    if (identityNeeded && !root) {
      List<Reason> identityAllows = new ArrayList<>();
      set.identityPolicies().forEach(p -> identityAllows.addAll(matches(p, PolicyKind.IDENTITY, Effect.ALLOW, request)));
      if (identityAllows.isEmpty()) {
        return AuthorizationResult.implicitDeny(PolicyKind.IDENTITY);
      }
      allows.addAll(identityAllows);
    }

    // Step 6: the permissions boundary.
    if (!set.permissionsBoundaries().isEmpty() && !root) {
      List<Reason> boundaryAllows = new ArrayList<>();
      set.permissionsBoundaries().forEach(p -> boundaryAllows.addAll(matches(p, PolicyKind.PERMISSIONS_BOUNDARY, Effect.ALLOW, request)));
      if (boundaryAllows.isEmpty()) {
        return AuthorizationResult.implicitDeny(PolicyKind.PERMISSIONS_BOUNDARY);
      }
      allows.addAll(boundaryAllows);
    }

    // Step 7: the session policy.
    if (set.sessionPolicy().isPresent()) {
      List<Reason> sessionAllows = matches(set.sessionPolicy().get(), PolicyKind.SESSION, Effect.ALLOW, request);
      if (sessionAllows.isEmpty()) {
        return AuthorizationResult.implicitDeny(PolicyKind.SESSION);
      }
      allows.addAll(sessionAllows);
    }
    return AuthorizationResult.allowed(allows);
  }

  private static List<Reason> matches(Policy p, PolicyKind kind, Effect effect, AuthorizationRequest request) {
    return p.statements().stream()
        .filter(s -> s.effect() == effect && applies(p, s, kind, request).isPresent())
        .map(s -> reason(kind, p, s))
        .collect(Collectors.toList());
  }

  private static Reason reason(PolicyKind kind, Policy p, Statement s) {
    return new Reason(kind, p.name(), s.label(), s.effect());
  }

  /** Whether a statement applies to the request, and if it names a principal, how. */
  static Optional<GrantLevel> applies(Policy p, Statement s, PolicyKind kind, AuthorizationRequest request) {
    if (s.action().isEmpty()) {
      return Optional.empty();
    }
    boolean actionListed = s.action().get().patterns().stream().anyMatch(a -> actionMatches(a, request.action()));
    if (actionListed == s.action().get().negated()) {
      return Optional.empty();
    }
    if (s.resource().isPresent()) {
      boolean resourceListed = s.resource().get().patterns().stream()
          .anyMatch(r -> resourceMatches(PolicyVariables.expand(r, p.version(), request.context()), request.resource()));
      if (resourceListed == s.resource().get().negated()) {
        return Optional.empty();
      }
    }
    GrantLevel level = GrantLevel.DIRECT;
    if (kind.namesPrincipals()) {
      if (s.principal().isEmpty()) {
        if (kind == PolicyKind.RESOURCE) {
          return Optional.empty();
        }
      } else {
        Optional<GrantLevel> named = PrincipalMatcher.grantLevel(s.principal().get(), request.principal());
        if (named.isEmpty()) {
          return Optional.empty();
        }
        level = named.get();
      }
    }
    for (ConditionClause c : s.conditions()) {
      if (!conditionHolds(c, p, request)) {
        return Optional.empty();
      }
    }
    return Optional.of(level);
  }

  private static boolean actionMatches(String pattern, String action) {
    return Pattern.compile(Glob.of(pattern).toRegex(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(action).matches();
  }

  /** Six colon-separated ARN parts matched one by one; a shorter pattern against the whole text. */
  private static boolean resourceMatches(Optional<Glob> pattern, String resource) {
    if (pattern.isEmpty()) {
      return false;
    }
    Glob glob = pattern.get();
    String[] patternParts = glob.text().split(":", 6);
    String[] resourceParts = resource.split(":", 6);
    if (patternParts.length < 6) {
      return Pattern.matches(glob.toRegex(), resource);
    }
    if (resourceParts.length < 6) {
      return false;
    }
    int offset = 0;
    for (int i = 0; i < 6; i++) {
      Glob part = glob.slice(offset, offset + patternParts[i].length());
      if (!Pattern.matches(part.toRegex(), resourceParts[i])) {
        return false;
      }
      offset += patternParts[i].length() + 1;
    }
    return true;
  }

  private static boolean conditionHolds(ConditionClause c, Policy p, AuthorizationRequest request) {
    if (c.operator().isEmpty()) {
      return false;
    }
    ConditionOperator op = c.operator().get();
    Optional<List<String>> values = request.context().values(c.key()).filter(v -> !v.isEmpty());
    if (op.base() == dev.mamori.iam.condition.BaseOperator.NULL) {
      return c.values().stream().anyMatch(v -> v.equalsIgnoreCase(values.isEmpty() ? "true" : "false"));
    }
    if (values.isEmpty()) {
      return switch (op.qualifier()) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> op.ifExists();
        case NONE -> op.ifExists() || op.base().negated();
      };
    }
    List<Glob> policyValues = ConditionEvaluator.expandedValues(c.values(), p.version(), request.context());
    java.util.function.Predicate<String> matchesSome =
        v -> policyValues.stream().anyMatch(pv -> ValueComparison.matches(op.base(), v, pv));
    boolean negated = op.base().negated();
    return switch (op.qualifier()) {
      case FOR_ALL_VALUES -> values.get().stream().allMatch(v -> matchesSome.test(v) != negated);
      case FOR_ANY_VALUE -> values.get().stream().anyMatch(v -> matchesSome.test(v) != negated);
      case NONE -> values.get().stream().anyMatch(matchesSome) != negated;
    };
  }
}
