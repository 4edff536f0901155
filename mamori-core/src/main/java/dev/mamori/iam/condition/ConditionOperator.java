package dev.mamori.iam.condition;

import java.util.Optional;

/** A full condition operator: {@code [ForAllValues:|ForAnyValue:]Base[IfExists]}. */
public record ConditionOperator(SetQualifier qualifier, BaseOperator base, boolean ifExists) {

  private static final String IF_EXISTS = "IfExists";

  /** Parses an operator name as it appears as a key of a Condition element. */
  public static Optional<ConditionOperator> parse(String name) {
    SetQualifier qualifier = SetQualifier.NONE;
    String rest = name;
    for (SetQualifier q : new SetQualifier[] {SetQualifier.FOR_ALL_VALUES, SetQualifier.FOR_ANY_VALUE}) {
      if (rest.startsWith(q.prefix())) {
        qualifier = q;
        rest = rest.substring(q.prefix().length());
        break;
      }
    }
    boolean ifExists = false;
    if (rest.endsWith(IF_EXISTS)) {
      ifExists = true;
      rest = rest.substring(0, rest.length() - IF_EXISTS.length());
    }
    final SetQualifier finalQualifier = qualifier;
    final boolean finalIfExists = ifExists;
    return BaseOperator.ofName(rest)
        .filter(base -> !(base == BaseOperator.NULL && finalIfExists))
        .map(base -> new ConditionOperator(finalQualifier, base, finalIfExists));
  }

  public String policyName() {
    return qualifier.prefix() + base.policyName() + (ifExists ? IF_EXISTS : "");
  }
}
