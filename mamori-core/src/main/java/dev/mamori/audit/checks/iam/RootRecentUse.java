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
 * CIS 1.6: the root user is not used for daily work: no sign-in or access key use within the
 * check's {@code recentDays} before the scan time.
 */
public final class RootRecentUse implements Check {
  @Override
  public String id() {
    return "root-recent-use";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    String root = ctx.rootArn();
    Optional<CredentialReportRow> row = RootUser.row(ctx);
    if (row.isEmpty()) {
      return List.of(CheckResult.notEvaluated(root, RootUser.REGION, "the credential report was not collected"));
    }
    int recentDays = ctx.days("recentDays");
    List<String> uses = new ArrayList<>();
    Optional<Instant> last = Optional.empty();
    last = latest(last, row.get().passwordLastUsed(), "password_last_used", uses);
    last = latest(last, row.get().accessKey1().lastUsed(), "access_key_1_last_used_date", uses);
    last = latest(last, row.get().accessKey2().lastUsed(), "access_key_2_last_used_date", uses);
    if (last.isEmpty()) {
      return List.of(CheckResult.pass(root, RootUser.REGION, "the root user has no recorded use"));
    }
    long days = ctx.daysSince(last.get());
    return List.of(CheckResult.passIf(days > recentDays, root, RootUser.REGION,
            "the root user was last used " + days + " days before the scan",
            "the root user was used " + (days == 1 ? "1 day" : days + " days") + " before the scan (within " + recentDays + " days)")
        .because(uses.toArray(String[]::new)));
  }

  private static Optional<Instant> latest(Optional<Instant> soFar, Optional<Instant> use, String field, List<String> facts) {
    use.ifPresent(u -> facts.add("credential report: " + field + "=" + u));
    if (use.isEmpty()) {
      return soFar;
    }
    return soFar.isEmpty() || use.get().isAfter(soFar.get()) ? use : soFar;
  }
}
