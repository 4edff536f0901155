package dev.mamori.iam.eval;

/** Whether the resource policy is optional (S3, SQS, ...) or must allow (a KMS key policy). */
public enum ResourcePolicyKind {
  /** Identity policies alone can allow access in the same account. */
  ORDINARY,
  /**
   * A KMS key policy: no principal, not even the account's root user, can use the key unless the
   * key policy allows it directly or delegates to the account (AWS KMS Developer Guide,
   * "Key policies in AWS KMS").
   */
  KMS_KEY_POLICY
}
