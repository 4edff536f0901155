package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.List;

/** CIS 1.12: no IAM user has more than one active access key. */
public final class IamMultipleActiveKeys implements Check {
  @Override
  public String id() {
    return "iam-multiple-active-keys";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ReportUsers.each(ctx, (row, arn) -> CheckResult.passIf(row.activeAccessKeys() <= 1, arn, ReportUsers.REGION,
            row.user() + " has " + row.activeAccessKeys() + " active access key" + (row.activeAccessKeys() == 1 ? "" : "s"),
            row.user() + " has two active access keys")
        .because("credential report: access_key_1_active=" + row.accessKey1().active()
            + ", access_key_2_active=" + row.accessKey2().active()));
  }
}
