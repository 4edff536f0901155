package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.Collected;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a check on one per-bucket configuration for every bucket: a configuration that was not
 * collected leaves the bucket not evaluated; present and confirmed-absent ones are for the check
 * to judge.
 */
final class BucketSetting {
  private BucketSetting() {}

  /** Judges one bucket's configuration, which is present or confirmed absent. */
  interface Judge<T> {
    CheckResult judge(Bucket bucket, String region, Collected<T> setting);
  }

  static <T> List<CheckResult> each(AuditContext ctx, Function<Bucket, Collected<T>> setting, String command, Judge<T> judge) {
    List<CheckResult> out = new ArrayList<>();
    for (Bucket b : ctx.model().buckets()) {
      String region = regionOf(b);
      Collected<T> value = setting.apply(b);
      out.add(value.isCollected() ? judge.judge(b, region, value)
          : CheckResult.notEvaluated(b.name(), region, command + " was not collected for this bucket"));
    }
    return out;
  }

  /** The bucket's region when get-bucket-location was collected; S3 names are global otherwise. */
  static String regionOf(Bucket b) {
    return b.region().asOptional().orElse("global");
  }
}
