package dev.mamori.model;

/** S3 Block Public Access settings, for a bucket or the whole account. */
public record PublicAccessBlock(
    boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy, boolean restrictPublicBuckets) {

  public static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);

  public boolean allBlocked() {
    return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
  }

  /** The effective settings when both the account and the bucket have some: each flag is ORed. */
  public PublicAccessBlock or(PublicAccessBlock other) {
    return new PublicAccessBlock(
        blockPublicAcls || other.blockPublicAcls,
        ignorePublicAcls || other.ignorePublicAcls,
        blockPublicPolicy || other.blockPublicPolicy,
        restrictPublicBuckets || other.restrictPublicBuckets);
  }
}
