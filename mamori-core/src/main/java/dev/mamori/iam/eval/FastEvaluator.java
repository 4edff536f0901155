package dev.mamori.iam.eval;

import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The optimised evaluator: a policy set is compiled once ({@link #compile}) into arrays of
 * prepared statements, and each decision walks them with early exits. Its answers must equal the
 * {@link ReferenceEvaluator}'s; the seeded random tests check that.
 */
public final class FastEvaluator implements Evaluator {
  /**
   * Compiled statements per policy object (by identity, not equality), so that a managed policy
   * shared by thousands of principals is compiled once per evaluator.
   */
  private final Map<PolicyUse, CompiledStatement[]> compiledPolicies = new ConcurrentHashMap<>();

  private record PolicyUse(IdentityKey policy, PolicyKind kind) {}

  private static final class IdentityKey {
    private final Policy policy;

    IdentityKey(Policy policy) {
      this.policy = policy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IdentityKey k && k.policy == policy;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(policy);
    }
  }

  @Override
  public AuthorizationResult authorize(PolicySet policies, AuthorizationRequest request) {
    return compile(policies).authorize(request);
  }

  public Compiled compile(PolicySet set) {
    return new Compiled(set, this);
  }

  CompiledStatement[] statementsOf(Policy policy, PolicyKind kind) {
    return compiledPolicies.computeIfAbsent(new PolicyUse(new IdentityKey(policy), kind),
        use -> policy.statements().stream().map(s -> new CompiledStatement(policy, s, kind)).toArray(CompiledStatement[]::new));
  }

  /** A policy set prepared for many decisions; immutable and safe to share between threads. */
  public static final class Compiled {
    private final CompiledStatement[] denies;
    private final CompiledStatement[] resourceDenies;
    private final CompiledStatement[][] scpAllows;
    private final CompiledStatement[][] rcpAllows;
    private final CompiledStatement[] resourceAllows;
    private final CompiledStatement[] identityAllows;
    private final CompiledStatement[] boundaryAllows;
    private final CompiledStatement[] sessionAllows;
    private final boolean hasScps;
    private final boolean hasRcps;
    private final boolean hasBoundary;
    private final boolean hasSession;
    private final boolean hasResourcePolicy;
    private final boolean kmsKey;
    private final CompiledStatement[] scpDenies;
    private final CompiledStatement[] rcpDenies;
    private final CompiledStatement[] endpointDenies;
    private final CompiledStatement[] endpointAllows;
    private final boolean hasEndpoint;

    Compiled(PolicySet set, FastEvaluator cache) {
      List<CompiledStatement> otherDenies = new ArrayList<>();
      identityAllows = split(cache, set.identityPolicies(), PolicyKind.IDENTITY, otherDenies);
      boundaryAllows = split(cache, set.permissionsBoundaries(), PolicyKind.PERMISSIONS_BOUNDARY, otherDenies);
      sessionAllows = split(cache, set.sessionPolicy().stream().toList(), PolicyKind.SESSION, otherDenies);
      denies = otherDenies.toArray(CompiledStatement[]::new);
      List<CompiledStatement> rd = new ArrayList<>();
      List<Policy> resourceSide = new ArrayList<>(2);
      set.resourcePolicy().ifPresent(resourceSide::add);
      set.resourceAcl().ifPresent(resourceSide::add);
      resourceAllows = split(cache, resourceSide, PolicyKind.RESOURCE, rd);
      resourceDenies = rd.toArray(CompiledStatement[]::new);
      List<CompiledStatement> sd = new ArrayList<>();
      scpAllows = set.serviceControlPolicies().stream().map(l -> split(cache, l.policies(), PolicyKind.SCP, sd))
          .toArray(CompiledStatement[][]::new);
      scpDenies = sd.toArray(CompiledStatement[]::new);
      List<CompiledStatement> cd = new ArrayList<>();
      rcpAllows = set.resourceControlPolicies().stream().map(l -> split(cache, l.policies(), PolicyKind.RCP, cd))
          .toArray(CompiledStatement[][]::new);
      rcpDenies = cd.toArray(CompiledStatement[]::new);
      List<CompiledStatement> ed = new ArrayList<>();
      endpointAllows = split(cache, set.endpointPolicies(), PolicyKind.ENDPOINT, ed);
      endpointDenies = ed.toArray(CompiledStatement[]::new);
      hasEndpoint = !set.endpointPolicies().isEmpty();
      hasScps = !set.serviceControlPolicies().isEmpty();
      hasRcps = !set.resourceControlPolicies().isEmpty();
      hasBoundary = !set.permissionsBoundaries().isEmpty();
      hasSession = set.sessionPolicy().isPresent();
      hasResourcePolicy = set.resourcePolicy().isPresent();
      kmsKey = set.resourcePolicyKind().mustAllow();
    }

    /** Compiles the statements of the policies; Allow statements are returned, Deny ones collected. */
    private static CompiledStatement[] split(FastEvaluator cache, List<Policy> policies, PolicyKind kind,
        List<CompiledStatement> denies) {
      List<CompiledStatement> allows = new ArrayList<>();
      for (Policy p : policies) {
        for (CompiledStatement c : cache.statementsOf(p, kind)) {
          (c.effect == Effect.ALLOW ? allows : denies).add(c);
        }
      }
      return allows.toArray(CompiledStatement[]::new);
    }

    public AuthorizationResult authorize(AuthorizationRequest request) {
      // Derived once per request: the lower-cased action, the caller's account, same-account.
      String action = CompiledStatement.lower(request.action());
      RequestPrincipal caller = request.principal();
      boolean authenticated = caller.accountId().isPresent();
      if (AwsGuardrails.needsNoAuthorization(authenticated, action)) {
        return AuthorizationResult.allowed(List.of());
      }
      boolean sameAccount = request.sameAccount();
      boolean root = caller instanceof RequestPrincipal.RootUser;
      boolean scpsApply = hasScps && authenticated;
      boolean rcpsApply = hasRcps && !(caller instanceof RequestPrincipal.ServicePrincipal);

      List<Reason> denied = null;
      denied = collect(denies, request, action, denied);
      if (resourceDenies.length > 0 && !RootUserRules.bypassesBucketPolicy(request, action)) {
        denied = collect(resourceDenies, request, action, denied);
      }
      if (scpsApply) {
        denied = collect(scpDenies, request, action, denied);
      }
      if (rcpsApply) {
        denied = collect(rcpDenies, request, action, denied);
      }
      denied = collect(endpointDenies, request, action, denied);
      if (denied != null) {
        return AuthorizationResult.explicitDeny(sortDenies(denied));
      }
      if (AwsGuardrails.protectsResource(action, request.resource())) {
        return AuthorizationResult.implicitDeny(PolicyKind.AWS_OWNED);
      }

      List<Reason> allows = new ArrayList<>(4);
      if (scpsApply && !everyLevelAllows(scpAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.SCP);
      }
      if (rcpsApply && !everyLevelAllows(rcpAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.RCP);
      }
      if (hasEndpoint && !anyAllows(endpointAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.ENDPOINT);
      }
      GrantLevel strongest = null;
      for (CompiledStatement s : resourceAllows) {
        GrantLevel level = s.applies(request, action);
        if (level != null) {
          allows.add(s.reason);
          strongest = strongest == null || level.compareTo(strongest) > 0 ? level : strongest;
        }
      }
      if (strongest == null && (kmsKey || !authenticated || !sameAccount)) {
        return AuthorizationResult.implicitDeny(PolicyKind.RESOURCE);
      }
      if (!authenticated || (sameAccount && strongest == GrantLevel.DIRECT)) {
        return AuthorizationResult.allowed(allows);
      }
      boolean identityNeeded = !(sameAccount && strongest == GrantLevel.ROLE);
      if (identityNeeded && !root && !anyAllows(identityAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.IDENTITY);
      }
      if (hasBoundary && !root && !anyAllows(boundaryAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.PERMISSIONS_BOUNDARY);
      }
      if (hasSession && !anyAllows(sessionAllows, request, action, allows)) {
        return AuthorizationResult.implicitDeny(PolicyKind.SESSION);
      }
      return AuthorizationResult.allowed(allows);
    }

    private static List<Reason> collect(CompiledStatement[] statements, AuthorizationRequest request, String action,
        List<Reason> into) {
      for (CompiledStatement s : statements) {
        if (s.applies(request, action) != null) {
          into = into == null ? new ArrayList<>(2) : into;
          into.add(s.reason);
        }
      }
      return into;
    }

    private static boolean anyAllows(CompiledStatement[] statements, AuthorizationRequest request, String action,
        List<Reason> into) {
      boolean any = false;
      for (CompiledStatement s : statements) {
        if (s.applies(request, action) != null) {
          into.add(s.reason);
          any = true;
        }
      }
      return any;
    }

    private static boolean everyLevelAllows(CompiledStatement[][] levels, AuthorizationRequest request, String action,
        List<Reason> into) {
      for (CompiledStatement[] level : levels) {
        if (!anyAllows(level, request, action, into)) {
          return false;
        }
      }
      return true;
    }

    /** Denies are reported in the order of the evaluation flow: SCP, RCP, resource, identity, boundary, session. */
    private static List<Reason> sortDenies(List<Reason> denied) {
      denied.sort(java.util.Comparator.comparingInt(r -> r.kind().ordinal()));
      return denied;
    }
  }
}
