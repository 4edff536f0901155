package dev.mamori.net;

import java.util.Locale;
import java.util.Optional;

/** IANA protocol numbers that AWS names, and their names in AWS rules and in our output. */
public final class Protocols {
  public static final int ICMP = 1;
  public static final int TCP = 6;
  public static final int UDP = 17;
  public static final int ICMPV6 = 58;
  public static final int MAX = 255;

  private Protocols() {}

  /** The ICMP protocol number of a family: 1 for IPv4, 58 for IPv6. */
  public static int icmpFor(IpFamily family) {
    return family == IpFamily.IPV4 ? ICMP : ICMPV6;
  }

  /** {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, or the number. */
  public static String name(int protocol) {
    return switch (protocol) {
      case TCP -> "tcp";
      case UDP -> "udp";
      case ICMP -> "icmp";
      case ICMPV6 -> "icmpv6";
      default -> Integer.toString(protocol);
    };
  }

  /**
   * A protocol as AWS writes it in rules and as users type it: a name ({@code tcp}, {@code udp},
   * {@code icmp}, {@code icmpv6}) or a number 0-255. Empty for anything else, including {@code -1}
   * (all protocols), which callers handle as a set rather than one protocol.
   */
  public static Optional<Integer> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "tcp":
        return Optional.of(TCP);
      case "udp":
        return Optional.of(UDP);
      case "icmp":
        return Optional.of(ICMP);
      case "icmpv6":
        return Optional.of(ICMPV6);
      default:
        break;
    }
    if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int number = Integer.parseInt(t);
    return number <= MAX ? Optional.of(number) : Optional.empty();
  }
}
