package dev.mamori.iam.condition;

/** How a condition treats a multi-valued context key. */
public enum SetQualifier {
  /** Plain operator: true when some context value matches some policy value. */
  NONE(""),
  /** True when every context value matches; true on a missing key or an empty set. */
  FOR_ALL_VALUES("ForAllValues:"),
  /** True when at least one context value matches; false on a missing key or an empty set. */
  FOR_ANY_VALUE("ForAnyValue:");

  private final String prefix;

  SetQualifier(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
