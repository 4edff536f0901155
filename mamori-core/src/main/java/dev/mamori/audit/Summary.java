package dev.mamori.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of an audit. Every finding counts, PASS rows included, whether or not a report lists
 * them; muted findings are counted apart and not in the other counts.
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

  static Summary of(int checks, List<Finding> findings, int muted, List<String> responsibilityOrder) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0);
    }
    Map<String, Map<Status, Integer>> byResponsibility = new LinkedHashMap<>();
    for (Finding f : findings) {
      byStatus.merge(f.status(), 1, Integer::sum);
      if (f.failed()) {
        bySeverity.merge(f.severity(), 1, Integer::sum);
      }
      byResponsibility.computeIfAbsent(f.responsibility(), r -> new EnumMap<>(Status.class)).merge(f.status(), 1, Integer::sum);
    }
    Map<String, Map<Status, Integer>> ordered = new LinkedHashMap<>();
    responsibilityOrder.stream().filter(byResponsibility::containsKey).forEach(r -> ordered.put(r, byResponsibility.get(r)));
    byResponsibility.forEach(ordered::putIfAbsent);
    return new Summary(checks, byStatus, bySeverity, ordered, muted);
  }

  public int count(Status s) {
    return byStatus.getOrDefault(s, 0);
  }

  public int failures(Severity s) {
    return failuresBySeverity.getOrDefault(s, 0);
  }
}
