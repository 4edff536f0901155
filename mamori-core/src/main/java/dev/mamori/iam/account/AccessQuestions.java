package dev.mamori.iam.account;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PrincipalKind;
import dev.mamori.iam.policy.Statement;
import dev.mamori.model.Bucket;
import dev.mamori.model.KmsKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The access questions audit checks ask, answered by the IAM engine (checks must not re-implement
 * IAM semantics). "Public" means the anonymous caller or a caller from any other account is
 * allowed, with no condition key given: a condition on, say, aws:SourceIp keeps a grant private
 * only if it holds for the keys a caller cannot choose. On buckets the answers are S3's: the
 * bucket ACL grants alongside the policy and Block Public Access has the last word.
 */
public final class AccessQuestions {
  /** Representative data-plane actions whose grant to everyone makes a bucket public. */
  static final List<String> BUCKET_PUBLIC_ACTIONS =
      List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket", "s3:GetBucketPolicy",
          "s3:PutBucketPolicy", "s3:GetObjectAcl", "s3:PutObjectAcl", "s3:GetBucketAcl", "s3:PutBucketAcl");
  private static final String ANONYMOUS = "anonymous";
  private static final String ANY_OTHER_ACCOUNT = "any other account";
  static final List<String> KEY_PUBLIC_ACTIONS =
      List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom", "kms:CreateGrant",
          "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DescribeKey");

  private final AccountAuthorizer authorizer;

  public AccessQuestions(AccountAuthorizer authorizer) {
    this.authorizer = authorizer;
  }

  /**
   * The requests on the bucket or its objects that its policy or ACL grants to an anonymous or
   * any-account caller, each with S3's decision after Block Public Access.
   */
  public PublicBucketAccess publicBucketAccess(Bucket bucket) {
    List<PublicBucketAccess.Grant> grants = new ArrayList<>();
    RequestPrincipal anonymous = new RequestPrincipal.Anonymous();
    RequestPrincipal anyAccount = authorizer.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow();
    for (String action : BUCKET_PUBLIC_ACTIONS) {
      for (String resource : bucketResources(bucket)) {
        // Of the two public callers, the one S3 lets in furthest stands for the bucket.
        Stream.of(publicGrant(ANONYMOUS, anonymous, action, resource), publicGrant(ANY_OTHER_ACCOUNT, anyAccount, action, resource))
            .flatMap(Optional::stream)
            .max(Comparator.comparingInt(AccessQuestions::openness))
            .ifPresent(grants::add);
      }
    }
    return new PublicBucketAccess(grants);
  }

  public boolean isBucketPublic(Bucket bucket) {
    return publicBucketAccess(bucket).isPublic();
  }

  private static int openness(PublicBucketAccess.Grant g) {
    return g.decision().allowed() ? (g.decision().certain() ? 2 : 1) : 0;
  }

  /** The grant the policies make to this public caller, if they make one. */
  private Optional<PublicBucketAccess.Grant> publicGrant(String name, RequestPrincipal caller, String action, String resource) {
    AuthorizationResult byPolicies = authorizer.canByPolicies(caller, action, resource, RequestContext.empty());
    if (!byPolicies.allowed()) {
      return Optional.empty();
    }
    return Optional.of(new PublicBucketAccess.Grant(name, action, resource, byPolicies,
        authorizer.can(caller, action, resource, RequestContext.empty())));
  }

  /**
   * True when the bucket policy explicitly denies every caller (each principal of the snapshot, any
   * other account, the anonymous caller) s3:PutBucketPolicy and s3:DeleteBucketPolicy, whatever
   * request they send: then only the bucket owner's root user can undo it. A deny that hangs on a
   * condition key the caller supplies with the request (aws:SourceVpce, aws:SourceIp,
   * aws:SecureTransport…: any key the engine does not derive from the principal or the resource)
   * locks nobody out, since a request that meets the condition is not denied.
   */
  public boolean bucketPolicyLocksEveryoneOut(Bucket bucket) {
    if (bucket.policy().asOptional().isEmpty()) {
      return false;
    }
    RequestPrincipal anonymous = new RequestPrincipal.Anonymous();
    List<Statement> statements = authorizer.policySet(anonymous, LOCKOUT_ACTIONS.get(0), bucket.arn()).resourcePolicy()
        .map(Policy::statements).orElse(List.of());
    for (String action : LOCKOUT_ACTIONS) {
      // The anonymous caller first: it is the cheapest to ask, and when a statement for everyone
      // ("Principal": "*") with no condition denies it, that statement denies every caller alike.
      Optional<Statement> denying = certainDeny(anonymous, action, bucket, statements);
      if (denying.isEmpty()) {
        return false;
      }
      if (deniesEveryone(denying.get())) {
        continue;
      }
      List<RequestPrincipal> callers = new ArrayList<>();
      authorizer.principals().stream().filter(p -> !(p instanceof RequestPrincipal.RootUser)).forEach(callers::add);
      callers.add(authorizer.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow());
      for (RequestPrincipal caller : callers) {
        if (certainDeny(caller, action, bucket, statements).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  private static final List<String> LOCKOUT_ACTIONS = List.of("s3:PutBucketPolicy", "s3:DeleteBucketPolicy");

  /**
   * A bucket policy statement that denies this caller the action whatever the request carries: its
   * conditions read only keys about the principal or the resource, which the caller cannot choose.
   */
  private Optional<Statement> certainDeny(RequestPrincipal caller, String action, Bucket bucket, List<Statement> statements) {
    AuthorizationResult r = authorizer.can(caller, action, bucket.arn(), RequestContext.empty());
    if (r.decision() != Decision.EXPLICIT_DENY) {
      return Optional.empty();
    }
    return r.reasons().stream().filter(reason -> reason.kind() == PolicyKind.RESOURCE)
        .flatMap(reason -> statements.stream().filter(s -> s.label().equals(reason.statement())))
        .filter(s -> s.conditions().stream().noneMatch(c -> suppliedWithTheRequest(c.key())))
        .findFirst();
  }

  /**
   * Keys the request carries (aws:SourceIp, aws:SourceVpce, aws:SecureTransport, s3:x-amz-acl…), as
   * opposed to those AWS fills in from the principal (aws:PrincipalArn, aws:username, tags…) or the
   * resource (aws:ResourceAccount…).
   */
  private static boolean suppliedWithTheRequest(String key) {
    String k = RequestContext.lowerCase(key);
    return !(k.startsWith("aws:principal") || k.equals("aws:userid") || k.equals("aws:username")
        || k.startsWith("aws:resource"));
  }

  /** A deny for everyone with no condition: whoever calls, it applies. */
  private static boolean deniesEveryone(Statement s) {
    return s.conditions().isEmpty() && s.principal().filter(p -> !p.negated())
        .filter(p -> p.entries().stream().anyMatch(e -> e.isWildcard() && (e.kind() == PrincipalKind.ANY
            || e.kind() == PrincipalKind.AWS))).isPresent();
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
