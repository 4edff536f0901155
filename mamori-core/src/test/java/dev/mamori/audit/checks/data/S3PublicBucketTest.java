package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.BucketAcl;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3PublicBucketTest {
  private final S3PublicBucket check = new S3PublicBucket();
  private static final String PUBLIC_READ = """
      {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
       "Action":"s3:GetObject","Resource":"arn:aws:s3:::%s/*"}]}""";
  private static final String OWN_ACCOUNT_ONLY = """
      {"Version":"2012-10-17","Statement":[{"Sid":"Team","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
       "Action":"s3:GetObject","Resource":"arn:aws:s3:::%s/*"}]}""";
  private static final BucketAcl OWNER_ONLY = new BucketAcl(Optional.of("owner"),
      List.of(new BucketAcl.Grant("CanonicalUser", Optional.of("owner"), Optional.empty(), "FULL_CONTROL")));
  private static final BucketAcl ALL_USERS_READ = new BucketAcl(Optional.of("owner"),
      List.of(new BucketAcl.Grant("Group", Optional.empty(), Optional.of(BucketAcl.ALL_USERS), "READ")));
  private static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);

  private static CloudModel.Builder noAccountBlock() {
    return model().accountPublicAccessBlock(Collected.absent("NoSuchPublicAccessBlockConfiguration"));
  }

  @Test
  void aPolicyGrantingEveryoneFailsWithTheDecidingStatement() {
    CloudModel m = noAccountBlock().add(B.bucket("site").policy(PUBLIC_READ.formatted("site")).acl(Collected.present(OWNER_ONLY))
        .publicAccessBlock(Collected.present(NONE)).toBucket()).build();
    CheckResult r = resultFor(check, m, "site");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("s3:GetObject");
    assertThat(r.explanation()).isInstanceOfSatisfying(Explanation.PolicyStatements.class, p -> {
      assertThat(p.decision()).isEqualTo("ALLOWED");
      assertThat(p.statements()).anySatisfy(s -> assertThat(s.statement()).isEqualTo("PublicRead"));
    });
  }

  @Test
  void aPolicyForTheOwnAccountPasses() {
    CloudModel m = noAccountBlock().add(B.bucket("team").policy(OWN_ACCOUNT_ONLY.formatted("team")).acl(Collected.present(OWNER_ONLY))
        .publicAccessBlock(Collected.present(NONE)).toBucket()).build();
    assertThat(resultFor(check, m, "team").status()).isEqualTo(Status.PASS);
  }

  @Test
  void anAclGrantToAllUsersFails() {
    CloudModel m = noAccountBlock().add(B.bucket("legacy").policy(Collected.absent("NoSuchBucketPolicy"))
        .acl(Collected.present(ALL_USERS_READ)).publicAccessBlock(Collected.present(NONE)).toBucket()).build();
    CheckResult r = resultFor(check, m, "legacy");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("READ to AllUsers");
  }

  @Test
  void accountLevelBlockPublicAccessVoidsPublicGrants() {
    CloudModel m = model().accountPublicAccessBlock(Collected.present(new PublicAccessBlock(true, true, true, true)))
        .add(B.bucket("site").policy(PUBLIC_READ.formatted("site")).acl(Collected.present(ALL_USERS_READ)).toBucket()).build();
    CheckResult r = resultFor(check, m, "site");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).contains("Block Public Access voids them");
  }

  @Test
  void publicGrantWithUnknownBlockIsNotEvaluated() {
    CloudModel m = model().add(B.bucket("site").policy(PUBLIC_READ.formatted("site")).acl(Collected.present(OWNER_ONLY)).toBucket())
        .build();
    assertThat(resultFor(check, m, "site").status()).isEqualTo(Status.NOT_EVALUATED);
    assertThat(resultFor(check, model().add(B.bucket("x").toBucket()).build(), "x").status()).isEqualTo(Status.NOT_EVALUATED);
  }

  @Test
  void restrictPublicBucketsAtTheBucketLevelVoidsAPublicPolicyWhateverTheAccountLevelIs() {
    // The account level was not collected, but a setting on at one level is on: nothing is unknown.
    CloudModel m = model().add(B.bucket("campaigns").policy(PUBLIC_READ.formatted("campaigns")).acl(Collected.present(OWNER_ONLY))
        .publicAccessBlock(Collected.present(new PublicAccessBlock(false, false, false, true))).toBucket()).build();
    CheckResult r = resultFor(check, m, "campaigns");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).contains("Block Public Access voids them");
    assertThat(r.explanation()).isInstanceOfSatisfying(Explanation.Facts.class,
        f -> assertThat(f.facts()).anySatisfy(line -> assertThat(line).contains("RestrictPublicBuckets")));
  }

  @Test
  void ignorePublicAclsAtTheAccountLevelVoidsAPublicAclGrant() {
    CloudModel m = model().accountPublicAccessBlock(Collected.present(new PublicAccessBlock(false, true, false, false)))
        .add(B.bucket("legacy").policy(Collected.absent("NoSuchBucketPolicy")).acl(Collected.present(ALL_USERS_READ))
            .publicAccessBlock(Collected.absent("NoSuchPublicAccessBlockConfiguration")).toBucket()).build();
    CheckResult r = resultFor(check, m, "legacy");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.explanation()).isInstanceOfSatisfying(Explanation.Facts.class,
        f -> assertThat(f.facts()).anySatisfy(line -> assertThat(line).contains("IgnorePublicAcls")));
  }

  @Test
  void restrictPublicBucketsDoesNotVoidAPublicAclGrant() {
    // RestrictPublicBuckets concerns buckets with a public policy; this one has none, only a public ACL.
    CloudModel m = noAccountBlock().add(B.bucket("legacy").policy(Collected.absent("NoSuchBucketPolicy"))
        .acl(Collected.present(ALL_USERS_READ)).publicAccessBlock(Collected.present(new PublicAccessBlock(false, false, false, true)))
        .toBucket()).build();
    assertThat(resultFor(check, m, "legacy").status()).isEqualTo(Status.FAIL);
  }
}
