package dev.mamori.iam.s3;

import dev.mamori.iam.eval.AuthorizationRequest;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.Reason;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.Statement;
import dev.mamori.iam.s3.EffectiveBlockPublicAccess.Setting;
import dev.mamori.iam.s3.EffectiveBlockPublicAccess.State;
import dev.mamori.model.Bucket;
import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What S3 decides on top of the policies for one bucket: Block Public Access, which "act[s] as
 * explicit deny policies that override permissions allowed by ACLs, bucket policies, and IAM user
 * policies" (Amazon S3 User Guide, "Troubleshoot access denied (403 Forbidden) errors"), and the
 * facts the snapshot lacks for the bucket (a policy, ACL or setting that was not collected).
 *
 * <p>The settings, each applied as that page describes it:
 * <ul>
 *   <li>RestrictPublicBuckets: "If the access point or bucket has a public policy, then the
 *       RestrictPublicBuckets setting rejects all cross-account calls except for AWS service
 *       principals. This setting also rejects all anonymous (or unsigned) calls." Whether the
 *       policy is public is {@link BucketPolicyPublicity}.
 *   <li>IgnorePublicAcls: "If your request's permission is granted only by a public ACL, then the
 *       IgnorePublicAcls setting rejects the request."
 *   <li>BlockPublicAcls: rejects a PUT that sets a public ACL ({@link PublicAclRequest}).
 *   <li>BlockPublicPolicy rejects PutBucketPolicy when the new policy is public; a request's new
 *       policy is in its body, which no condition key carries, so no decision can weigh it.
 * </ul>
 * A setting that is on denies whatever the policies say. A setting that is unknown leaves the
 * policies' answer, marked with what was not collected, when it would have turned an allow into a
 * deny. Immutable; one per bucket.
 */
public final class BucketAccessRules {
  private final String ownerAccount;
  private final EffectiveBlockPublicAccess block;
  private final Optional<Statement> publicStatement;
  private final boolean policyCollected;
  private final boolean aclCollected;
  private final boolean aclPublic;
  private final String aclPolicyName;
  // What a decision can be missing depends on the bucket alone: the sentences are written once.
  private final Optional<String> ignorePublicAclsUnknown;
  private final Optional<String> blockPublicAclsUnknown;
  private final Optional<String> restrictPublicBucketsUnknown;
  private final String policyNotCollected;
  private final String aclNotCollected;
  /**
   * The deny for each combination of the three rules that can apply to a request (bit 0
   * IgnorePublicAcls, 1 BlockPublicAcls, 2 RestrictPublicBuckets), when a setting that applies is
   * on: it depends on the bucket alone, so it is built once rather than on every rejected call.
   */
  private final AuthorizationResult[] denials = new AuthorizationResult[8];
  private static final int IGNORE_PUBLIC_ACLS = 1;
  private static final int BLOCK_PUBLIC_ACLS = 2;
  private static final int RESTRICT_PUBLIC_BUCKETS = 4;

  private BucketAccessRules(String bucketName, String ownerAccount, EffectiveBlockPublicAccess block,
      Optional<Statement> publicStatement, boolean policyCollected, boolean aclCollected, boolean aclPublic) {
    this.ownerAccount = ownerAccount;
    this.block = block;
    this.publicStatement = publicStatement;
    this.policyCollected = policyCollected;
    this.aclCollected = aclCollected;
    this.aclPublic = aclPublic;
    this.aclPolicyName = BucketAclPolicy.policyName(bucketName);
    this.ignorePublicAclsUnknown = unknown(block.ignorePublicAcls(), "the request is allowed only by a public grant of the bucket ACL");
    this.blockPublicAclsUnknown = unknown(block.blockPublicAcls(), "the request sets a public ACL");
    this.restrictPublicBucketsUnknown = unknown(block.restrictPublicBuckets(), "the bucket policy is public (statement "
        + publicStatement.map(Statement::label).orElse("") + ") and the caller is anonymous or from another account");
    this.policyNotCollected = "get-bucket-policy for " + bucketName + " was not collected: a bucket policy could allow or deny this request";
    this.aclNotCollected = "get-bucket-acl for " + bucketName + " was not collected: its ACL could grant this request";
    for (int rules = 1; rules < denials.length; rules++) {
      List<Reason> blocked = blockingReasons(rules);
      denials[rules] = blocked.isEmpty() ? null : AuthorizationResult.explicitDeny(blocked);
    }
  }

  /** The Deny reasons of the settings among {@code rules} that are on, one per level that turns each on. */
  private List<Reason> blockingReasons(int rules) {
    List<Reason> blocked = new ArrayList<>(2);
    if ((rules & IGNORE_PUBLIC_ACLS) != 0) {
      denyReasons(block.ignorePublicAcls(), blocked);
    }
    if ((rules & BLOCK_PUBLIC_ACLS) != 0) {
      denyReasons(block.blockPublicAcls(), blocked);
    }
    if ((rules & RESTRICT_PUBLIC_BUCKETS) != 0) {
      denyReasons(block.restrictPublicBuckets(), blocked);
    }
    return blocked;
  }

  private static void denyReasons(Setting setting, List<Reason> into) {
    if (setting.state() == State.ON) {
      for (String level : setting.onAt()) {
        into.add(new Reason(PolicyKind.BLOCK_PUBLIC_ACCESS, "s3-block-public-access:" + level, setting.name(), Effect.DENY));
      }
    }
  }

  private static Optional<String> unknown(Setting setting, String why) {
    return setting.state() != State.UNKNOWN ? Optional.empty() : Optional.of(setting.name() + " is not known ("
        + String.join(" and ", setting.notCollected()) + " not collected): " + why + ", which S3 rejects when it is on");
  }

  /**
   * @param accountLevel the owner account's Block Public Access ({@code s3control get-public-access-block})
   * @param policy the bucket policy as parsed (empty when there is none or it could not be parsed)
   */
  public static BucketAccessRules of(Bucket bucket, Collected<PublicAccessBlock> accountLevel, Optional<Policy> policy) {
    return new BucketAccessRules(bucket.name(), bucket.accountId(),
        EffectiveBlockPublicAccess.of(bucket.accountId(), accountLevel, bucket.name(), bucket.publicAccessBlock()),
        policy.flatMap(BucketPolicyPublicity::firstPublicStatement), bucket.policy().isCollected(),
        bucket.acl().isCollected(), bucket.acl().asOptional().map(BucketAclPolicy::isPublic).orElse(false));
  }

  /** Whether the ACL grants to AllUsers or AuthenticatedUsers, so that decisions need {@code withoutPublicAcl}. */
  public boolean hasPublicAcl() {
    return aclPublic;
  }

  /**
   * S3's decision for a request on this bucket or one of its objects.
   *
   * @param byPolicies the policies' decision, the ACL's public grants included
   * @param withoutPublicAcl decides as the policies do without the ACL's public grants (asked only
   *     when {@code byPolicies} allows through a public grant)
   */
  public AuthorizationResult apply(AuthorizationRequest request, AuthorizationResult byPolicies,
      Function<AuthorizationRequest, AuthorizationResult> withoutPublicAcl) {
    if (policiesDecideAlone(request.principal(), request.action(), byPolicies)) {
      return byPolicies;
    }
    boolean onlyByPublicAcl = aclPublic && byPolicies.allowed() && grantedThroughAcl(byPolicies)
        && !withoutPublicAcl.apply(request).allowed();
    boolean setsPublicAcl = PublicAclRequest.setsPublicAcl(request.action(), request.context());
    boolean restricted = publicStatement.isPresent() && fromOutsideTheOwnerAccount(request.principal());
    AuthorizationResult result = byPolicies;
    int rules = (onlyByPublicAcl ? IGNORE_PUBLIC_ACLS : 0) | (setsPublicAcl ? BLOCK_PUBLIC_ACLS : 0)
        | (restricted ? RESTRICT_PUBLIC_BUCKETS : 0);
    if (rules != 0) {
      AuthorizationResult denial = denials[rules];
      if (denial != null) {
        if (byPolicies.decision() != Decision.EXPLICIT_DENY) {
          return denial;
        }
        // A policy statement denies too: its reasons first, as the evaluator orders denies.
        List<Reason> reasons = new ArrayList<>(byPolicies.reasons());
        reasons.addAll(denial.reasons());
        return AuthorizationResult.explicitDeny(reasons);
      }
      if (result.allowed()) {
        if (onlyByPublicAcl) {
          result = ignorePublicAclsUnknown.map(result::withUnknown).orElse(result);
        }
        if (setsPublicAcl) {
          result = blockPublicAclsUnknown.map(result::withUnknown).orElse(result);
        }
        if (restricted) {
          result = restrictPublicBucketsUnknown.map(result::withUnknown).orElse(result);
        }
      }
    }
    if (policyMissingMatters(result)) {
      result = result.withUnknown(policyNotCollected);
    }
    if (aclMissingMatters(request.action(), result)) {
      result = result.withUnknown(aclNotCollected);
    }
    return result;
  }

  /**
   * True when S3 adds nothing to the policies' decision: no public grant, public policy or public
   * ACL can be in play for this caller and action, and nothing missing could change it. The common
   * case; asked first, from the caller and action alone, so that a decision that needs no more does
   * not hand its whole request on.
   */
  public boolean policiesDecideAlone(RequestPrincipal caller, String action, AuthorizationResult byPolicies) {
    return !(aclPublic && byPolicies.allowed())
        && !PublicAclRequest.isAclSettingAction(action)
        && !(publicStatement.isPresent() && fromOutsideTheOwnerAccount(caller))
        && !policyMissingMatters(byPolicies)
        && !aclMissingMatters(action, byPolicies);
  }

  /** A bucket policy could allow or deny anything; only another explicit deny stands without it. */
  private boolean policyMissingMatters(AuthorizationResult result) {
    return !policyCollected && result.decision() != Decision.EXPLICIT_DENY;
  }

  /** An ACL can only grant, and only the actions its permissions map to. */
  private boolean aclMissingMatters(String action, AuthorizationResult result) {
    return !aclCollected && result.decision() == Decision.IMPLICIT_DENY && BucketAclPolicy.couldGrant(action);
  }

  private boolean grantedThroughAcl(AuthorizationResult result) {
    for (Reason r : result.reasons()) {
      if (r.kind() == PolicyKind.RESOURCE && r.policy().equals(aclPolicyName)) {
        return true;
      }
    }
    return false;
  }

  /** Everyone RestrictPublicBuckets shuts out: anonymous callers and other accounts, not AWS services. */
  private boolean fromOutsideTheOwnerAccount(RequestPrincipal caller) {
    return !(caller instanceof RequestPrincipal.ServicePrincipal) && !caller.inAccount(ownerAccount);
  }
}
