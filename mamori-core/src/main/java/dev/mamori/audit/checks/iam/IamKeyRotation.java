package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** CIS 1.13: every active access key was rotated within {@code maxKeyAgeDays} of the scan. */
public final class IamKeyRotation implements Check {
  @Override
  public String id() {
    return "iam-key-rotation";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    int maxDays = ctx.days("maxKeyAgeDays");
    return ReportUsers.each(ctx, (row, arn) -> {
      List<String> old = new ArrayList<>();
      List<String> facts = new ArrayList<>();
      boolean anyActive = false;
      boolean undated = false;
      for (ReportUsers.Slot key : ReportUsers.keys(row)) {
        if (!key.status().active()) {
          continue;
        }
        anyActive = true;
        if (key.status().lastRotated().isEmpty()) {
          undated = true;
          facts.add(key.column() + "_last_rotated: not in the report");
          continue;
        }
        long age = ctx.daysSince(key.status().lastRotated().get());
        facts.add(key.column() + "_last_rotated=" + key.status().lastRotated().get() + " (" + age + " days before the scan)");
        if (age > maxDays) {
          old.add(key.label() + " is " + age + " days old");
        }
      }
      if (!anyActive) {
        return CheckResult.pass(arn, ReportUsers.REGION, row.user() + " has no active access keys");
      }
      if (!old.isEmpty()) {
        return CheckResult.fail(arn, ReportUsers.REGION, row.user() + ": " + String.join("; ", old)
            + " (limit " + maxDays + ")").because(facts.toArray(String[]::new));
      }
      if (undated) {
        return CheckResult.notEvaluated(arn, ReportUsers.REGION, row.user() + ": an active key has no rotation date")
            .because(facts.toArray(String[]::new));
      }
      return CheckResult.pass(arn, ReportUsers.REGION, row.user() + "'s active keys were rotated within " + maxDays + " days")
          .because(facts.toArray(String[]::new));
    });
  }
}
