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

class S3VersioningTest {
  private final S3Versioning check = new S3Versioning();

  @Test
  void enabledPassesSuspendedOrNeverFails() {
    CloudModel m = model()
        .add(B.bucket("on").versioning(Collected.present(new BucketVersioning("Enabled", false))).toBucket())
        .add(B.bucket("suspended").versioning(Collected.present(new BucketVersioning("Suspended", false))).toBucket())
        .add(B.bucket("never").versioning(Collected.present(new BucketVersioning("", false))).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, "on").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "suspended").message()).isEqualTo("versioning is suspended");
    assertThat(resultFor(check, m, "never").message()).isEqualTo("versioning is never enabled");
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
