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

import dev.mamori.model.ReplicationConfiguration;

class S3ReplicationTest {
  private final S3Replication check = new S3Replication();

  private static ReplicationConfiguration replication(String status) {
    return new ReplicationConfiguration("arn:aws:iam::111122223333:role/replication",
        List.of(new ReplicationConfiguration.Rule(Optional.of("all"), status, "arn:aws:s3:::copy", Optional.empty())));
  }

  @Test
  void enabledRulePassesDisabledOrNoneFails() {
    CloudModel m = model()
        .add(B.bucket("replicated").replication(Collected.present(replication("Enabled"))).toBucket())
        .add(B.bucket("disabled").replication(Collected.present(replication("Disabled"))).toBucket())
        .add(B.bucket("none").replication(Collected.absent("ReplicationConfigurationNotFoundError")).toBucket())
        .build();
    assertThat(resultFor(check, m, "replicated").message()).contains("arn:aws:s3:::copy");
    assertThat(resultFor(check, m, "disabled").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "none").status()).isEqualTo(Status.FAIL);
  }
}
