package dev.mamori.iam.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationRequest;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.FastEvaluator;
import dev.mamori.iam.eval.PolicySet;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.policy.Policy;
import dev.mamori.model.BucketAcl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ACL permissions map to actions as the S3 User Guide's "Mapping of ACL permissions and access
 * policy permissions" table gives them for a bucket, and each grantee group covers whom it names.
 */
class BucketAclPolicyTest {
  private static final String OWNER = "8f3c1a7e5d9b2f4c6a8e0d2b4f6a8c1e3d5b7f9a2c4e6b8d0f1a3c5e7b9d2f48";
  private static final RequestPrincipal ANONYMOUS = new RequestPrincipal.Anonymous();
  /** A signed caller with no identity policy: only a grant to it (or to everyone) lets it in. */
  private static final RequestPrincipal SIGNED_USER =
      new RequestPrincipal.IamUser("arn:aws:iam::111122223333:user/u", "111122223333", "u");

  private static BucketAcl acl(BucketAcl.Grant... grants) {
    return new BucketAcl(Optional.of(OWNER), List.of(grants));
  }

  private static BucketAcl.Grant group(String uri, String permission) {
    return new BucketAcl.Grant("Group", Optional.empty(), Optional.of(uri), permission);
  }

  private static Decision decide(BucketAcl acl, RequestPrincipal caller, String action, String resource) {
    Optional<Policy> policy = BucketAclPolicy.of("b", acl, true);
    RequestContext.Builder context = RequestContext.builder();
    caller.accountId().ifPresent(a -> context.add("aws:PrincipalAccount", a));
    AuthorizationResult r = new FastEvaluator().authorize(PolicySet.builder().resourceAcl(policy).build(),
        new AuthorizationRequest(caller, action, resource, Optional.of("111122223333"), context.build()));
    return r.decision();
  }

  @Test
  void readOnABucketListsItsObjectsButDoesNotReadThem() {
    BucketAcl acl = acl(group(BucketAcl.ALL_USERS, "READ"));
    assertThat(decide(acl, ANONYMOUS, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:ListBucketVersions", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:ListBucketMultipartUploads", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOWED);
    // "You cannot grant GET object permissions with bucket ACL settings."
    assertThat(decide(acl, ANONYMOUS, "s3:GetObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(acl, ANONYMOUS, "s3:PutObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void writeOnABucketCreatesObjects() {
    BucketAcl acl = acl(group(BucketAcl.ALL_USERS, "WRITE"));
    assertThat(decide(acl, ANONYMOUS, "s3:PutObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:DeleteObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(acl, ANONYMOUS, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void aclPermissionsReadAndWriteTheAcl() {
    assertThat(decide(acl(group(BucketAcl.ALL_USERS, "READ_ACP")), ANONYMOUS, "s3:GetBucketAcl", "arn:aws:s3:::b"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl(group(BucketAcl.ALL_USERS, "READ_ACP")), ANONYMOUS, "s3:PutBucketAcl", "arn:aws:s3:::b"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(acl(group(BucketAcl.ALL_USERS, "WRITE_ACP")), ANONYMOUS, "s3:PutBucketAcl", "arn:aws:s3:::b"))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void fullControlIsAllFour() {
    BucketAcl acl = acl(group(BucketAcl.ALL_USERS, "FULL_CONTROL"));
    for (String action : List.of("s3:ListBucket", "s3:GetBucketAcl", "s3:PutBucketAcl")) {
      assertThat(decide(acl, ANONYMOUS, action, "arn:aws:s3:::b")).as(action).isEqualTo(Decision.ALLOWED);
    }
    assertThat(decide(acl, ANONYMOUS, "s3:PutObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:GetObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void authenticatedUsersAreEverySignedCallerButNotAnonymousOnes() {
    BucketAcl acl = acl(group(BucketAcl.AUTHENTICATED_USERS, "READ"));
    assertThat(decide(acl, SIGNED_USER, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:ListBucket", "arn:aws:s3:::b")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void logDeliveryIsTheLoggingServiceAndIsNotPublic() {
    BucketAcl acl = acl(group(BucketAclPolicy.LOG_DELIVERY, "WRITE"));
    assertThat(decide(acl, new RequestPrincipal.ServicePrincipal(BucketAclPolicy.LOGGING_SERVICE), "s3:PutObject", "arn:aws:s3:::b/log"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(acl, ANONYMOUS, "s3:PutObject", "arn:aws:s3:::b/log")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(BucketAclPolicy.isPublic(acl)).isFalse();
  }

  @Test
  void canonicalUserGrantsAreNotTranslatedAndAnOwnerOnlyAclGrantsNothing() {
    BucketAcl ownerOnly = acl(new BucketAcl.Grant("CanonicalUser", Optional.of(OWNER), Optional.empty(), "FULL_CONTROL"));
    assertThat(BucketAclPolicy.of("b", ownerOnly, true)).isEmpty();
    assertThat(BucketAclPolicy.isPublic(ownerOnly)).isFalse();
  }

  @Test
  void publicGrantsAreLeftOutOnRequestAndNamedAfterGrantAndGrantee() {
    BucketAcl acl = acl(group(BucketAcl.ALL_USERS, "READ"), group(BucketAclPolicy.LOG_DELIVERY, "WRITE"));
    assertThat(BucketAclPolicy.isPublic(acl)).isTrue();
    assertThat(BucketAclPolicy.of("b", acl, true).orElseThrow().statements()).extracting(s -> s.label())
        .containsExactly("READ to AllUsers", "WRITE to LogDelivery");
    assertThat(BucketAclPolicy.of("b", acl, false).orElseThrow().statements()).extracting(s -> s.label())
        .containsExactly("WRITE to LogDelivery");
    assertThat(BucketAclPolicy.of("b", acl, true).orElseThrow().name()).isEqualTo("bucket-acl:b");
  }
}
