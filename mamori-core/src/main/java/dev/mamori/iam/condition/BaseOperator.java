package dev.mamori.iam.condition;

import java.util.Optional;

/**
 * The condition operators of the IAM policy language, without set qualifier or IfExists.
 * A negated operator ({@code StringNotEquals}, {@code NotIpAddress}, ...) is true when the key is
 * missing, and otherwise the negation of its positive twin.
 */
public enum BaseOperator {
  STRING_EQUALS("StringEquals", OperatorFamily.STRING, false, Comparison.EQUALS),
  STRING_NOT_EQUALS("StringNotEquals", OperatorFamily.STRING, true, Comparison.EQUALS),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", OperatorFamily.STRING, false, Comparison.EQUALS_IGNORE_CASE),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", OperatorFamily.STRING, true, Comparison.EQUALS_IGNORE_CASE),
  STRING_LIKE("StringLike", OperatorFamily.STRING, false, Comparison.LIKE),
  STRING_NOT_LIKE("StringNotLike", OperatorFamily.STRING, true, Comparison.LIKE),
  NUMERIC_EQUALS("NumericEquals", OperatorFamily.NUMERIC, false, Comparison.EQUALS),
  NUMERIC_NOT_EQUALS("NumericNotEquals", OperatorFamily.NUMERIC, true, Comparison.EQUALS),
  NUMERIC_LESS_THAN("NumericLessThan", OperatorFamily.NUMERIC, false, Comparison.LESS_THAN),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", OperatorFamily.NUMERIC, false, Comparison.LESS_THAN_EQUALS),
  NUMERIC_GREATER_THAN("NumericGreaterThan", OperatorFamily.NUMERIC, false, Comparison.GREATER_THAN),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", OperatorFamily.NUMERIC, false, Comparison.GREATER_THAN_EQUALS),
  DATE_EQUALS("DateEquals", OperatorFamily.DATE, false, Comparison.EQUALS),
  DATE_NOT_EQUALS("DateNotEquals", OperatorFamily.DATE, true, Comparison.EQUALS),
  DATE_LESS_THAN("DateLessThan", OperatorFamily.DATE, false, Comparison.LESS_THAN),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", OperatorFamily.DATE, false, Comparison.LESS_THAN_EQUALS),
  DATE_GREATER_THAN("DateGreaterThan", OperatorFamily.DATE, false, Comparison.GREATER_THAN),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", OperatorFamily.DATE, false, Comparison.GREATER_THAN_EQUALS),
  BOOL("Bool", OperatorFamily.BOOL, false, Comparison.EQUALS),
  BINARY_EQUALS("BinaryEquals", OperatorFamily.BINARY, false, Comparison.EQUALS),
  IP_ADDRESS("IpAddress", OperatorFamily.IP_ADDRESS, false, Comparison.EQUALS),
  NOT_IP_ADDRESS("NotIpAddress", OperatorFamily.IP_ADDRESS, true, Comparison.EQUALS),
  ARN_EQUALS("ArnEquals", OperatorFamily.ARN, false, Comparison.LIKE),
  ARN_LIKE("ArnLike", OperatorFamily.ARN, false, Comparison.LIKE),
  ARN_NOT_EQUALS("ArnNotEquals", OperatorFamily.ARN, true, Comparison.LIKE),
  ARN_NOT_LIKE("ArnNotLike", OperatorFamily.ARN, true, Comparison.LIKE),
  NULL("Null", OperatorFamily.NULL, false, Comparison.EQUALS);

  /** How a context value is compared with a policy value, before negation. */
  public enum Comparison {
    EQUALS,
    EQUALS_IGNORE_CASE,
    LIKE,
    LESS_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN,
    GREATER_THAN_EQUALS
  }

  private final String policyName;
  private final OperatorFamily family;
  private final boolean negated;
  private final Comparison comparison;

  BaseOperator(String policyName, OperatorFamily family, boolean negated, Comparison comparison) {
    this.policyName = policyName;
    this.family = family;
    this.negated = negated;
    this.comparison = comparison;
  }

  public String policyName() {
    return policyName;
  }

  public OperatorFamily family() {
    return family;
  }

  public boolean negated() {
    return negated;
  }

  public Comparison comparison() {
    return comparison;
  }

  /** Operator names are case-sensitive in IAM. */
  public static Optional<BaseOperator> ofName(String name) {
    for (BaseOperator op : values()) {
      if (op.policyName.equals(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
