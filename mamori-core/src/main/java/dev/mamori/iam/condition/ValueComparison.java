package dev.mamori.iam.condition;

import dev.mamori.iam.match.ArnMatcher;
import dev.mamori.iam.match.Glob;
import inet.ipaddr.IPAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Compares one context value with one policy value for an operator, before negation. Values
 * that do not read as the operator's type never match.
 */
public final class ValueComparison {
  private ValueComparison() {}

  public static boolean matches(BaseOperator op, String contextValue, Glob policyValue) {
    String policyText = policyValue.text();
    switch (op.family()) {
      case STRING:
        return switch (op.comparison()) {
          case EQUALS -> contextValue.equals(policyText);
          case EQUALS_IGNORE_CASE -> contextValue.equalsIgnoreCase(policyText);
          case LIKE -> policyValue.matches(contextValue);
          default -> false;
        };
      case ARN:
        return ArnMatcher.matches(policyValue, contextValue);
      case NUMERIC:
        return compareOrdered(op.comparison(), ConditionValues.number(contextValue), ConditionValues.number(policyText));
      case DATE:
        return compareOrdered(op.comparison(), ConditionValues.date(contextValue), ConditionValues.date(policyText));
      case BOOL:
        Optional<Boolean> c = ConditionValues.bool(contextValue);
        return c.isPresent() && c.equals(ConditionValues.bool(policyText));
      case BINARY:
        Optional<byte[]> cb = ConditionValues.binary(contextValue);
        Optional<byte[]> pb = ConditionValues.binary(policyText);
        return cb.isPresent() && pb.isPresent() && Arrays.equals(cb.get(), pb.get());
      case IP_ADDRESS:
        Optional<IPAddress> block = ConditionValues.ipBlock(policyText);
        Optional<IPAddress> address = ConditionValues.ipBlock(contextValue);
        return block.isPresent() && address.isPresent() && block.get().contains(address.get());
      default:
        return false;
    }
  }

  static <T extends Comparable<T>> boolean compareOrdered(
      BaseOperator.Comparison comparison, Optional<T> context, Optional<T> policy) {
    if (context.isEmpty() || policy.isEmpty()) {
      return false;
    }
    int cmp = context.get().compareTo(policy.get());
    return switch (comparison) {
      case EQUALS -> cmp == 0;
      case LESS_THAN -> cmp < 0;
      case LESS_THAN_EQUALS -> cmp <= 0;
      case GREATER_THAN -> cmp > 0;
      case GREATER_THAN_EQUALS -> cmp >= 0;
      default -> false;
    };
  }
}
