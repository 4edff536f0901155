package dev.mamori.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of an audit. Every result counts, PASS rows included, whether or not a report lists
 * them (or the audit built them at all); muted findings are counted apart and not in the other counts.
 */
public record Summary(
    int checks,
    Map<Status, Integer> byStatus,
    Map<Severity, Integer> failuresBySeverity,
    Map<String, Map<Status, Integer>> byResponsibility,
    int muted) {

  public Summary {
    byStatus = Map.copyOf(byStatus);
    failuresBySeverity = Map.copyOf(failuresBySeverity);
    byResponsibility = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byResponsibility));
  }

  /**
   * Counts {@code findings} and the PASS results that were counted without being kept as findings
   * ({@code passesCounted}, by responsibility item).
   */
  static Summary of(int checks, List<Finding> findings, Map<String, Integer> passesCounted, int muted,
      List<String> responsibilityOrder) {
    // Counted in arrays, not by merging boxed map values: a large account has half a million findings.
    int[] byStatus = new int[Status.values().length];
    int[] bySeverity = new int[Severity.values().length];
    Map<String, int[]> byResponsibility = new LinkedHashMap<>();
    for (Finding f : findings) {
      byStatus[f.status().ordinal()]++;
      if (f.failed()) {
        bySeverity[f.severity().ordinal()]++;
      }
      byResponsibility.computeIfAbsent(f.responsibility(), r -> new int[Status.values().length])[f.status().ordinal()]++;
    }
    passesCounted.forEach((item, passes) -> {
      byStatus[Status.PASS.ordinal()] += passes;
      byResponsibility.computeIfAbsent(item, r -> new int[Status.values().length])[Status.PASS.ordinal()] += passes;
    });
    Map<String, Map<Status, Integer>> ordered = new LinkedHashMap<>();
    responsibilityOrder.stream().filter(byResponsibility::containsKey).forEach(r -> ordered.put(r, byStatus(byResponsibility.get(r), false)));
    byResponsibility.forEach((r, counts) -> ordered.putIfAbsent(r, byStatus(counts, false)));
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, bySeverity[s.ordinal()]);
    }
    return new Summary(checks, byStatus(byStatus, true), severities, ordered, muted);
  }

  /** Counts by status; with {@code zeros}, statuses nobody has are listed with 0 too. */
  private static Map<Status, Integer> byStatus(int[] counts, boolean zeros) {
    Map<Status, Integer> out = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      if (zeros || counts[s.ordinal()] > 0) {
        out.put(s, counts[s.ordinal()]);
      }
    }
    return out;
  }

  /** How many results there were, whatever their status (muted findings apart). */
  public int results() {
    return byStatus.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Status s) {
    return byStatus.getOrDefault(s, 0);
  }

  public int failures(Severity s) {
    return failuresBySeverity.getOrDefault(s, 0);
  }
}
