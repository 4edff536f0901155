package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketVersioning;
import java.util.List;

/** CIS 2.1.2: S3 buckets need the root user's MFA to delete versions or change versioning. */
public final class S3MfaDelete implements Check {
  @Override
  public String id() {
    return "s3-mfa-delete";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return BucketSetting.each(ctx, Bucket::versioning, "get-bucket-versioning", (bucket, region, setting) -> {
      boolean mfaDelete = setting.asOptional().map(BucketVersioning::mfaDelete).orElse(false);
      return CheckResult.passIf(mfaDelete, bucket.name(), region, "MFA Delete is enabled", "MFA Delete is not enabled")
          .because("get-bucket-versioning: MFADelete=" + (mfaDelete ? "Enabled" : "Disabled or absent"));
    });
  }
}
