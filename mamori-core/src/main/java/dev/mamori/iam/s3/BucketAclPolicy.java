package dev.mamori.iam.s3;

import dev.mamori.iam.condition.ConditionOperator;
import dev.mamori.iam.policy.ActionBlock;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyVersion;
import dev.mamori.iam.policy.PrincipalBlock;
import dev.mamori.iam.policy.PrincipalEntry;
import dev.mamori.iam.policy.PrincipalKind;
import dev.mamori.iam.policy.ResourceBlock;
import dev.mamori.iam.policy.Statement;
import dev.mamori.model.BucketAcl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A bucket ACL as the Allow statements its grants amount to, so that the evaluator weighs it with
 * the bucket policy (S3 evaluates both in the same step). The permissions map as the Amazon S3 User
 * Guide's "Mapping of ACL permissions and access policy permissions" gives them for a bucket:
 * READ is s3:ListBucket, s3:ListBucketVersions and s3:ListBucketMultipartUploads; WRITE is
 * s3:PutObject; READ_ACP is s3:GetBucketAcl; WRITE_ACP is s3:PutBucketAcl; FULL_CONTROL is all
 * four. A bucket ACL never grants s3:GetObject: object ACLs do, and they are not in a snapshot.
 *
 * <p>Grantees: AllUsers is everyone, signed or not; AuthenticatedUsers is every signed request of
 * any AWS account; LogDelivery is S3's server access logging service. Grants to canonical user IDs
 * are left out: the owner's own grant adds nothing to what its account's policies decide, and the
 * snapshot cannot tell which account another canonical ID belongs to.
 */
public final class BucketAclPolicy {
  static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
  /** The service principal S3 server access logging writes as (S3 User Guide, "Enabling server access logging"). */
  static final String LOGGING_SERVICE = "logging.s3.amazonaws.com";
  private static final List<String> READ = List.of("s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads");
  private static final List<String> WRITE = List.of("s3:PutObject");
  private static final List<String> READ_ACP = List.of("s3:GetBucketAcl");
  private static final List<String> WRITE_ACP = List.of("s3:PutBucketAcl");
  /** Every action some bucket ACL permission grants (a list: it is short, and matched without case). */
  private static final List<String> GRANTABLE = Stream.of(READ, WRITE, READ_ACP, WRITE_ACP).flatMap(List::stream).toList();

  private BucketAclPolicy() {}

  /** The name decisions give the ACL, as {@code bucket-policy:NAME} names the bucket policy. */
  public static String policyName(String bucketName) {
    return "bucket-acl:" + bucketName;
  }

  /**
   * The ACL's grants as a policy; public grants (AllUsers, AuthenticatedUsers) only when asked
   * for, so that S3's IgnorePublicAcls can be weighed. Empty when nothing is granted.
   */
  public static Optional<Policy> of(String bucketName, BucketAcl acl, boolean withPublicGrants) {
    List<Statement> statements = new ArrayList<>();
    for (BucketAcl.Grant grant : acl.grants()) {
      if (grant.isPublic() && !withPublicGrants) {
        continue;
      }
      Optional<Grantee> grantee = grantee(grant);
      if (grantee.isEmpty()) {
        continue;
      }
      String sid = grant.permission() + " to " + grantee.get().label();
      List<String> bucketActions = bucketActions(grant.permission());
      if (!bucketActions.isEmpty()) {
        statements.add(statement(statements.size(), sid, grantee.get(), bucketActions, "arn:aws:s3:::" + bucketName));
      }
      if (grants(grant.permission(), "WRITE")) {
        statements.add(statement(statements.size(), sid, grantee.get(), WRITE, "arn:aws:s3:::" + bucketName + "/*"));
      }
    }
    return statements.isEmpty() ? Optional.empty()
        : Optional.of(new Policy(policyName(bucketName), PolicyVersion.V2012_10_17, Optional.empty(), statements));
  }

  /** Whether S3 considers the ACL public: it grants anything to AllUsers or AuthenticatedUsers. */
  public static boolean isPublic(BucketAcl acl) {
    return acl.grants().stream().anyMatch(BucketAcl.Grant::isPublic);
  }

  /** Whether some bucket ACL grant could allow this action (for "the ACL was not collected"). */
  public static boolean couldGrant(String action) {
    for (String grantable : GRANTABLE) {
      if (grantable.equalsIgnoreCase(action)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> bucketActions(String permission) {
    List<String> actions = new ArrayList<>();
    if (grants(permission, "READ")) {
      actions.addAll(READ);
    }
    if (grants(permission, "READ_ACP")) {
      actions.addAll(READ_ACP);
    }
    if (grants(permission, "WRITE_ACP")) {
      actions.addAll(WRITE_ACP);
    }
    return actions;
  }

  private static boolean grants(String permission, String wanted) {
    return permission.equals(wanted) || permission.equals("FULL_CONTROL");
  }

  /** Who a grant names, as a Principal element and the condition that narrows it. */
  private record Grantee(String label, PrincipalEntry principal, List<ConditionClause> conditions) {}

  private static Optional<Grantee> grantee(BucketAcl.Grant grant) {
    String uri = grant.granteeUri().orElse("");
    if (uri.equals(BucketAcl.ALL_USERS)) {
      return Optional.of(new Grantee("AllUsers", new PrincipalEntry(PrincipalKind.ANY, "*"), List.of()));
    }
    if (uri.equals(BucketAcl.AUTHENTICATED_USERS)) {
      // Everyone whose request is signed: a caller with an account (anonymous callers have none).
      ConditionClause signed = new ConditionClause("Null", ConditionOperator.parse("Null"), "aws:PrincipalAccount",
          List.of("false"));
      return Optional.of(new Grantee("AuthenticatedUsers", new PrincipalEntry(PrincipalKind.ANY, "*"), List.of(signed)));
    }
    if (uri.equals(LOG_DELIVERY)) {
      return Optional.of(new Grantee("LogDelivery", new PrincipalEntry(PrincipalKind.SERVICE, LOGGING_SERVICE), List.of()));
    }
    return Optional.empty();
  }

  private static Statement statement(int index, String sid, Grantee grantee, List<String> actions, String resource) {
    return new Statement(index, Optional.of(sid), Effect.ALLOW, "Allow",
        Optional.of(new PrincipalBlock(false, List.of(grantee.principal()))),
        Optional.of(new ActionBlock(false, actions)), Optional.of(new ResourceBlock(false, List.of(resource))),
        grantee.conditions());
  }
}
