package dev.mamori.iam.policy;

import dev.mamori.iam.condition.ConditionOperator;
import java.util.List;
import java.util.Optional;

/**
 * One (operator, key, values) triple of a Condition element. {@code operator} is empty when the
 * operator name is not one IAM knows; such a clause never matches.
 */
public record ConditionClause(
    String operatorName, Optional<ConditionOperator> operator, String key, List<String> values) {
  public ConditionClause {
    values = List.copyOf(values);
  }
}
