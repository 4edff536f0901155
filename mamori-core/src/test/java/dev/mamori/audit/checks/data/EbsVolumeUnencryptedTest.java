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

class EbsVolumeUnencryptedTest {
  private final EbsVolumeUnencrypted check = new EbsVolumeUnencrypted();

  @Test
  void unencryptedFailsEncryptedPasses() {
    CloudModel m = model().add(volume("vol-plain", false, "in-use")).add(volume("vol-safe", true, "available")).build();
    assertThat(resultFor(check, m, "vol-plain").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "vol-plain").message()).contains("attached to i-1");
    assertThat(resultFor(check, m, "vol-safe").status()).isEqualTo(Status.PASS);
  }
}
