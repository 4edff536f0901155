package dev.mamori.iam.eval;

/** Whether the resource policy is optional (S3, SQS, ...) or must allow (key and trust policies). */
public enum ResourcePolicyKind {
  /** Identity policies alone can allow access in the same account. */
  ORDINARY,
  /**
   * A KMS key policy: no principal, not even the account's root user, can use the key unless the
   * key policy allows it directly or delegates to the account (AWS KMS Developer Guide,
   * "Key policies in AWS KMS").
   */
  KMS_KEY_POLICY,
  /**
   * A role trust policy, for sts:AssumeRole*: the trust policy must allow, and when it names the
   * account, the caller's identity policies must allow too (IAM User Guide, "Roles terms").
   */
  ROLE_TRUST_POLICY;

  public boolean mustAllow() {
    return this != ORDINARY;
  }
}
