package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.checks.iam.Statements;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketAcl;
import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No bucket lets everyone in. Whether the bucket policy grants an anonymous or any-account caller
 * is the IAM engine's answer; S3 then applies Block Public Access (account and bucket levels
 * together): RestrictPublicBuckets voids public policy grants, IgnorePublicAcls voids ACL grants to
 * AllUsers or AuthenticatedUsers.
 */
public final class S3PublicBucket implements Check {
  @Override
  public String id() {
    return "s3-public-bucket";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (Bucket b : ctx.model().buckets()) {
      out.add(judge(ctx, b, BucketSetting.regionOf(b)));
    }
    return out;
  }

  private static CheckResult judge(AuditContext ctx, Bucket b, String region) {
    if (!b.policy().isCollected() && !b.acl().isCollected()) {
      return CheckResult.notEvaluated(b.name(), region, "neither get-bucket-policy nor get-bucket-acl was collected");
    }
    List<String> byPolicy = b.policy().isPresent() ? ctx.engines().access().publicBucketAccess(b) : List.of();
    List<String> byAcl = b.acl().asOptional().map(S3PublicBucket::publicGrants).orElse(List.of());
    Optional<PublicAccessBlock> block = effectiveBlock(ctx.model().accountPublicAccessBlock(), b.publicAccessBlock());
    boolean policyOpen = !byPolicy.isEmpty() && !block.map(PublicAccessBlock::restrictPublicBuckets).orElse(false);
    boolean aclOpen = !byAcl.isEmpty() && !block.map(PublicAccessBlock::ignorePublicAcls).orElse(false);
    if ((policyOpen || aclOpen) && block.isEmpty()) {
      return CheckResult.notEvaluated(b.name(), region,
          "the bucket grants public access, but Block Public Access was not collected to tell whether S3 blocks it")
          .because(facts(byPolicy, byAcl));
    }
    if (policyOpen || aclOpen) {
      List<String> how = new ArrayList<>();
      if (policyOpen) {
        how.add("its policy allows everyone " + String.join(", ", actionsOf(byPolicy)));
      }
      if (aclOpen) {
        how.add("its ACL grants " + String.join(", ", byAcl));
      }
      CheckResult fail = CheckResult.fail(b.name(), region, "anyone can reach the bucket: " + String.join("; ", how));
      return policyOpen ? fail.because(deciding(ctx, b, byPolicy.get(0))) : fail.because(facts(byPolicy, byAcl));
    }
    if (!byPolicy.isEmpty() || !byAcl.isEmpty()) {
      return CheckResult.pass(b.name(), region, "public grants exist but Block Public Access voids them").because(facts(byPolicy, byAcl));
    }
    if (!b.policy().isCollected() || !b.acl().isCollected()) {
      return CheckResult.notEvaluated(b.name(), region, (b.policy().isCollected() ? "get-bucket-acl" : "get-bucket-policy")
          + " was not collected; the other grants nothing public");
    }
    return CheckResult.pass(b.name(), region, "neither the bucket policy nor the ACL lets anonymous or outside callers in");
  }

  /** The two levels' flags ORed; unknown when a level that sets nothing was not collected. */
  private static Optional<PublicAccessBlock> effectiveBlock(Collected<PublicAccessBlock> account, Collected<PublicAccessBlock> bucket) {
    Optional<PublicAccessBlock> a = account.isConfirmedAbsent() ? Optional.of(PublicAccessBlock.NONE) : account.asOptional();
    Optional<PublicAccessBlock> b = bucket.isConfirmedAbsent() ? Optional.of(PublicAccessBlock.NONE) : bucket.asOptional();
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().or(b.get()));
    }
    return a.or(() -> b).filter(PublicAccessBlock::allBlocked);
  }

  /** The distinct actions of the engine's "action resource" answers, for a readable message. */
  private static List<String> actionsOf(List<String> grants) {
    return grants.stream().map(g -> g.split(" ", 2)[0]).distinct().toList();
  }

  private static List<String> publicGrants(BucketAcl acl) {
    return acl.grants().stream().filter(BucketAcl.Grant::isPublic)
        .map(g -> g.permission() + " to " + g.granteeUri().orElse("?").replace("http://acs.amazonaws.com/groups/global/", ""))
        .toList();
  }

  private static Explanation deciding(AuditContext ctx, Bucket b, String grant) {
    String[] actionAndResource = grant.split(" ", 2);
    AccountAuthorizer iam = ctx.engines().iam();
    AuthorizationResult anonymous = iam.can(new dev.mamori.iam.eval.RequestPrincipal.Anonymous(), actionAndResource[0],
        actionAndResource[1], RequestContext.empty());
    if (anonymous.allowed()) {
      return Statements.of("anonymous " + grant, anonymous);
    }
    return Statements.of("any other account " + grant, iam.can(iam.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow(),
        actionAndResource[0], actionAndResource[1], RequestContext.empty()));
  }

  private static Explanation facts(List<String> byPolicy, List<String> byAcl) {
    List<String> facts = new ArrayList<>();
    byPolicy.forEach(p -> facts.add("bucket policy allows everyone " + p));
    byAcl.forEach(a -> facts.add("ACL grants " + a));
    return new Explanation.Facts(facts);
  }
}
