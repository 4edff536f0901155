package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketEncryption;
import dev.mamori.model.Collected;
import java.util.List;

/** S3 buckets encrypt new objects by default (SSE-S3, SSE-KMS or DSSE-KMS). */
public final class S3DefaultEncryption implements Check {
  @Override
  public String id() {
    return "s3-default-encryption";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return BucketSetting.each(ctx, Bucket::encryption, "get-bucket-encryption", (bucket, region, setting) -> {
      if (setting instanceof Collected.ConfirmedAbsent<BucketEncryption> absent) {
        return CheckResult.fail(bucket.name(), region, "the bucket has no default encryption")
            .because("get-bucket-encryption: " + absent.errorCode());
      }
      List<String> algorithms = setting.asOptional().orElseThrow().rules().stream()
          .map(r -> r.sseAlgorithm() + r.kmsMasterKeyId().map(k -> " with " + k).orElse(""))
          .toList();
      return CheckResult.passIf(!algorithms.isEmpty(), bucket.name(), region,
              "new objects are encrypted with " + String.join(", ", algorithms),
              "the bucket's encryption configuration has no rule")
          .because("get-bucket-encryption: " + (algorithms.isEmpty() ? "no rules" : String.join(", ", algorithms)));
    });
  }
}
