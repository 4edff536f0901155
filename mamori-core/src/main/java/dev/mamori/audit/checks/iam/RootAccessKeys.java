package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.CredentialReportRow;
import java.util.List;
import java.util.Optional;

/** CIS 1.3: the root user has no access keys. */
public final class RootAccessKeys implements Check {
  @Override
  public String id() {
    return "root-access-keys";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    String root = ctx.rootArn();
    Optional<CredentialReportRow> row = RootUser.row(ctx);
    if (row.isPresent()) {
      int active = row.get().activeAccessKeys();
      return List.of(CheckResult.passIf(active == 0, root, RootUser.REGION,
              "the root user has no active access keys",
              "the root user has " + active + " active access key" + (active == 1 ? "" : "s"))
          .because("credential report: access_key_1_active=" + row.get().accessKey1().active()
              + ", access_key_2_active=" + row.get().accessKey2().active()));
    }
    Optional<Boolean> present = RootUser.summaryFlag(ctx, "AccountAccessKeysPresent");
    if (present.isPresent()) {
      return List.of(CheckResult.passIf(!present.get(), root, RootUser.REGION,
              "the root user has no access keys", "the root user has access keys")
          .because("account summary: AccountAccessKeysPresent=" + (present.get() ? 1 : 0)));
    }
    return List.of(CheckResult.notEvaluated(root, RootUser.REGION, RootUser.missingData()));
  }
}
