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

import dev.mamori.model.CreateVolumePermission;

class EbsSnapshotPublicTest {
  private final EbsSnapshotPublic check = new EbsSnapshotPublic();

  @Test
  void groupAllFailsAccountSharesPassUncollectedIsNotEvaluated() {
    CloudModel m = model()
        .add(snapshot("snap-public", "vol-1", true, daysAgo(1),
            Collected.present(List.of(new CreateVolumePermission(Optional.of("all"), Optional.empty())))))
        .add(snapshot("snap-shared", "vol-1", true, daysAgo(1),
            Collected.present(List.of(new CreateVolumePermission(Optional.empty(), Optional.of("444455556666"))))))
        .add(snapshot("snap-private", "vol-1", true, daysAgo(1), Collected.present(List.of())))
        .add(snapshot("snap-unknown", "vol-1", true, daysAgo(1), Collected.notCollected()))
        .build();
    assertThat(resultFor(check, m, "snap-public").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "snap-shared").message()).contains("1 account(s) only");
    assertThat(resultFor(check, m, "snap-private").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "snap-unknown").status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
