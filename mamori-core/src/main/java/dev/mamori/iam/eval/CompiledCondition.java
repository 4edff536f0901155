package dev.mamori.iam.eval;

import dev.mamori.iam.condition.BaseOperator;
import dev.mamori.iam.condition.ConditionEvaluator;
import dev.mamori.iam.condition.ConditionOperator;
import dev.mamori.iam.condition.PreparedValues;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.match.Glob;
import dev.mamori.iam.match.PolicyVariables;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.PolicyVersion;
import java.util.List;

/**
 * A condition clause prepared for repeated evaluation: its key lower-cased once and its values
 * read once as their operator's type ({@link PreparedValues}), unless they hold policy variables
 * (those depend on the request and are expanded and read per call). Same rules for missing and
 * multi-valued keys as {@link ConditionEvaluator}.
 */
final class CompiledCondition {
  private final ConditionClause clause;
  private final PolicyVersion version;
  /** Null for an operator IAM does not know: such a clause never holds. */
  private final ConditionOperator operator;
  private final String lowerCaseKey;
  /** Null when the values hold policy variables and must be prepared per request. */
  private final PreparedValues staticValues;

  CompiledCondition(ConditionClause clause, PolicyVersion version) {
    this.clause = clause;
    this.version = version;
    this.operator = clause.operator().orElse(null);
    this.lowerCaseKey = RequestContext.lowerCase(clause.key());
    boolean dynamic = version.supportsVariables() && clause.values().stream().anyMatch(PolicyVariables::mentionsVariable);
    this.staticValues = operator == null || dynamic ? null
        : PreparedValues.of(operator.base(), clause.values().stream().map(Glob::of).toList());
  }

  boolean holds(RequestContext context) {
    if (operator == null) {
      return false;
    }
    if (operator.base() == BaseOperator.NULL) {
      return ConditionEvaluator.evaluate(clause, version, context);
    }
    List<String> present = context.valuesOfLowerCaseKey(lowerCaseKey);
    if (present == null || present.isEmpty()) {
      return ConditionEvaluator.onMissingKey(operator);
    }
    PreparedValues values = staticValues != null ? staticValues
        : PreparedValues.of(operator.base(), ConditionEvaluator.expandedValues(clause.values(), version, context));
    boolean negated = operator.base().negated();
    switch (operator.qualifier()) {
      case FOR_ALL_VALUES:
        for (int i = 0; i < present.size(); i++) {
          String c = present.get(i);
          if (values.anyMatches(c) == negated) {
            return false;
          }
        }
        return true;
      case FOR_ANY_VALUE:
        for (int i = 0; i < present.size(); i++) {
          String c = present.get(i);
          if (values.anyMatches(c) != negated) {
            return true;
          }
        }
        return false;
      default:
        for (int i = 0; i < present.size(); i++) {
          String c = present.get(i);
          if (values.anyMatches(c)) {
            return !negated;
          }
        }
        return negated;
    }
  }
}
