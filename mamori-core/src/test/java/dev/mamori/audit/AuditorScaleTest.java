package dev.mamori.audit;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A guard against accidental quadratic work, not a performance assertion (BENCHMARKS.md measures
 * that): every check over a model of 100k interfaces, 20k volumes and snapshots and 2k groups takes
 * about 3 s here, and quadratic work over 100k interfaces would take hours, so the bound is set
 * far above any slow or busy machine's time.
 */
class AuditorScaleTest {
  @Test
  void aLargeModelIsAuditedWithoutQuadraticWork() {
    CloudModel.Builder b = model();
    for (int i = 0; i < 2_000; i++) {
      b.add(group("sg-" + i, i % 100 == 0 ? "default" : "g" + i, List.of(), List.of()));
    }
    for (int i = 0; i < 100_000; i++) {
      b.add(eni("eni-" + i, List.of("sg-" + (i % 2_000), "sg-" + ((i + 1) % 2_000))));
    }
    for (int i = 0; i < 20_000; i++) {
      b.add(volume("vol-" + i, i % 3 == 0, "in-use"));
      b.add(snapshot("snap-" + i, "vol-" + i, true, daysAgo(i % 20), Collected.present(List.of())));
    }
    CloudModel m = b.build();
    long start = System.nanoTime();
    AuditReport report = Auditor.standard().run(m, AuditRequest.allChecks(AS_OF));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(report.findings().size()).isGreaterThan(160_000);
    assertThat(took).isLessThan(Duration.ofSeconds(120));
  }
}
