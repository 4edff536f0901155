package dev.mamori.audit.checks.iam;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import org.junit.jupiter.api.Test;

class S3PolicyLockoutTest {
  private final S3PolicyLockout check = new S3PolicyLockout();
  private static final String DENY_ALL = """
      {"Version":"2012-10-17","Statement":[{"Sid":"DenyEverything","Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"]}]}""";
  private static final String DENY_OUTSIDERS = """
      {"Version":"2012-10-17","Statement":[{"Sid":"DenyOthers","Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"],
       "Condition":{"StringNotEquals":{"aws:PrincipalAccount":"111122223333"}}}]}""";

  private static final String ONLY_THROUGH_ENDPOINT = """
      {"Version":"2012-10-17","Statement":[{"Sid":"OnlyThroughVpcEndpoint","Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"],
       "Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-0adf0a39f6ccf769d"}}}]}""";
  private static final String SPARE_A_GHOST = """
      {"Version":"2012-10-17","Statement":[{"Sid":"OnlyTheGhost","Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"],
       "Condition":{"StringNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/deleted-last-year"}}}]}""";

  /** The engine asks about every principal of the snapshot: here one administrator of the account. */
  private static final dev.mamori.model.IamUser ADMIN = new dev.mamori.model.IamUser("admin", "AIDA1",
      "arn:aws:iam::111122223333:user/admin", "/", java.util.Optional.empty(), java.util.List.of(), java.util.List.of(),
      java.util.List.of("arn:aws:iam::aws:policy/AdministratorAccess"), java.util.Optional.empty(), java.util.Map.of());

  @Test
  void aDenyOfEveryPrincipalLocksEveryoneOut() {
    CloudModel m = model().add(ADMIN).add(B.bucket("locked").policy(DENY_ALL.formatted("locked")).toBucket()).build();
    CheckResult r = resultFor(check, m, "locked");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("only the root user of 111122223333");
    assertThat(r.explanation()).isInstanceOfSatisfying(Explanation.PolicyStatements.class,
        p -> assertThat(p.decision()).isEqualTo("EXPLICIT_DENY"));
  }

  @Test
  void aDenyThatSparesTheAccountPasses() {
    CloudModel m = model().add(ADMIN)
        .add(B.bucket("guarded").policy(DENY_OUTSIDERS.formatted("guarded")).toBucket())
        .add(B.bucket("open").policy(Collected.absent("NoSuchBucketPolicy")).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, "guarded").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "open").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }

  @Test
  void aDenyOnAKeyTheRequestCarriesLocksNobodyOut() {
    // Every request without the endpoint is denied, but one sent through vpce-0adf… is not.
    CloudModel m = model().add(ADMIN).add(B.bucket("restricted").policy(ONLY_THROUGH_ENDPOINT.formatted("restricted"))
        .toBucket()).build();
    assertThat(resultFor(check, m, "restricted").status()).isEqualTo(Status.PASS);
  }

  @Test
  void aDenyThatSparesOnlyAPrincipalNoLongerThereLocksEveryoneOut() {
    CloudModel m = model().add(ADMIN).add(B.bucket("haunted").policy(SPARE_A_GHOST.formatted("haunted")).toBucket()).build();
    assertThat(resultFor(check, m, "haunted").status()).isEqualTo(Status.FAIL);
  }
}
