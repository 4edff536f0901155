package dev.mamori.iam.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.account.WhoCan;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.Reason;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketAcl;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.PolicyDocument;
import dev.mamori.model.PublicAccessBlock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * S3's rules on top of the policies, through the public engine API: each Block Public Access
 * setting as the S3 User Guide describes it, the levels ORed, and what an uncollected setting,
 * policy or ACL does to a decision. Each test fails if its rule were dropped or applied wrongly.
 */
class BucketAccessRulesTest {
  private static final String OWNER = "111122223333";
  private static final String OBJECT = "arn:aws:s3:::b/report.csv";
  private static final String BUCKET = "arn:aws:s3:::b";
  private static final PublicAccessBlock OFF = new PublicAccessBlock(false, false, false, false);
  private static final PublicAccessBlock RESTRICT = new PublicAccessBlock(false, false, false, true);
  private static final PublicAccessBlock IGNORE_ACLS = new PublicAccessBlock(false, true, false, false);
  private static final PublicAccessBlock BLOCK_ACLS = new PublicAccessBlock(true, false, false, false);
  private static final PublicAccessBlock BLOCK_POLICY = new PublicAccessBlock(false, false, true, false);
  private static final String PUBLIC_READ =
      "{\"Sid\":\"PublicRead\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
  private static final String ACCOUNT_2_READ = "{\"Sid\":\"Account2\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"222222222222\"},"
      + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
  private static final String CLOUDTRAIL_WRITE = "{\"Sid\":\"CloudTrail\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
      + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
  private static final BucketAcl OWNER_ONLY_ACL = new BucketAcl(Optional.of("owner"),
      List.of(new BucketAcl.Grant("CanonicalUser", Optional.of("owner"), Optional.empty(), "FULL_CONTROL")));
  private static final BucketAcl ALL_USERS_READ_ACL = new BucketAcl(Optional.of("owner"),
      List.of(new BucketAcl.Grant("Group", Optional.empty(), Optional.of(BucketAcl.ALL_USERS), "READ")));

  private static final RequestPrincipal ANONYMOUS = new RequestPrincipal.Anonymous();
  private static final RequestPrincipal SAME_ACCOUNT_USER =
      new RequestPrincipal.IamUser("arn:aws:iam::" + OWNER + ":user/alice", OWNER, "alice");
  private static final RequestPrincipal ACCOUNT_2_ROLE =
      RequestPrincipal.parse("arn:aws:sts::222222222222:assumed-role/reader/s").orElseThrow();
  private static final RequestPrincipal CLOUDTRAIL = new RequestPrincipal.ServicePrincipal("cloudtrail.amazonaws.com");

  /** A bucket of the snapshot's account, described one configuration at a time. */
  private record Snapshot(Collected<PublicAccessBlock> accountLevel, Collected<PolicyDocument> policy, Collected<BucketAcl> acl,
      Collected<PublicAccessBlock> bucketLevel) {
    static Snapshot bucket() {
      return new Snapshot(Collected.present(OFF), Collected.absent("NoSuchBucketPolicy"), Collected.present(OWNER_ONLY_ACL),
          Collected.present(OFF));
    }

    Snapshot policy(String... statements) {
      return new Snapshot(accountLevel, Collected.present(new PolicyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}")), acl, bucketLevel);
    }

    Snapshot policy(Collected<PolicyDocument> p) {
      return new Snapshot(accountLevel, p, acl, bucketLevel);
    }

    Snapshot acl(Collected<BucketAcl> a) {
      return new Snapshot(accountLevel, policy, a, bucketLevel);
    }

    Snapshot accountLevel(Collected<PublicAccessBlock> p) {
      return new Snapshot(p, policy, acl, bucketLevel);
    }

    Snapshot bucketLevel(Collected<PublicAccessBlock> p) {
      return new Snapshot(accountLevel, policy, acl, p);
    }

    AccountAuthorizer engine() {
      Bucket b = new Bucket("b", OWNER, Optional.empty(), Collected.present("eu-west-1"), policy, acl, Collected.notCollected(),
          Collected.notCollected(), Collected.notCollected(), bucketLevel, Collected.notCollected());
      return new AccountAuthorizer(CloudModel.builder().accountId(OWNER).region("eu-west-1").accountPublicAccessBlock(accountLevel)
          .add(b).build());
    }

    AuthorizationResult can(RequestPrincipal who, String action, String resource) {
      return can(who, action, resource, RequestContext.empty());
    }

    AuthorizationResult can(RequestPrincipal who, String action, String resource, RequestContext context) {
      return engine().can(who, action, resource, context);
    }
  }

  private static RequestPrincipal anyOtherAccount(AccountAuthorizer engine) {
    return engine.principal(AccountAuthorizer.ANY_ACCOUNT).orElseThrow();
  }

  private static List<String> blockingSettings(AuthorizationResult r) {
    return r.reasons().stream().filter(x -> x.kind() == PolicyKind.BLOCK_PUBLIC_ACCESS).map(x -> x.statement() + "@" + x.policy()).toList();
  }

  // ---- RestrictPublicBuckets ---------------------------------------------------------------------

  @Test
  void withoutBlockPublicAccessAPublicPolicyLetsAnonymousCallersIn() {
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(r.certain()).isTrue();
  }

  @Test
  void restrictPublicBucketsRejectsAnonymousAndOtherAccountsAsAnExplicitDeny() {
    Snapshot s = Snapshot.bucket().policy(PUBLIC_READ).bucketLevel(Collected.present(RESTRICT));
    AuthorizationResult anonymous = s.can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(anonymous.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(blockingSettings(anonymous)).containsExactly("RestrictPublicBuckets@s3-block-public-access:bucket/b");
    AccountAuthorizer engine = s.engine();
    assertThat(engine.can(anyOtherAccount(engine), "s3:GetObject", OBJECT, RequestContext.empty()).decision())
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void restrictPublicBucketsKeepsTheOwnersAccountAndAwsServicesIn() {
    Snapshot s = Snapshot.bucket().policy(PUBLIC_READ, CLOUDTRAIL_WRITE).bucketLevel(Collected.present(RESTRICT));
    assertThat(s.can(SAME_ACCOUNT_USER, "s3:GetObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(s.can(CLOUDTRAIL, "s3:PutObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void restrictPublicBucketsRejectsEvenCallsThePolicyDoesNotGrant() {
    // "rejects all cross-account calls ... also rejects all anonymous (or unsigned) calls"
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).bucketLevel(Collected.present(RESTRICT))
        .can(ANONYMOUS, "s3:PutObject", OBJECT);
    assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(blockingSettings(r)).containsExactly("RestrictPublicBuckets@s3-block-public-access:bucket/b");
  }

  @Test
  void restrictPublicBucketsOnlyAppliesToAPublicPolicy() {
    // "RestrictPublicBuckets only applies to buckets that have public policies": a fixed account keeps its access.
    Snapshot s = Snapshot.bucket().policy(ACCOUNT_2_READ).bucketLevel(Collected.present(RESTRICT));
    assertThat(s.can(ACCOUNT_2_ROLE, "s3:GetObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void thePagesExampleOnlyCloudTrailKeepsAccessWhileThePolicyIsPublic() {
    // S3 User Guide, "How Amazon S3 evaluates a bucket policy that contains both public and non-public access grants".
    Snapshot publicPolicy = Snapshot.bucket().policy(CLOUDTRAIL_WRITE, ACCOUNT_2_READ, PUBLIC_READ).bucketLevel(Collected.present(RESTRICT));
    assertThat(publicPolicy.can(CLOUDTRAIL, "s3:PutObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(publicPolicy.can(ACCOUNT_2_ROLE, "s3:GetObject", OBJECT).decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(publicPolicy.can(ANONYMOUS, "s3:GetObject", OBJECT).decision()).isEqualTo(Decision.EXPLICIT_DENY);
    // "if you remove statement 3 from the policy ... "Account-2" regains access to the bucket"
    Snapshot withoutStatement3 = Snapshot.bucket().policy(CLOUDTRAIL_WRITE, ACCOUNT_2_READ).bucketLevel(Collected.present(RESTRICT));
    assertThat(withoutStatement3.can(ACCOUNT_2_ROLE, "s3:GetObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void theAccountLevelSettingCountsAsMuchAsTheBucketLevelOne() {
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).accountLevel(Collected.present(RESTRICT))
        .can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(blockingSettings(r)).containsExactly("RestrictPublicBuckets@s3-block-public-access:account/" + OWNER);
  }

  @Test
  void aBlockPublicAccessDenyIsAddedToThePolicysOwnDenies() {
    String denyDelete = "{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ, denyDelete).bucketLevel(Collected.present(RESTRICT))
        .can(ANONYMOUS, "s3:DeleteObject", OBJECT);
    assertThat(r.reasons()).extracting(Reason::statement).containsExactly("NoDelete", "RestrictPublicBuckets");
  }

  // ---- IgnorePublicAcls --------------------------------------------------------------------------

  @Test
  void aPublicAclGrantCountsWhileIgnorePublicAclsIsOff() {
    AuthorizationResult r = Snapshot.bucket().acl(Collected.present(ALL_USERS_READ_ACL)).can(ANONYMOUS, "s3:ListBucket", BUCKET);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(r.reasons()).extracting(Reason::policy, Reason::statement).containsExactly(
        org.assertj.core.groups.Tuple.tuple("bucket-acl:b", "READ to AllUsers"));
  }

  @Test
  void ignorePublicAclsRejectsARequestOnlyAPublicAclGrants() {
    AuthorizationResult r = Snapshot.bucket().acl(Collected.present(ALL_USERS_READ_ACL)).bucketLevel(Collected.present(IGNORE_ACLS))
        .can(ANONYMOUS, "s3:ListBucket", BUCKET);
    assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(blockingSettings(r)).containsExactly("IgnorePublicAcls@s3-block-public-access:bucket/b");
  }

  @Test
  void ignorePublicAclsLeavesARequestThePolicyAlsoGrants() {
    String publicList = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\"}";
    AuthorizationResult r = Snapshot.bucket().policy(publicList).acl(Collected.present(ALL_USERS_READ_ACL))
        .bucketLevel(Collected.present(IGNORE_ACLS)).can(ANONYMOUS, "s3:ListBucket", BUCKET);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
  }

  // ---- BlockPublicAcls and BlockPublicPolicy ------------------------------------------------------

  @Test
  void blockPublicAclsRejectsAPutThatSetsAPublicAclWhoeverAsks() {
    String ownAccountWrites = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + OWNER + ":user/alice\"},"
        + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
    Snapshot s = Snapshot.bucket().policy(ownAccountWrites).bucketLevel(Collected.present(BLOCK_ACLS));
    RequestContext publicRead = RequestContext.builder().add("s3:x-amz-acl", "public-read").build();
    AuthorizationResult r = s.can(SAME_ACCOUNT_USER, "s3:PutObject", OBJECT, publicRead);
    assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(blockingSettings(r)).containsExactly("BlockPublicAcls@s3-block-public-access:bucket/b");
    assertThat(s.can(SAME_ACCOUNT_USER, "s3:PutObject", OBJECT).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(Snapshot.bucket().policy(ownAccountWrites).can(SAME_ACCOUNT_USER, "s3:PutObject", OBJECT, publicRead).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void blockPublicPolicyIsNotWeighedByDecisions() {
    // It rejects PutBucketPolicy with a public policy, and a request's new policy is in its body: no decision sees it.
    String ownAccountManages = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + OWNER + ":user/alice\"},"
        + "\"Action\":\"s3:PutBucketPolicy\",\"Resource\":\"arn:aws:s3:::b\"}";
    AuthorizationResult r = Snapshot.bucket().policy(ownAccountManages).bucketLevel(Collected.present(BLOCK_POLICY))
        .can(SAME_ACCOUNT_USER, "s3:PutBucketPolicy", BUCKET);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(r.certain()).isTrue();
  }

  // ---- What was not collected ---------------------------------------------------------------------

  @Test
  void anUncollectedSettingLeavesThePublicAllowButMakesItUncertain() {
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).accountLevel(Collected.notCollected())
        .can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(r.certain()).isFalse();
    assertThat(r.unknowns()).singleElement().asString()
        .contains("RestrictPublicBuckets").contains("s3control get-public-access-block").contains("PublicRead");
  }

  @Test
  void anUncollectedSettingDoesNotConcernTheOwnersAccount() {
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).accountLevel(Collected.notCollected())
        .can(SAME_ACCOUNT_USER, "s3:GetObject", OBJECT);
    assertThat(r.certain()).isTrue();
  }

  @Test
  void aSettingOnAtOneLevelNeedsNoOtherLevel() {
    AuthorizationResult r = Snapshot.bucket().policy(PUBLIC_READ).accountLevel(Collected.notCollected())
        .bucketLevel(Collected.present(RESTRICT)).can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(r.certain()).isTrue();
  }

  @Test
  void anUncollectedIgnorePublicAclsMakesAnAclOnlyAllowUncertain() {
    AuthorizationResult r = Snapshot.bucket().acl(Collected.present(ALL_USERS_READ_ACL)).bucketLevel(Collected.notCollected())
        .can(ANONYMOUS, "s3:ListBucket", BUCKET);
    assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(r.unknowns()).anySatisfy(u -> assertThat(u).contains("IgnorePublicAcls").contains("get-public-access-block for b"));
  }

  @Test
  void anUncollectedPolicyMakesEveryAnswerButAnExplicitDenyUncertain() {
    AuthorizationResult r = Snapshot.bucket().policy(Collected.notCollected()).can(ANONYMOUS, "s3:GetObject", OBJECT);
    assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(r.unknowns()).singleElement().asString().contains("get-bucket-policy for b was not collected");
  }

  @Test
  void anUncollectedAclOnlyMattersForWhatAnAclCanGrant() {
    Snapshot s = Snapshot.bucket().acl(Collected.notCollected());
    assertThat(s.can(ANONYMOUS, "s3:ListBucket", BUCKET).unknowns()).singleElement().asString().contains("get-bucket-acl");
    assertThat(s.can(ANONYMOUS, "s3:GetObject", OBJECT).certain()).isTrue();
  }

  // ---- who-can -----------------------------------------------------------------------------------

  @Test
  void whoCanIsNotPublicWhenBlockPublicAccessRejectsThePublicCallers() {
    WhoCan w = Snapshot.bucket().policy(PUBLIC_READ).bucketLevel(Collected.present(RESTRICT)).engine()
        .whoCan("s3:GetObject", OBJECT, RequestContext.empty());
    assertThat(w.isPublic()).isFalse();
    assertThat(w.isPublicCertain()).isTrue();
  }

  @Test
  void whoCanSaysPublicButNotCertainWhenTheSettingWasNotCollected() {
    WhoCan w = Snapshot.bucket().policy(PUBLIC_READ).bucketLevel(Collected.notCollected()).engine()
        .whoCan("s3:GetObject", OBJECT, RequestContext.empty());
    assertThat(w.isPublic()).isTrue();
    assertThat(w.isPublicCertain()).isFalse();
    assertThat(w.publicUnknowns()).anySatisfy(u -> assertThat(u).contains("RestrictPublicBuckets"));
  }
}
