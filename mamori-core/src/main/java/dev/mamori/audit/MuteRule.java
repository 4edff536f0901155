package dev.mamori.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a mutelist: findings of {@code check} on resources matching {@code resource} are
 * accepted risks, for {@code reason}, until the end of {@code expires} (UTC) if given. Patterns use
 * {@code *} (any characters) and {@code ?} (one character); {@code check} may be {@code *}.
 */
public record MuteRule(String check, String resource, String reason, Optional<LocalDate> expires) {

  public boolean matches(Finding f) {
    return glob(check).matcher(f.check()).matches() && glob(resource).matcher(f.resource()).matches();
  }

  /** True when the rule no longer applies at the scan time: after the last day it names. */
  public boolean expiredAt(Instant asOf) {
    return expires.map(d -> !asOf.isBefore(d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))).orElse(false);
  }

  /** True when the check pattern has a wildcard (so it need not name a known check). */
  public boolean checkIsPattern() {
    return check.contains("*") || check.contains("?");
  }

  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
