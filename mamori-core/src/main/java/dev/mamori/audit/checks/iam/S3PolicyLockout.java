package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.model.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * No bucket policy denies every principal the means to change it: when it does, only the bucket
 * owner's root user can still replace or delete the policy. Decided by the IAM engine.
 */
public final class S3PolicyLockout implements Check {
  @Override
  public String id() {
    return "s3-policy-lockout";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (Bucket b : ctx.model().buckets()) {
      String region = b.region().asOptional().orElse("global");
      if (!b.policy().isCollected()) {
        out.add(CheckResult.notEvaluated(b.name(), region, "get-bucket-policy was not collected for this bucket"));
      } else if (b.policy().isConfirmedAbsent()) {
        out.add(CheckResult.pass(b.name(), region, "the bucket has no bucket policy"));
      } else {
        out.add(judge(ctx, b, region));
      }
    }
    return out;
  }

  private static CheckResult judge(AuditContext ctx, Bucket b, String region) {
    AccountAuthorizer iam = ctx.engines().iam();
    boolean locked = ctx.engines().access().bucketPolicyLocksEveryoneOut(b);
    RequestPrincipal outsider = iam.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow();
    String question = "any principal s3:PutBucketPolicy on " + b.arn();
    CheckResult r = CheckResult.passIf(!locked, b.name(), region,
        "principals other than the root user can still change the bucket policy",
        "the bucket policy denies every principal s3:PutBucketPolicy and s3:DeleteBucketPolicy: only the root user of "
            + ctx.account() + " can undo it");
    return r.because(Statements.of(question, iam.can(outsider, "s3:PutBucketPolicy", b.arn(), RequestContext.empty())));
  }
}
