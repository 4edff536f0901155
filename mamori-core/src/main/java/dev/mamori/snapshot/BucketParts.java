package dev.mamori.snapshot;

import dev.mamori.model.Bucket;
import dev.mamori.model.BucketAcl;
import dev.mamori.model.BucketEncryption;
import dev.mamori.model.BucketVersioning;
import dev.mamori.model.Collected;
import dev.mamori.model.ObjectLockConfiguration;
import dev.mamori.model.PolicyDocument;
import dev.mamori.model.PublicAccessBlock;
import dev.mamori.model.ReplicationConfiguration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * S3 buckets: {@code list-buckets} names them, and each configuration comes from its own
 * {@code s3/<bucket>/get-…} file. Until a file says otherwise, a configuration is not collected.
 */
final class BucketParts {
  private final Map<String, Pending> buckets = new LinkedHashMap<>();

  /** One bucket's parts so far. */
  static final class Pending {
    Optional<String> accountId = Optional.empty();
    Optional<Instant> creationDate = Optional.empty();
    Collected<String> region = Collected.notCollected();
    Collected<PolicyDocument> policy = Collected.notCollected();
    Collected<BucketAcl> acl = Collected.notCollected();
    Collected<BucketVersioning> versioning = Collected.notCollected();
    Collected<BucketEncryption> encryption = Collected.notCollected();
    Collected<ReplicationConfiguration> replication = Collected.notCollected();
    Collected<PublicAccessBlock> publicAccessBlock = Collected.notCollected();
    Collected<ObjectLockConfiguration> objectLock = Collected.notCollected();
  }

  /** The parts of a bucket, created on first mention (by list-buckets or by its folder). */
  Pending bucket(String name, SnapshotFile file) {
    Pending p = buckets.computeIfAbsent(name, n -> new Pending());
    if (p.accountId.isEmpty()) {
      p.accountId = file.account();
    }
    return p;
  }

  void finish(ReadContext ctx, String snapshotAccount) {
    buckets.forEach((name, p) -> ctx.model.add(new Bucket(name, p.accountId.orElse(snapshotAccount), p.creationDate,
        p.region, p.policy, p.acl, p.versioning, p.encryption, p.replication, p.publicAccessBlock, p.objectLock)));
  }
}
