package dev.mamori.iam.policy;

/**
 * The policy language version. Policy variables only exist in 2012-10-17; in 2008-10-17 and in a
 * document without a Version, {@code ${aws:username}} is literal text.
 */
public enum PolicyVersion {
  V2012_10_17("2012-10-17"),
  V2008_10_17("2008-10-17"),
  UNSPECIFIED("");

  private final String text;

  PolicyVersion(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  public boolean supportsVariables() {
    return this == V2012_10_17;
  }
}
