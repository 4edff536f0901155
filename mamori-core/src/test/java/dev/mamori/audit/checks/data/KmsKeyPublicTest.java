package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.PolicyDocument;
import org.junit.jupiter.api.Test;

class KmsKeyPublicTest {
  private final KmsKeyPublic check = new KmsKeyPublic();
  private static final String OPEN = """
      {"Version":"2012-10-17","Statement":[{"Sid":"Everyone","Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt",
       "Resource":"*"}]}""";
  private static final String OWNER = """
      {"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow",
       "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";

  @Test
  void aWildcardPrincipalFailsTheAccountRootPrincipalPasses() {
    CloudModel m = model()
        .add(key("k-open", "CUSTOMER", Collected.present(true), Collected.present(new PolicyDocument(OPEN))))
        .add(key("k-owner", "CUSTOMER", Collected.present(true), Collected.present(new PolicyDocument(OWNER))))
        .add(key("k-unknown", "CUSTOMER", Collected.present(true)))
        .build();
    CheckResult open = resultFor(check, m, keyArn("k-open"));
    assertThat(open.status()).isEqualTo(Status.FAIL);
    assertThat(open.message()).contains("kms:Decrypt");
    assertThat(open.explanation()).isInstanceOfSatisfying(Explanation.PolicyStatements.class,
        p -> assertThat(p.statements()).anySatisfy(s -> assertThat(s.statement()).isEqualTo("Everyone")));
    assertThat(resultFor(check, m, keyArn("k-owner")).status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, keyArn("k-unknown")).status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
