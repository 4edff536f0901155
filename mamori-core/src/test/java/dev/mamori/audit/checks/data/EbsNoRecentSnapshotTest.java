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

class EbsNoRecentSnapshotTest {
  private final EbsNoRecentSnapshot check = new EbsNoRecentSnapshot();

  @Test
  void inUseVolumesNeedASnapshotWithinSevenDays() {
    CloudModel m = model()
        .add(volume("vol-backed", true, "in-use"))
        .add(volume("vol-stale", true, "in-use"))
        .add(volume("vol-never", true, "in-use"))
        .add(volume("vol-spare", true, "available"))
        .add(snapshot("snap-old", "vol-backed", true, daysAgo(30), Collected.notCollected()))
        .add(snapshot("snap-new", "vol-backed", true, daysAgo(2), Collected.notCollected()))
        .add(snapshot("snap-stale", "vol-stale", true, daysAgo(8), Collected.notCollected()))
        .build();
    assertThat(resultFor(check, m, "vol-backed").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "vol-backed").message()).contains("snap-new");
    assertThat(resultFor(check, m, "vol-stale").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "vol-never").message()).contains("no completed snapshot");
    assertThat(run(check, m)).extracting(CheckResult::resource).doesNotContain("vol-spare");
  }

  @Test
  void snapshotsAfterTheScanTimeDoNotCount() {
    CloudModel m = model().add(volume("vol-1", true, "in-use"))
        .add(snapshot("snap-future", "vol-1", true, AS_OF.plusSeconds(3600), Collected.notCollected()))
        .build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.FAIL);
  }
}
