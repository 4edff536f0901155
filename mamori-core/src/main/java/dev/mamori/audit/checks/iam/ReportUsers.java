package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.AccessKeyStatus;
import dev.mamori.model.CredentialReport;
import dev.mamori.model.CredentialReportRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs a per-user check over the credential report's IAM user rows (root excluded). Without the
 * report, each user the authorization details name (or else the account) is not evaluated.
 */
final class ReportUsers {
  static final String REGION = "global";

  private ReportUsers() {}

  static List<CheckResult> each(AuditContext ctx, BiFunction<CredentialReportRow, String, CheckResult> check) {
    Optional<CredentialReport> report = ctx.model().iam().credentialReport().asOptional();
    if (report.isEmpty()) {
      return notCollected(ctx);
    }
    List<CheckResult> out = new ArrayList<>();
    for (CredentialReportRow row : report.get().rows()) {
      if (!row.isRoot()) {
        out.add(check.apply(row, row.arn()).withRemediationValue("user", row.user()));
      }
    }
    return out;
  }

  private static List<CheckResult> notCollected(AuditContext ctx) {
    String why = "the credential report was not collected";
    if (ctx.model().users().isEmpty()) {
      return List.of(CheckResult.notEvaluated(ctx.account(), REGION, why));
    }
    return ctx.model().users().stream()
        .map(u -> CheckResult.notEvaluated(u.arn(), REGION, why).withRemediationValue("user", u.name()))
        .toList();
  }

  /** The two key slots with their names in the report, for messages. */
  static List<Slot> keys(CredentialReportRow row) {
    return List.of(new Slot("access key 1", "access_key_1", row.accessKey1()), new Slot("access key 2", "access_key_2", row.accessKey2()));
  }

  /** One access key slot of a row. */
  record Slot(String label, String column, AccessKeyStatus status) {}

  /** When a credential was last used, else when it was issued (a key's rotation, a user's creation). */
  static Optional<Instant> lastActivity(Optional<Instant> used, Optional<Instant> issued) {
    return used.isPresent() ? used : issued;
  }
}
