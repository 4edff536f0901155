package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CliTimestampsTest {
  @Test
  void readsTheShapesAwsPrintsExactlyAsJavaTimeDoes() {
    for (String s : new String[] {"2025-03-14T09:26:53Z", "2025-03-14T09:26:53+00:00", "2025-03-14T09:26:53.512000+00:00",
        "2025-03-14T09:26:53.5Z", "2024-02-29T23:59:59.123456789+00:00", "2025-12-31T22:00:00-05:00",
        "2026-01-01T08:30:00+09:00"}) {
      assertThat(CliTimestamps.parse(s)).as(s).contains(OffsetDateTime.parse(s).toInstant());
    }
  }

  @Test
  void readsBotoStyleSpaceSeparatedTimes() {
    assertThat(CliTimestamps.parse("2020-03-03 01:21:04+00:00")).contains(Instant.parse("2020-03-03T01:21:04Z"));
  }

  @Test
  void leavesEverythingElseToTheGeneralParser() {
    for (String s : new String[] {"2025-03-14", "2025-03-14T09:26:53", "2025-02-30T00:00:00Z", "2025-03-14T25:00:00Z",
        "2025-03-14T09:26:53.Z", "2025-03-14T09:26:53+0000", "2025-03-14T09:26:53.1234567890Z", "yesterday at noon!!"}) {
      assertThat(CliTimestamps.parse(s)).as(s).isEmpty();
    }
  }

  @Test
  void theReaderStillAcceptsTheOtherShapesAndRejectsNonsense() {
    assertThat(Node.parseInstant("2025-03-14T09:26:53")).isEqualTo(Instant.parse("2025-03-14T09:26:53Z"));
    assertThat(Node.parseInstant("2025-03-14")).isEqualTo(Instant.parse("2025-03-14T00:00:00Z"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Node.parseInstant("2025-02-30T00:00:00Z"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
