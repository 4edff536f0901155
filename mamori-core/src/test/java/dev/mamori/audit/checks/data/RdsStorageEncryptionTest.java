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

class RdsStorageEncryptionTest {
  private final RdsStorageEncryption check = new RdsStorageEncryption();

  @Test
  void unencryptedFailsEncryptedPasses() {
    CloudModel m = model().add(db("plain", false, false)).add(db("safe", true, false)).build();
    assertThat(resultFor(check, m, "plain").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "safe").status()).isEqualTo(Status.PASS);
  }
}
