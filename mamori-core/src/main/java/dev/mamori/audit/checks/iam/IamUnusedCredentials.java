package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.CredentialReportRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CIS 1.11: a console password or an active access key that has not been used for
 * {@code maxUnusedDays} is disabled. A credential never used counts from when it was issued.
 */
public final class IamUnusedCredentials implements Check {
  @Override
  public String id() {
    return "iam-unused-credentials";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    int maxDays = ctx.days("maxUnusedDays");
    return ReportUsers.each(ctx, (row, arn) -> {
      List<String> stale = new ArrayList<>();
      List<String> facts = new ArrayList<>();
      if (row.passwordEnabled()) {
        Optional<Instant> last = ReportUsers.lastActivity(row.passwordLastUsed(),
            row.passwordLastChanged().or(row::userCreationTime));
        judge(ctx, "console password", last, row.passwordLastUsed().isPresent(), maxDays, stale, facts);
      }
      for (ReportUsers.Slot key : ReportUsers.keys(row)) {
        if (key.status().active()) {
          Optional<Instant> last = ReportUsers.lastActivity(key.status().lastUsed(), key.status().lastRotated());
          judge(ctx, key.label(), last, key.status().lastUsed().isPresent(), maxDays, stale, facts);
        }
      }
      return result(row, arn, stale, maxDays).because(facts.toArray(String[]::new));
    });
  }

  private static void judge(AuditContext ctx, String what, Optional<Instant> last, boolean everUsed, int maxDays,
      List<String> stale, List<String> facts) {
    if (last.isEmpty()) {
      facts.add(what + ": no date in the report");
      return;
    }
    long days = ctx.daysSince(last.get());
    facts.add(what + (everUsed ? " last used " : " never used, issued ") + last.get() + " (" + days + " days before the scan)");
    if (days >= maxDays) {
      stale.add(what + (everUsed ? " unused for " : " never used in ") + days + " days");
    }
  }

  private static CheckResult result(CredentialReportRow row, String arn, List<String> stale, int maxDays) {
    if (stale.isEmpty()) {
      return CheckResult.pass(arn, ReportUsers.REGION, row.user() + " has no credential unused for " + maxDays + " days or more");
    }
    return CheckResult.fail(arn, ReportUsers.REGION, row.user() + ": " + String.join("; ", stale));
  }
}
