package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketVersioning;
import java.util.List;

/** S3 buckets keep object versions. */
public final class S3Versioning implements Check {
  @Override
  public String id() {
    return "s3-versioning";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return BucketSetting.each(ctx, Bucket::versioning, "get-bucket-versioning", (bucket, region, setting) -> {
      String status = setting.asOptional().map(BucketVersioning::status).filter(s -> !s.isEmpty()).orElse("never enabled");
      return CheckResult.passIf(setting.asOptional().map(BucketVersioning::enabled).orElse(false), bucket.name(), region,
          "versioning is enabled", "versioning is " + (status.equals("never enabled") ? status : status.toLowerCase(java.util.Locale.ROOT)))
          .because("get-bucket-versioning: Status=" + status);
    });
  }
}
