package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.EbsSnapshot;
import dev.mamori.model.Volume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-use EBS volumes have a completed snapshot no older than {@code maxSnapshotAgeDays} at the
 * scan time. Snapshots taken after the scan time do not count, so that {@code --as-of} replays an
 * old date faithfully.
 */
public final class EbsNoRecentSnapshot implements Check {
  @Override
  public String id() {
    return "ebs-no-recent-snapshot";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    int maxDays = ctx.days("maxSnapshotAgeDays");
    Map<String, EbsSnapshot> latest = latestCompletedByVolume(ctx);
    List<CheckResult> out = new ArrayList<>();
    for (Volume v : ctx.model().volumes()) {
      if (!"in-use".equals(v.state())) {
        continue;
      }
      Optional<EbsSnapshot> last = Optional.ofNullable(latest.get(v.id()));
      if (last.isEmpty()) {
        out.add(CheckResult.fail(v.id(), v.region(), "the in-use volume has no completed snapshot"));
        continue;
      }
      Instant taken = last.get().startTime().orElseThrow();
      long age = ctx.daysSince(taken);
      out.add(CheckResult.passIf(age <= maxDays, v.id(), v.region(),
              "last snapshot " + last.get().id() + " is " + age + " days old",
              "last snapshot " + last.get().id() + " is " + age + " days old (limit " + maxDays + ")")
          .because("latest completed snapshot: " + last.get().id() + " started " + taken));
    }
    return out;
  }

  private static Map<String, EbsSnapshot> latestCompletedByVolume(AuditContext ctx) {
    Map<String, EbsSnapshot> latest = new HashMap<>();
    Comparator<EbsSnapshot> byStart = Comparator.comparing(s -> s.startTime().orElseThrow());
    for (EbsSnapshot s : ctx.model().ebsSnapshots()) {
      if (!"completed".equals(s.state()) || s.startTime().isEmpty() || s.startTime().get().isAfter(ctx.asOf())) {
        continue;
      }
      latest.merge(s.volumeId(), s, (a, b) -> byStart.compare(a, b) >= 0 ? a : b);
    }
    return latest;
  }
}
