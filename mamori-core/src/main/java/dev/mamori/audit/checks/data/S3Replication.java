package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.Collected;
import dev.mamori.model.ReplicationConfiguration;
import java.util.List;

/** S3 buckets replicate to another bucket through at least one enabled rule. */
public final class S3Replication implements Check {
  @Override
  public String id() {
    return "s3-replication";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return BucketSetting.each(ctx, Bucket::replication, "get-bucket-replication", (bucket, region, setting) -> {
      if (setting instanceof Collected.ConfirmedAbsent<ReplicationConfiguration> absent) {
        return CheckResult.fail(bucket.name(), region, "the bucket has no replication configuration")
            .because("get-bucket-replication: " + absent.errorCode());
      }
      List<String> destinations = setting.asOptional().orElseThrow().rules().stream()
          .filter(ReplicationConfiguration.Rule::enabled)
          .map(ReplicationConfiguration.Rule::destinationBucketArn)
          .toList();
      return CheckResult.passIf(!destinations.isEmpty(), bucket.name(), region,
              "the bucket replicates to " + String.join(", ", destinations),
              "every replication rule of the bucket is disabled")
          .because("enabled rules' destinations: " + (destinations.isEmpty() ? "(none)" : String.join(", ", destinations)));
    });
  }
}
