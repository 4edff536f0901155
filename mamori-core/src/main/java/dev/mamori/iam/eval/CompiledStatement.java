package dev.mamori.iam.eval;

import dev.mamori.iam.condition.BaseOperator;
import dev.mamori.iam.condition.ConditionEvaluator;
import dev.mamori.iam.condition.ConditionOperator;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.match.ArnMatcher;
import dev.mamori.iam.match.Glob;
import dev.mamori.iam.match.PolicyVariables;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyVersion;
import dev.mamori.iam.policy.PrincipalBlock;
import dev.mamori.iam.policy.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A statement prepared for repeated evaluation: action patterns lower-cased once, resource
 * patterns and condition values pre-built unless they hold policy variables (those depend on the
 * request and are expanded per call).
 */
final class CompiledStatement {
  final Effect effect;
  final Reason reason;
  private final PolicyKind kind;
  private final PolicyVersion version;
  private final boolean actionNegated;
  private final Glob[] actions;
  private final boolean hasResource;
  private final boolean resourceNegated;
  private final Glob[] staticResources;
  private final String[] dynamicResources;
  private final Optional<PrincipalBlock> principal;
  private final CompiledCondition[] conditions;
  private final boolean usable;

  CompiledStatement(Policy policy, Statement s, PolicyKind kind) {
    this.effect = s.effect();
    this.kind = kind;
    this.version = policy.version();
    this.reason = new Reason(kind, policy.name(), s.label(), s.effect());
    this.usable = s.action().isPresent();
    this.actionNegated = s.action().map(a -> a.negated()).orElse(false);
    this.actions = s.action().map(a -> a.patterns()).orElse(List.of()).stream()
        .map(a -> Glob.of(a).toLowerCase()).toArray(Glob[]::new);
    this.hasResource = s.resource().isPresent();
    this.resourceNegated = s.resource().map(r -> r.negated()).orElse(false);
    List<String> resources = s.resource().map(r -> r.patterns()).orElse(List.of());
    boolean variables = version.supportsVariables();
    this.staticResources = resources.stream().filter(r -> !variables || !PolicyVariables.mentionsVariable(r))
        .map(Glob::of).toArray(Glob[]::new);
    this.dynamicResources = resources.stream().filter(r -> variables && PolicyVariables.mentionsVariable(r))
        .toArray(String[]::new);
    this.principal = s.principal();
    this.conditions = s.conditions().stream().map(c -> new CompiledCondition(c, version)).toArray(CompiledCondition[]::new);
  }

  /** Whether this statement applies; for principal-bearing policies, how it names the caller. */
  GrantLevel applies(AuthorizationRequest request, String lowerAction) {
    if (!usable || actionListed(lowerAction) == actionNegated) {
      return null;
    }
    if (hasResource && resourceListed(request) == resourceNegated) {
      return null;
    }
    GrantLevel level = GrantLevel.DIRECT;
    if (kind.namesPrincipals()) {
      if (principal.isPresent()) {
        Optional<GrantLevel> named = PrincipalMatcher.grantLevel(principal.get(), request.principal());
        if (named.isEmpty()) {
          return null;
        }
        level = named.get();
      } else if (kind == PolicyKind.RESOURCE) {
        return null;
      }
    }
    for (CompiledCondition c : conditions) {
      if (!c.holds(request.context())) {
        return null;
      }
    }
    return level;
  }

  private boolean actionListed(String lowerAction) {
    for (Glob a : actions) {
      if (a.matches(lowerAction)) {
        return true;
      }
    }
    return false;
  }

  private boolean resourceListed(AuthorizationRequest request) {
    for (Glob r : staticResources) {
      if (ArnMatcher.matches(r, request.resource())) {
        return true;
      }
    }
    for (String raw : dynamicResources) {
      Optional<Glob> expanded = PolicyVariables.expand(raw, version, request.context());
      if (expanded.isPresent() && ArnMatcher.matches(expanded.get(), request.resource())) {
        return true;
      }
    }
    return false;
  }

  static String lower(String action) {
    return action.toLowerCase(Locale.ROOT);
  }

  /** A condition clause with its values pre-built when they hold no policy variable. */
  private static final class CompiledCondition {
    private final ConditionClause clause;
    private final PolicyVersion version;
    private final List<Glob> staticValues;

    CompiledCondition(ConditionClause clause, PolicyVersion version) {
      this.clause = clause;
      this.version = version;
      boolean dynamic = version.supportsVariables() && clause.values().stream().anyMatch(PolicyVariables::mentionsVariable);
      this.staticValues = dynamic ? null : clause.values().stream().map(Glob::of).toList();
    }

    boolean holds(RequestContext context) {
      if (clause.operator().isEmpty()) {
        return false;
      }
      ConditionOperator op = clause.operator().get();
      if (op.base() == BaseOperator.NULL) {
        return ConditionEvaluator.evaluate(clause, version, context);
      }
      Optional<List<String>> present = context.values(clause.key());
      if (present.isEmpty() || present.get().isEmpty()) {
        return ConditionEvaluator.onMissingKey(op);
      }
      List<Glob> values = staticValues != null ? staticValues
          : ConditionEvaluator.expandedValues(clause.values(), version, context);
      return ConditionEvaluator.onPresentKey(op, present.get(), values);
    }
  }
}
