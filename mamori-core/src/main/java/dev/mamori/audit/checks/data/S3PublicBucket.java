package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.checks.iam.Statements;
import dev.mamori.iam.account.PublicBucketAccess;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.Reason;
import dev.mamori.model.Bucket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * No bucket lets everyone in. Which requests the bucket policy and ACL grant to an anonymous or
 * any-account caller, and whether S3 then lets them through Block Public Access (account and
 * bucket levels together), are the IAM engine's answers; this check only reports them.
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
    PublicBucketAccess access = ctx.engines().access().publicBucketAccess(b);
    if (!access.open().isEmpty()) {
      PublicBucketAccess.Grant first = access.open().get(0);
      return CheckResult.fail(b.name(), region, "anyone can reach the bucket: " + howGranted(access.open()))
          .because(Statements.of(first.caller() + " " + first.action() + " " + first.resource(), first.decision()));
    }
    if (!access.notCertain().isEmpty()) {
      return CheckResult.notEvaluated(b.name(), region, "the bucket grants public access, but the snapshot lacks what "
          + "decides whether S3 blocks it: " + access.notCertain().get(0).decision().unknowns().get(0))
          .because(facts(access.notCertain()));
    }
    if (!access.blocked().isEmpty()) {
      return CheckResult.pass(b.name(), region, "public grants exist but Block Public Access voids them")
          .because(facts(access.blocked()));
    }
    if (!b.policy().isCollected() || !b.acl().isCollected()) {
      return CheckResult.notEvaluated(b.name(), region, (b.policy().isCollected() ? "get-bucket-acl" : "get-bucket-policy")
          + " was not collected; the other grants nothing public");
    }
    return CheckResult.pass(b.name(), region, "neither the bucket policy nor the ACL lets anonymous or outside callers in");
  }

  /** "its policy allows everyone s3:GetObject; its ACL grants READ to AllUsers", from the granting statements. */
  private static String howGranted(List<PublicBucketAccess.Grant> grants) {
    Set<String> policyActions = new LinkedHashSet<>();
    Set<String> aclGrants = new LinkedHashSet<>();
    for (PublicBucketAccess.Grant g : grants) {
      for (Reason r : g.byPolicies().reasons()) {
        if (r.kind() != PolicyKind.RESOURCE) {
          continue;
        }
        if (r.policy().startsWith("bucket-acl:")) {
          aclGrants.add(r.statement());
        } else {
          policyActions.add(g.action());
        }
      }
    }
    List<String> how = new ArrayList<>();
    if (!policyActions.isEmpty()) {
      how.add("its policy allows everyone " + String.join(", ", policyActions));
    }
    if (!aclGrants.isEmpty()) {
      how.add("its ACL grants " + String.join(", ", aclGrants));
    }
    return String.join("; ", how);
  }

  /** One line per grant: what grants it, and what S3 decided (the blocking settings, or what is unknown). */
  private static Explanation facts(List<PublicBucketAccess.Grant> grants) {
    List<String> facts = new ArrayList<>();
    for (PublicBucketAccess.Grant g : grants) {
      String grantedBy = g.byPolicies().reasons().stream().filter(r -> r.kind() == PolicyKind.RESOURCE)
          .map(r -> r.policy() + " " + r.statement()).distinct().collect(Collectors.joining(", "));
      String outcome = g.decision().allowed() ? "unknown: " + String.join("; ", g.decision().unknowns())
          : "denied by " + g.decision().reasons().stream().filter(r -> r.kind() == PolicyKind.BLOCK_PUBLIC_ACCESS)
              .map(r -> r.statement() + " (" + r.policy() + ")").collect(Collectors.joining(", "));
      facts.add(g.caller() + " " + g.action() + " " + g.resource() + ": granted by " + grantedBy + "; " + outcome);
    }
    return new Explanation.Facts(facts);
  }
}
