package dev.mamori.iam.condition;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads condition values as the typed values their operator family compares. */
public final class ConditionValues {
  private ConditionValues() {}

  public static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A date as IAM accepts it: ISO 8601 (date, date-time, with Z or an offset; no offset means
   * UTC) or epoch seconds.
   */
  public static Optional<Instant> date(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    String upper = t.toUpperCase(Locale.ROOT);
    try {
      return Optional.of(OffsetDateTime.parse(upper).toInstant());
    } catch (DateTimeParseException ignored) {
      // fall through to the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(upper).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(upper).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  public static Optional<Boolean> bool(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("true")) {
      return Optional.of(true);
    }
    if (t.equals("false")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** An address or CIDR block; a bare address is a block of one. */
  public static Optional<IPAddress> ipBlock(String text) {
    IPAddress address = new IPAddressString(text.trim()).getAddress();
    if (address == null) {
      return Optional.empty();
    }
    return Optional.of(address.isPrefixed() ? address.toPrefixBlock() : address);
  }

  public static Optional<byte[]> binary(String text) {
    try {
      return Optional.of(Base64.getDecoder().decode(text.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
