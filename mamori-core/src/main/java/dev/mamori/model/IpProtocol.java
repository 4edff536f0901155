package dev.mamori.model;

import java.util.Locale;

/**
 * An IP protocol number as AWS rules name it; {@link #ALL} ({@code -1} in AWS's JSON) matches every
 * protocol and, with it, every port.
 */
public record IpProtocol(int number) {
  public static final IpProtocol ALL = new IpProtocol(-1);
  public static final IpProtocol ICMP = new IpProtocol(1);
  public static final IpProtocol TCP = new IpProtocol(6);
  public static final IpProtocol UDP = new IpProtocol(17);
  public static final IpProtocol ICMPV6 = new IpProtocol(58);

  public IpProtocol {
    if (number < -1 || number > 255) {
      throw new IllegalArgumentException("protocol number " + number + " out of range -1..255");
    }
  }

  /**
   * Parses AWS's spellings: {@code -1}, {@code all}, {@code tcp}, {@code udp}, {@code icmp},
   * {@code icmpv6} or a number 0–255.
   */
  public static IpProtocol parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "-1", "all":
        return ALL;
      case "tcp":
        return TCP;
      case "udp":
        return UDP;
      case "icmp":
        return ICMP;
      case "icmpv6", "icmp6", "ipv6-icmp":
        return ICMPV6;
      default:
        try {
          return new IpProtocol(Integer.parseInt(t));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "expected a protocol (-1, tcp, udp, icmp, icmpv6 or a number 0-255), found \"" + text + "\"");
        }
    }
  }

  public boolean isAll() {
    return number == -1;
  }

  /** True for the protocols whose rules carry a port range. */
  public boolean hasPorts() {
    return number == 6 || number == 17;
  }

  public boolean isIcmp() {
    return number == 1 || number == 58;
  }

  /** The name AWS prints ({@code tcp}, {@code -1}, {@code 50}). */
  public String awsName() {
    return switch (number) {
      case -1 -> "-1";
      case 1 -> "icmp";
      case 6 -> "tcp";
      case 17 -> "udp";
      case 58 -> "icmpv6";
      default -> Integer.toString(number);
    };
  }

  @Override
  public String toString() {
    return number == -1 ? "all" : awsName();
  }
}
