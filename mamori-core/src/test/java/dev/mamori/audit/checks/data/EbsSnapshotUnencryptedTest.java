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

class EbsSnapshotUnencryptedTest {
  private final EbsSnapshotUnencrypted check = new EbsSnapshotUnencrypted();

  @Test
  void unencryptedFailsEncryptedPasses() {
    CloudModel m = model()
        .add(snapshot("snap-plain", "vol-1", false, daysAgo(1), Collected.notCollected()))
        .add(snapshot("snap-safe", "vol-1", true, daysAgo(1), Collected.notCollected()))
        .build();
    assertThat(resultFor(check, m, "snap-plain").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "snap-safe").status()).isEqualTo(Status.PASS);
  }
}
