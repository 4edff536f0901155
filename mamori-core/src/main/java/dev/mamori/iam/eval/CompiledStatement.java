package dev.mamori.iam.eval;

import dev.mamori.iam.match.ArnPattern;
import dev.mamori.iam.match.Glob;
import dev.mamori.iam.match.PolicyVariables;
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
 * patterns and condition values prepared ({@link ArnPattern}, {@link CompiledCondition}) unless
 * they hold policy variables (those depend on the request and are expanded per call).
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
  private final ArnPattern[] staticResources;
  private final String[] dynamicResources;
  /**
   * For each dynamic resource, its text before the first variable or wildcard. That text is
   * literal, so a resource that does not start with it cannot match whatever the variables
   * expand to: the expansion (which allocates) is skipped for it.
   */
  private final String[] dynamicResourcePrefixes;
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
        .map(r -> ArnPattern.of(Glob.of(r))).toArray(ArnPattern[]::new);
    this.dynamicResources = resources.stream().filter(r -> variables && PolicyVariables.mentionsVariable(r))
        .toArray(String[]::new);
    this.dynamicResourcePrefixes = java.util.Arrays.stream(dynamicResources).map(CompiledStatement::literalPrefix)
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
    for (ArnPattern r : staticResources) {
      if (r.matches(request.resource())) {
        return true;
      }
    }
    for (int i = 0; i < dynamicResources.length; i++) {
      if (!request.resource().startsWith(dynamicResourcePrefixes[i])) {
        continue;
      }
      Optional<Glob> expanded = PolicyVariables.expand(dynamicResources[i], version, request.context());
      if (expanded.isPresent() && ArnPattern.of(expanded.get()).matches(request.resource())) {
        return true;
      }
    }
    return false;
  }

  private static String literalPrefix(String raw) {
    int end = raw.indexOf("${");
    for (int i = 0; i < end; i++) {
      if (raw.charAt(i) == '*' || raw.charAt(i) == '?') {
        return raw.substring(0, i);
      }
    }
    return raw.substring(0, end);
  }

  static String lower(String action) {
    return action.toLowerCase(Locale.ROOT);
  }
}
