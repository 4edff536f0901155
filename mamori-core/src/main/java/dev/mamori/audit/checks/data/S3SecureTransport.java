package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.checks.iam.Statements;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.model.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * CIS 2.1.1: the bucket policy denies requests that do not use TLS. The IAM engine is asked
 * whether a caller is explicitly denied by the bucket policy when {@code aws:SecureTransport} is
 * false, for reads and writes of objects.
 */
public final class S3SecureTransport implements Check {
  private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject");
  private static final RequestContext PLAIN_HTTP = RequestContext.builder().add("aws:SecureTransport", "false").build();

  @Override
  public String id() {
    return "s3-secure-transport";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (Bucket b : ctx.model().buckets()) {
      String region = BucketSetting.regionOf(b);
      if (!b.policy().isCollected()) {
        out.add(CheckResult.notEvaluated(b.name(), region, "get-bucket-policy was not collected for this bucket"));
      } else if (b.policy().isConfirmedAbsent()) {
        out.add(CheckResult.fail(b.name(), region, "the bucket has no policy, so requests over plain HTTP are not denied"));
      } else {
        out.add(judge(ctx.engines().iam(), b, region));
      }
    }
    return out;
  }

  private static CheckResult judge(AccountAuthorizer iam, Bucket b, String region) {
    String object = b.arn() + "/object";
    AuthorizationResult last = null;
    for (String action : ACTIONS) {
      last = iam.can(iam.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow(), action, object, PLAIN_HTTP);
      boolean deniedByBucketPolicy = last.decision() == Decision.EXPLICIT_DENY
          && last.reasons().stream().anyMatch(r -> r.kind() == PolicyKind.RESOURCE);
      if (!deniedByBucketPolicy) {
        return CheckResult.fail(b.name(), region, "the bucket policy does not deny " + action + " over plain HTTP")
            .because(Statements.of("any principal " + action + " on " + object + " with aws:SecureTransport=false", last));
      }
    }
    return CheckResult.pass(b.name(), region, "the bucket policy denies object reads and writes over plain HTTP")
        .because(Statements.of("any principal s3:PutObject on " + object + " with aws:SecureTransport=false", last));
  }
}
