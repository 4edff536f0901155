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

import dev.mamori.model.BucketVersioning;

class S3MfaDeleteTest {
  private final S3MfaDelete check = new S3MfaDelete();

  @Test
  void mfaDeletePassesOtherwiseFails() {
    CloudModel m = model()
        .add(B.bucket("guarded").versioning(Collected.present(new BucketVersioning("Enabled", true))).toBucket())
        .add(B.bucket("open").versioning(Collected.present(new BucketVersioning("Enabled", false))).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, "guarded").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "open").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
