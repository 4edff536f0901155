package dev.mamori.audit.checks.iam;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.IamUser;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.ManagedPolicy;
import dev.mamori.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IamFullAdminPolicyTest {
  private final IamFullAdminPolicy check = new IamFullAdminPolicy();

  private static ManagedPolicy policy(String name, String json, int attachments) {
    return new ManagedPolicy(name, "ANPA" + name, "arn:aws:iam::111122223333:policy/" + name, "/", "v1",
        Optional.of(new PolicyDocument(json)), attachments, Optional.empty(), Optional.empty());
  }

  private static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"All\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
  private static final String ALL_BUT_IAM =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}";
  private static final String S3_ONLY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
  private static final String ADMIN_WITH_MFA = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
      + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}";

  @Test
  void anAttachedStarStarPolicyFails() {
    CloudModel m = model().add(policy("Admin", ADMIN, 2)).add(policy("Spare", ADMIN, 0)).build();
    CheckResult admin = resultFor(check, m, "arn:aws:iam::111122223333:policy/Admin");
    assertThat(admin.status()).isEqualTo(Status.FAIL);
    assertThat(admin.explanation()).isInstanceOfSatisfying(Explanation.PolicyStatements.class,
        p -> assertThat(p.statements()).anySatisfy(s -> assertThat(s.statement()).isEqualTo("All")));
    assertThat(resultFor(check, m, "arn:aws:iam::111122223333:policy/Spare").message()).contains("attached to nothing");
  }

  @Test
  void narrowerPoliciesPass() {
    CloudModel m = model().add(policy("NotIam", ALL_BUT_IAM, 1)).add(policy("S3", S3_ONLY, 1)).add(policy("Mfa", ADMIN_WITH_MFA, 1))
        .build();
    assertThat(run(check, m)).extracting(CheckResult::status).containsOnly(Status.PASS);
  }

  @Test
  void inlinePoliciesAreChecked() {
    IamUser alice = new IamUser("alice", "AIDA1", "arn:aws:iam::111122223333:user/alice", "/", Optional.empty(), List.of(),
        List.of(new InlinePolicy("god", new PolicyDocument(ADMIN))), List.of(), Optional.empty(), Map.of());
    CloudModel m = model().add(alice).build();
    assertThat(resultFor(check, m, "arn:aws:iam::111122223333:user/alice#inline/god").status()).isEqualTo(Status.FAIL);
  }
}
