package dev.mamori.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of an audit: every finding (PASS included, unless the request asked for them to be
 * {@linkplain AuditRequest.PassResults#COUNTED counted only}), the muted ones apart, the mutelist rules
 * that had expired at the scan time, how long each check took (wall and CPU time of its thread) and
 * how long the whole audit took (checks run in parallel, so their times add up to more than the whole).
 */
public record AuditReport(
    Instant asOf,
    List<CheckMetadata> checksRun,
    List<Finding> findings,
    List<MutedFinding> muted,
    List<MuteRule> expiredMutes,
    Map<String, Duration> durations,
    Map<String, Duration> cpuDurations,
    Duration total,
    Summary summary) {

  /** Worst first: FAIL before NOT_EVALUATED before PASS, then by severity, check and resource. */
  public static final Comparator<Finding> WORST_FIRST = Comparator
      .comparingInt((Finding f) -> statusRank(f.status()))
      .thenComparing(Finding::severity)
      .thenComparing(Finding::check)
      .thenComparing(Finding::resource)
      .thenComparing(Finding::region);

  public AuditReport {
    checksRun = List.copyOf(checksRun);
    findings = List.copyOf(findings);
    muted = List.copyOf(muted);
    expiredMutes = List.copyOf(expiredMutes);
    durations = Map.copyOf(durations);
    cpuDurations = Map.copyOf(cpuDurations);
  }

  /** True when some unmuted finding fails at {@code threshold} or worse. */
  public boolean failsAtOrAbove(Severity threshold) {
    return findings.stream().anyMatch(f -> f.failed() && f.severity().atLeast(threshold));
  }

  static int statusRank(Status s) {
    return switch (s) {
      case FAIL -> 0;
      case NOT_EVALUATED -> 1;
      case PASS -> 2;
    };
  }
}
