package dev.mamori.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accepted risks: findings that match a rule are reported as muted, counted, never dropped. */
public record Mutelist(List<MuteRule> rules) {
  public static final Mutelist EMPTY = new Mutelist(List.of());

  public Mutelist {
    rules = List.copyOf(rules);
  }

  /** The first rule, still in force at the scan time, that mutes the finding. */
  public Optional<MuteRule> ruleFor(Finding f, Instant asOf) {
    return rules.stream().filter(r -> !r.expiredAt(asOf) && r.matches(f)).findFirst();
  }

  /** Rules past their expiry at the scan time: their findings show again, and the report says so. */
  public List<MuteRule> expiredAt(Instant asOf) {
    return rules.stream().filter(r -> r.expiredAt(asOf)).toList();
  }
}
