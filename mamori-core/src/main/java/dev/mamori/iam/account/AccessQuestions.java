package dev.mamori.iam.account;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.Statement;
import dev.mamori.model.Bucket;
import dev.mamori.model.KmsKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The access questions audit checks ask, answered by the IAM engine (checks must not re-implement
 * IAM semantics). "Public" means the anonymous caller or a caller from any other account is
 * allowed, with no condition key given: a condition on, say, aws:SourceIp keeps a grant private
 * only if it holds for the keys a caller cannot choose. S3 Block Public Access is a separate
 * control that the caller combines with these answers.
 */
public final class AccessQuestions {
  /** Representative data-plane actions whose grant to everyone makes a bucket public. */
  static final List<String> BUCKET_PUBLIC_ACTIONS =
      List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket", "s3:GetBucketPolicy",
          "s3:PutBucketPolicy", "s3:GetObjectAcl", "s3:PutObjectAcl");
  static final List<String> KEY_PUBLIC_ACTIONS =
      List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom", "kms:CreateGrant",
          "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DescribeKey");

  private final AccountAuthorizer authorizer;

  public AccessQuestions(AccountAuthorizer authorizer) {
    this.authorizer = authorizer;
  }

  /** Actions on the bucket or its objects that an anonymous or any-account caller is allowed. */
  public List<String> publicBucketAccess(Bucket bucket) {
    List<String> granted = new ArrayList<>();
    for (String action : BUCKET_PUBLIC_ACTIONS) {
      for (String resource : bucketResources(bucket)) {
        if (publiclyAllowed(action, resource)) {
          granted.add(action + " " + resource);
        }
      }
    }
    return granted;
  }

  public boolean isBucketPublic(Bucket bucket) {
    return !publicBucketAccess(bucket).isEmpty();
  }

  /**
   * True when the bucket policy explicitly denies every caller but the root user the means to
   * change or delete it: only the bucket owner's root user can then undo it.
   */
  public boolean bucketPolicyLocksEveryoneOut(Bucket bucket) {
    if (bucket.policy().asOptional().isEmpty()) {
      return false;
    }
    List<RequestPrincipal> callers = new ArrayList<>();
    authorizer.principals().stream().filter(p -> !(p instanceof RequestPrincipal.RootUser)).forEach(callers::add);
    callers.add(authorizer.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow());
    callers.add(new RequestPrincipal.Anonymous());
    for (String action : List.of("s3:PutBucketPolicy", "s3:DeleteBucketPolicy")) {
      for (RequestPrincipal caller : callers) {
        AuthorizationResult r = authorizer.can(caller, action, bucket.arn(), RequestContext.empty());
        boolean deniedByPolicy = r.decision() == Decision.EXPLICIT_DENY
            && r.reasons().stream().anyMatch(reason -> reason.kind() == PolicyKind.RESOURCE);
        if (!deniedByPolicy) {
          return false;
        }
      }
    }
    return true;
  }

  /** Key actions that an anonymous or any-account caller is allowed by the key policy. */
  public List<String> publicKeyAccess(KmsKey key) {
    return KEY_PUBLIC_ACTIONS.stream().filter(a -> publiclyAllowed(a, key.arn())).toList();
  }

  public boolean isKeyPublic(KmsKey key) {
    return !publicKeyAccess(key).isEmpty();
  }

  private boolean publiclyAllowed(String action, String resource) {
    return authorizer.can(new RequestPrincipal.Anonymous(), action, resource, RequestContext.empty()).allowed()
        || authorizer.can(authorizer.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow(), action, resource,
            RequestContext.empty()).allowed();
  }

  /**
   * The bucket ARN and one object ARN per object pattern of its policy (wildcards filled in), so
   * that a grant on "bucket/public/*" is tried on an object it covers.
   */
  Set<String> bucketResources(Bucket bucket) {
    Set<String> out = new LinkedHashSet<>();
    out.add(bucket.arn());
    out.add(bucket.arn() + "/object");
    authorizer.policySet(new RequestPrincipal.Anonymous(), "s3:GetObject", bucket.arn()).resourcePolicy()
        .map(Policy::statements).orElse(List.of()).stream()
        .map(Statement::resource).flatMap(r -> r.stream().flatMap(b -> b.patterns().stream()))
        .filter(p -> p.startsWith(bucket.arn() + "/"))
        .forEach(p -> out.add(p.replace("*", "x").replace("?", "x")));
    return out;
  }
}
