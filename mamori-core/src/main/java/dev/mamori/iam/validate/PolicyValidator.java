package dev.mamori.iam.validate;

import dev.mamori.iam.condition.OperatorFamily;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.ParseResult;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.iam.policy.PolicyProblem;
import dev.mamori.iam.policy.PolicyVersion;
import dev.mamori.iam.policy.ResourceBlock;
import dev.mamori.iam.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether IAM would accept a policy document of a given type, and if not, says why in
 * IAM's words (the MalformedPolicyDocument messages) with the JSON path of the offending element.
 *
 * <p>IAM reports one kind of problem at a time, in a fixed order (grammar, version, legacy
 * parsing, Sid uniqueness, missing actions, resource formats, action prefixes, missing
 * resources); this validator keeps that order and stops at the first kind that has problems, so
 * its first message is the one IAM gives. The per-type rules (Principal where it is required or
 * forbidden, Resource in a trust policy) come last.
 */
public final class PolicyValidator {
  static final String VERSION_TOO_OLD = "Policy document must be version 2012-10-17 or greater.";
  static final String LEGACY = "The policy failed legacy parsing";
  static final String DUPLICATE_SID = "Statement IDs (SID) in a single policy must be unique.";
  static final String NO_ACTIONS = "Policy statement must contain actions.";
  static final String NO_RESOURCES = "Policy statement must contain resources.";
  static final String NO_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
  static final String TWO_COLONS = "Actions/Condition can contain only one colon.";
  static final String PRINCIPAL_FORBIDDEN = "Policy document should not specify a principal.";
  static final String PRINCIPAL_MISSING = "Missing required field Principal";
  static final String RESOURCE_FORBIDDEN = "Has prohibited field Resource";
  private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9\\-.]+");

  private PolicyValidator() {}

  public static ValidationReport validate(String json, PolicyType type) {
    ParseResult parsed = PolicyParser.parse(json, "policy");
    if (parsed instanceof ParseResult.Rejected rejected) {
      return new ValidationReport(List.of(rejected.problem()), Optional.empty());
    }
    Policy policy = ((ParseResult.Parsed) parsed).policy();
    return new ValidationReport(firstProblems(policy, type), Optional.of(policy));
  }

  private static List<PolicyProblem> firstProblems(Policy policy, PolicyType type) {
    if (policy.statements().isEmpty()) {
      return List.of(new PolicyProblem(PolicyParser.SYNTAX_ERROR, "$.Statement"));
    }
    if (type.requiresVersion2012() && policy.version() != PolicyVersion.V2012_10_17) {
      return List.of(new PolicyProblem(VERSION_TOO_OLD, "$.Version"));
    }
    List<PolicyProblem> problems = legacyParsing(policy);
    if (problems.isEmpty()) {
      problems = duplicateSids(policy);
    }
    if (problems.isEmpty()) {
      problems = missingActions(policy);
    }
    if (problems.isEmpty()) {
      problems = resourceFormats(policy).stream().toList();
    }
    if (problems.isEmpty()) {
      problems = actionPrefixes(policy);
    }
    if (problems.isEmpty() && type.requiresResource()) {
      problems = missingResources(policy);
    }
    if (problems.isEmpty()) {
      problems = typeRules(policy, type);
    }
    return problems;
  }

  private static String path(Statement s, String element) {
    return "$.Statement[" + s.index() + "]" + (element.isEmpty() ? "" : "." + element);
  }

  /** Exact-case effects and readable dates, then ARNs the older parser can split. */
  private static List<PolicyProblem> legacyParsing(Policy policy) {
    List<PolicyProblem> problems = new ArrayList<>();
    for (Statement s : policy.statements()) {
      if (!s.effectText().equals(s.effect().policyText())) {
        problems.add(new PolicyProblem(LEGACY, path(s, "Effect")));
      }
      for (ConditionClause c : s.conditions()) {
        boolean date = c.operator().map(op -> op.base().family() == OperatorFamily.DATE).orElse(false);
        if (date && !c.values().stream().allMatch(DateValueRule::accepts)) {
          problems.add(new PolicyProblem(LEGACY, path(s, "Condition." + c.operatorName() + "." + c.key())));
        }
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    // IAM checks the old ARN grammar only until it has found a resource-format problem.
    for (boolean negated : new boolean[] {false, true}) {
      boolean formatProblemSeen = false;
      for (Statement s : policy.statements()) {
        Optional<ResourceBlock> block = s.resource().filter(r -> r.negated() == negated);
        if (block.isEmpty()) {
          continue;
        }
        formatProblemSeen |= block.get().patterns().stream().anyMatch(r -> ArnFormat.problem(r).isPresent());
        if (!formatProblemSeen && !block.get().patterns().stream().allMatch(ArnFormat::passesLegacyParsing)) {
          problems.add(new PolicyProblem(LEGACY, path(s, block.get().elementName())));
          return problems;
        }
      }
    }
    return problems;
  }

  private static List<PolicyProblem> duplicateSids(Policy policy) {
    Set<String> seen = new HashSet<>();
    for (Statement s : policy.statements()) {
      if (s.sid().isPresent() && !s.sid().get().isEmpty() && !seen.add(s.sid().get())) {
        return List.of(new PolicyProblem(DUPLICATE_SID, path(s, "Sid")));
      }
    }
    return List.of();
  }

  private static List<PolicyProblem> missingActions(Policy policy) {
    for (Statement s : policy.statements()) {
      if (s.action().isEmpty() || s.action().get().patterns().isEmpty()) {
        return List.of(new PolicyProblem(NO_ACTIONS, path(s, s.action().map(a -> a.elementName()).orElse(""))));
      }
    }
    return List.of();
  }

  private static List<PolicyProblem> missingResources(Policy policy) {
    for (Statement s : policy.statements()) {
      if (s.resource().isEmpty() || s.resource().get().patterns().isEmpty()) {
        return List.of(new PolicyProblem(NO_RESOURCES, path(s, s.resource().map(r -> r.elementName()).orElse(""))));
      }
    }
    return List.of();
  }

  /**
   * IAM reports a single resource-format problem: of all Resource values (then all NotResource
   * values), the last one it looks at, taking each list in reverse lexical order.
   */
  private static Optional<PolicyProblem> resourceFormats(Policy policy) {
    Optional<PolicyProblem> reported = Optional.empty();
    for (boolean negated : new boolean[] {false, true}) {
      for (Statement s : policy.statements()) {
        Optional<ResourceBlock> block = s.resource().filter(r -> r.negated() == negated);
        if (block.isEmpty()) {
          continue;
        }
        List<String> patterns = block.get().patterns();
        List<String> order = new ArrayList<>(patterns);
        order.sort(java.util.Comparator.reverseOrder());
        for (String resource : order) {
          Optional<String> problem = ArnFormat.problem(resource);
          if (problem.isPresent()) {
            String where = path(s, block.get().elementName()) + (patterns.size() > 1 || isList(block.get())
                ? "[" + patterns.indexOf(resource) + "]" : "");
            reported = Optional.of(new PolicyProblem(problem.get(), where));
          }
        }
      }
    }
    return reported;
  }

  private static boolean isList(ResourceBlock block) {
    return block.patterns().size() != 1;
  }

  private static List<PolicyProblem> actionPrefixes(Policy policy) {
    List<PolicyProblem> problems = new ArrayList<>();
    for (boolean negated : new boolean[] {false, true}) {
      for (Statement s : policy.statements()) {
        if (s.action().isEmpty() || s.action().get().negated() != negated) {
          continue;
        }
        List<String> actions = s.action().get().patterns();
        for (int i = 0; i < actions.size(); i++) {
          String where = path(s, s.action().get().elementName()) + (actions.size() > 1 ? "[" + i + "]" : "");
          actionProblem(actions.get(i)).ifPresent(m -> problems.add(new PolicyProblem(m, where)));
        }
      }
    }
    return problems.isEmpty() ? problems : List.of(problems.get(0));
  }

  static Optional<String> actionProblem(String action) {
    String[] parts = action.split(":", -1);
    if (parts.length == 1 && !parts[0].equals("*")) {
      return Optional.of(NO_VENDOR);
    }
    if (parts.length > 2) {
      return Optional.of(TWO_COLONS);
    }
    if (!parts[0].equals("*") && !VENDOR.matcher(parts[0]).matches()) {
      return Optional.of("Vendor " + parts[0] + " is not valid");
    }
    return Optional.empty();
  }

  private static List<PolicyProblem> typeRules(Policy policy, PolicyType type) {
    List<PolicyProblem> problems = new ArrayList<>();
    for (Statement s : policy.statements()) {
      if (s.principal().isPresent() && s.principal().get().bareArn()) {
        problems.add(new PolicyProblem(PolicyParser.SYNTAX_ERROR, path(s, s.principal().get().elementName())));
      }
      if (s.principal().isPresent() && !type.requiresPrincipal()) {
        problems.add(new PolicyProblem(PRINCIPAL_FORBIDDEN, path(s, s.principal().get().elementName())));
      }
      if (s.principal().isEmpty() && type.requiresPrincipal()) {
        problems.add(new PolicyProblem(PRINCIPAL_MISSING, path(s, "")));
      }
      if (type == PolicyType.TRUST && s.resource().isPresent()) {
        problems.add(new PolicyProblem(RESOURCE_FORBIDDEN, path(s, s.resource().get().elementName())));
      }
    }
    return problems;
  }
}
