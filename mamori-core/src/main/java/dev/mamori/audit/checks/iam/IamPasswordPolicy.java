package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Collected;
import dev.mamori.model.PasswordPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * CIS 1.7 and 1.8: the account password policy requires at least {@code minimumLength}
 * characters and prevents reuse of the last {@code reusePrevention} passwords.
 */
public final class IamPasswordPolicy implements Check {
  @Override
  public String id() {
    return "iam-password-policy";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    String account = ctx.account();
    Collected<PasswordPolicy> collected = ctx.model().iam().passwordPolicy();
    if (collected instanceof Collected.NotCollected<PasswordPolicy>) {
      return List.of(CheckResult.notEvaluated(account, "global", "get-account-password-policy was not collected"));
    }
    if (collected instanceof Collected.ConfirmedAbsent<PasswordPolicy> absent) {
      return List.of(CheckResult.fail(account, "global",
              "the account has no password policy: IAM then accepts 8-character passwords and reuse")
          .because("get-account-password-policy: " + absent.errorCode()));
    }
    PasswordPolicy policy = collected.asOptional().orElseThrow();
    int minLength = ctx.metadata().intParameter("minimumLength");
    int reuse = ctx.metadata().intParameter("reusePrevention");
    List<String> gaps = new ArrayList<>();
    if (policy.minimumPasswordLength() < minLength) {
      gaps.add("minimum length is " + policy.minimumPasswordLength() + ", not " + minLength + " or more");
    }
    int remembered = policy.passwordReusePrevention().orElse(0);
    if (remembered < reuse) {
      gaps.add(policy.passwordReusePrevention().isEmpty() ? "password reuse is not prevented"
          : "reuse prevention remembers " + remembered + " passwords, not " + reuse);
    }
    return List.of(CheckResult.passIf(gaps.isEmpty(), account, "global",
            "the password policy requires " + policy.minimumPasswordLength() + " characters and remembers "
                + remembered + " passwords",
            String.join("; ", gaps))
        .because("MinimumPasswordLength=" + policy.minimumPasswordLength(),
            "PasswordReusePrevention=" + policy.passwordReusePrevention().map(String::valueOf).orElse("(not set)")));
  }
}
