package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.checks.iam.Statements;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.model.KmsKey;
import java.util.List;

/** No key policy lets an anonymous caller or any other AWS account use or manage the key (IAM engine). */
public final class KmsKeyPublic implements Check {
  @Override
  public String id() {
    return "kms-key-public";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().kmsKeys().stream().map(k -> judge(ctx, k)).toList();
  }

  private static CheckResult judge(AuditContext ctx, KmsKey key) {
    if (!key.policy().isPresent()) {
      return CheckResult.notEvaluated(key.arn(), key.region(), "get-key-policy was not collected for this key");
    }
    List<String> open = ctx.engines().access().publicKeyAccess(key);
    if (open.isEmpty()) {
      return CheckResult.pass(key.arn(), key.region(), "the key policy allows no anonymous or outside-account caller");
    }
    AccountAuthorizer iam = ctx.engines().iam();
    String action = open.get(0);
    RequestPrincipal anonymous = new RequestPrincipal.Anonymous();
    AuthorizationResult asAnonymous = iam.can(anonymous, action, key.arn(), RequestContext.empty());
    AuthorizationResult deciding = asAnonymous.allowed() ? asAnonymous
        : iam.can(iam.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow(), action, key.arn(), RequestContext.empty());
    String who = asAnonymous.allowed() ? "anonymous" : "any other account";
    return CheckResult.fail(key.arn(), key.region(), "the key policy lets " + who + " call " + String.join(", ", open))
        .because(Statements.of(who + " " + action + " on " + key.arn(), deciding));
  }
}
