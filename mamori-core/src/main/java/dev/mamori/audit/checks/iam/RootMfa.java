package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.List;
import java.util.Optional;

/** CIS 1.4: the root user has MFA. */
public final class RootMfa implements Check {
  @Override
  public String id() {
    return "root-mfa";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    Optional<Boolean> mfa = RootUser.mfaActive(ctx);
    if (mfa.isEmpty()) {
      return List.of(CheckResult.notEvaluated(ctx.rootArn(), RootUser.REGION, RootUser.missingData()));
    }
    String fact = RootUser.row(ctx).isPresent() ? "credential report: mfa_active=" + mfa.get()
        : "account summary: AccountMFAEnabled=" + (mfa.get() ? 1 : 0);
    return List.of(CheckResult.passIf(mfa.get(), ctx.rootArn(), RootUser.REGION,
        "the root user has MFA enabled", "the root user has no MFA device").because(fact));
  }
}
