package dev.mamori.model;

import java.time.Instant;
import java.util.Optional;

/**
 * An S3 bucket. Each configuration comes from its own {@code get-bucket-*} call, so each is
 * present, confirmed absent (AWS answered with a "no such configuration" error), or not collected.
 */
public record Bucket(
    String name,
    String accountId,
    Optional<Instant> creationDate,
    Collected<String> region,
    Collected<PolicyDocument> policy,
    Collected<BucketAcl> acl,
    Collected<BucketVersioning> versioning,
    Collected<BucketEncryption> encryption,
    Collected<ReplicationConfiguration> replication,
    Collected<PublicAccessBlock> publicAccessBlock,
    Collected<ObjectLockConfiguration> objectLock) {

  public String arn() {
    return "arn:aws:s3:::" + name;
  }
}
