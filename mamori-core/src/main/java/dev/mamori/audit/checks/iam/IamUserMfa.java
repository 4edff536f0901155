package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.List;

/** CIS 1.9: every IAM user with a console password has MFA. */
public final class IamUserMfa implements Check {
  @Override
  public String id() {
    return "iam-user-mfa";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ReportUsers.each(ctx, (row, arn) -> {
      if (!row.passwordEnabled()) {
        return CheckResult.pass(arn, ReportUsers.REGION, row.user() + " has no console password");
      }
      return CheckResult.passIf(row.mfaActive(), arn, ReportUsers.REGION,
              row.user() + " has a console password and MFA",
              row.user() + " has a console password and no MFA")
          .because("credential report: password_enabled=true, mfa_active=" + row.mfaActive());
    });
  }
}
