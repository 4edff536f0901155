package dev.mamori.iam.eval;

/** The role a policy plays in a decision; names are the ones decisions report. */
public enum PolicyKind {
  SCP("scp"),
  RCP("rcp"),
  /** A VPC endpoint policy, when the request goes through an endpoint. */
  ENDPOINT("vpce"),
  RESOURCE("resource"),
  IDENTITY("identity"),
  PERMISSIONS_BOUNDARY("boundary"),
  SESSION("session"),
  /** Not a policy: a rule AWS enforces on its own resources ({@link AwsGuardrails}). */
  AWS_OWNED("aws-owned"),
  /**
   * Not a policy: an S3 Block Public Access setting of the bucket or its account, which S3 applies
   * as an explicit deny over every policy and ACL (Amazon S3 User Guide, "Troubleshoot access
   * denied (403 Forbidden) errors").
   */
  BLOCK_PUBLIC_ACCESS("s3-block-public-access");

  private final String label;

  PolicyKind(String label) {
    this.label = label;
  }

  /** Policies attached to a resource or endpoint say whom they apply to; a resource policy must. */
  public boolean namesPrincipals() {
    return this == RESOURCE || this == RCP || this == ENDPOINT;
  }

  public String label() {
    return label;
  }
}
