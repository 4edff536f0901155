package dev.mamori.iam.policy;

/** What a statement does when it applies. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String policyText;

  Effect(String policyText) {
    this.policyText = policyText;
  }

  /** The word a policy document uses for this effect. */
  public String policyText() {
    return policyText;
  }
}
