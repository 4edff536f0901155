package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.mamori.model.BucketEncryption;

class S3DefaultEncryptionTest {
  private final S3DefaultEncryption check = new S3DefaultEncryption();

  @Test
  void aRulePassesAbsenceFails() {
    CloudModel m = model()
        .add(B.bucket("kms").encryption(Collected.present(new BucketEncryption(List.of(
            new BucketEncryption.Rule("aws:kms", Optional.of("alias/data"), true))))).toBucket())
        .add(B.bucket("plain").encryption(Collected.absent("ServerSideEncryptionConfigurationNotFoundError")).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, "kms").message()).contains("aws:kms with alias/data");
    assertThat(resultFor(check, m, "plain").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
