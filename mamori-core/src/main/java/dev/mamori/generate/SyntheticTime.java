package dev.mamori.generate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Timestamps of the synthetic estate, all in 2025–2026 and before {@link #SNAPSHOT_TIME}, in the
 * formats the AWS CLI prints. Never the wall clock: the same seed must give the same bytes.
 */
final class SyntheticTime {
  /** When the snapshot was "taken". */
  static final Instant SNAPSHOT_TIME = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
  private static final long SPAN_SECONDS = SNAPSHOT_TIME.getEpochSecond() - START.getEpochSecond();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'000+00:00'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter REPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
      .withZone(ZoneOffset.UTC);

  private SyntheticTime() {}

  /** A moment in the given fraction of the period (0 = January 2025, 1 = the snapshot). */
  static Instant between(Random r, double from, double to) {
    double f = from + (to - from) * r.nextDouble();
    return START.plusSeconds((long) (SPAN_SECONDS * f));
  }

  /** {@code 2025-03-14T09:26:53+00:00}: EC2 launch times, IAM dates. */
  static String seconds(Instant t) {
    return SECONDS.format(t);
  }

  /** {@code 2025-03-14T09:26:53.512000+00:00}: volume, snapshot, RDS and KMS times. */
  static String micros(Instant t) {
    return MICROS.format(t.plusMillis(Math.floorMod(t.getEpochSecond() * 7919, 1000)));
  }

  /** The credential report's format. */
  static String report(Instant t) {
    return REPORT.format(t);
  }
}
