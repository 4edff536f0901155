package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import org.junit.jupiter.api.Test;

class S3SecureTransportTest {
  private final S3SecureTransport check = new S3SecureTransport();
  private static final String DENY_HTTP = """
      {"Version":"2012-10-17","Statement":[{"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
  private static final String ALLOW_TEAM = """
      {"Version":"2012-10-17","Statement":[{"Sid":"Team","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
       "Action":"s3:GetObject","Resource":"arn:aws:s3:::%s/*"}]}""";

  @Test
  void aPolicyDenyingPlainHttpPasses() {
    CloudModel m = model().add(B.bucket("tls").policy(DENY_HTTP.formatted("tls")).toBucket()).build();
    CheckResult r = resultFor(check, m, "tls");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.explanation()).isInstanceOfSatisfying(Explanation.PolicyStatements.class,
        p -> assertThat(p.statements()).anySatisfy(s -> assertThat(s.statement()).isEqualTo("DenyHttp")));
  }

  @Test
  void aPolicyWithoutSuchDenyOrNoPolicyFails() {
    CloudModel m = model()
        .add(B.bucket("plain").policy(ALLOW_TEAM.formatted("plain")).toBucket())
        .add(B.bucket("none").policy(Collected.absent("NoSuchBucketPolicy")).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, "plain").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "none").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
