package dev.mamori.iam.condition;

import dev.mamori.iam.match.Glob;
import dev.mamori.iam.match.PolicyVariables;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.PolicyVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides one condition clause against a request context, with IAM's rules for missing keys and
 * multi-valued keys (IAM User Guide, "Condition operators" and "Multivalued context keys"):
 * <ul>
 *   <li>a missing key makes a plain operator false and a negated one true; {@code IfExists} makes
 *       any operator true on a missing key;
 *   <li>{@code ForAllValues} is true on a missing key or an empty set, {@code ForAnyValue} false;
 *   <li>several policy values of one key are ORed.
 * </ul>
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  public static boolean evaluate(ConditionClause clause, PolicyVersion version, RequestContext context) {
    if (clause.operator().isEmpty()) {
      return false;
    }
    ConditionOperator op = clause.operator().get();
    Optional<List<String>> present = context.values(clause.key()).filter(v -> !v.isEmpty());
    if (op.base() == BaseOperator.NULL) {
      return nullCheck(clause.values(), present.isEmpty());
    }
    if (present.isEmpty()) {
      return onMissingKey(op);
    }
    List<Glob> policyValues = expandedValues(clause.values(), version, context);
    return onPresentKey(op, present.get(), policyValues);
  }

  /** The Null operator: "true" asks for a missing key, "false" for a present one. */
  static boolean nullCheck(List<String> policyValues, boolean missing) {
    for (String value : policyValues) {
      Optional<Boolean> wantsMissing = ConditionValues.bool(value);
      if (wantsMissing.isPresent() && wantsMissing.get() == missing) {
        return true;
      }
    }
    return false;
  }

  public static boolean onMissingKey(ConditionOperator op) {
    return switch (op.qualifier()) {
      case FOR_ALL_VALUES -> true;
      case FOR_ANY_VALUE -> op.ifExists();
      case NONE -> op.ifExists() || op.base().negated();
    };
  }

  public static boolean onPresentKey(ConditionOperator op, List<String> contextValues, List<Glob> policyValues) {
    boolean negated = op.base().negated();
    switch (op.qualifier()) {
      case FOR_ALL_VALUES:
        for (String c : contextValues) {
          if (anyPolicyValueMatches(op.base(), c, policyValues) == negated) {
            return false;
          }
        }
        return true;
      case FOR_ANY_VALUE:
        for (String c : contextValues) {
          if (anyPolicyValueMatches(op.base(), c, policyValues) != negated) {
            return true;
          }
        }
        return false;
      default:
        for (String c : contextValues) {
          if (anyPolicyValueMatches(op.base(), c, policyValues)) {
            return !negated;
          }
        }
        return negated;
    }
  }

  static boolean anyPolicyValueMatches(BaseOperator op, String contextValue, List<Glob> policyValues) {
    for (Glob p : policyValues) {
      if (ValueComparison.matches(op, contextValue, p)) {
        return true;
      }
    }
    return false;
  }

  /** Policy values after variable substitution; a value whose variable has no value is dropped. */
  public static List<Glob> expandedValues(List<String> raw, PolicyVersion version, RequestContext context) {
    List<Glob> out = new ArrayList<>(raw.size());
    for (String value : raw) {
      PolicyVariables.expand(value, version, context).ifPresent(out::add);
    }
    return out;
  }
}
