package dev.mamori.net;

import java.util.Locale;

/**
 * One IPv4 or IPv6 address as an unsigned 128-bit value ({@code high}, {@code low}). IPv4 uses only
 * the low 32 bits. Parsing is strict (dotted quad, RFC 4291 text for IPv6) and never touches DNS.
 */
public record IpAddress(IpFamily family, long high, long low) implements Comparable<IpAddress> {

  private static final long V4_MAX = 0xFFFF_FFFFL;

  public IpAddress {
    if (family == IpFamily.IPV4 && (high != 0 || (low & ~V4_MAX) != 0)) {
      throw new IllegalArgumentException("IPv4 value out of range");
    }
  }

  /** An IPv4 address from its 32-bit value (the int's bits, read as unsigned). */
  public static IpAddress ipv4(long value) {
    return new IpAddress(IpFamily.IPV4, 0, value & V4_MAX);
  }

  /** An IPv6 address from its two 64-bit halves. */
  public static IpAddress ipv6(long high, long low) {
    return new IpAddress(IpFamily.IPV6, high, low);
  }

  /** The lowest address of a family ({@code 0.0.0.0} or {@code ::}). */
  public static IpAddress first(IpFamily family) {
    return new IpAddress(family, 0, 0);
  }

  /** The highest address of a family ({@code 255.255.255.255} or {@code ffff:…:ffff}). */
  public static IpAddress last(IpFamily family) {
    return family == IpFamily.IPV4 ? ipv4(V4_MAX) : ipv6(-1L, -1L);
  }

  /** Parses an IPv4 or IPv6 literal. */
  public static IpAddress parse(String text) {
    String trimmed = text.trim();
    if (trimmed.indexOf(':') >= 0) {
      return IpAddressParser.parseIpv6(trimmed);
    }
    return ipv4(IpAddressParser.parseIpv4(trimmed));
  }

  /** True when {@code text} is a valid IPv4 or IPv6 literal. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public boolean isFirst() {
    return high == 0 && low == 0;
  }

  public boolean isLast() {
    return equals(last(family));
  }

  /** The next address; the caller must know this is not the last one. */
  public IpAddress next() {
    if (isLast()) {
      throw new IllegalStateException("no address after " + this);
    }
    return low == -1L ? new IpAddress(family, high + 1, 0) : new IpAddress(family, high, low + 1);
  }

  /** The previous address; the caller must know this is not the first one. */
  public IpAddress previous() {
    if (isFirst()) {
      throw new IllegalStateException("no address before " + this);
    }
    return low == 0 ? new IpAddress(family, high - 1, -1L) : new IpAddress(family, high, low - 1);
  }

  /** True for an address of this family that {@code other} immediately follows. */
  boolean isFollowedBy(IpAddress other) {
    return family == other.family && !isLast() && next().equals(other);
  }

  @Override
  public int compareTo(IpAddress other) {
    int byFamily = family.compareTo(other.family);
    return byFamily != 0 ? byFamily : U128.compare(high, low, other.high, other.low);
  }

  @Override
  public String toString() {
    return family == IpFamily.IPV4 ? formatIpv4() : formatIpv6();
  }

  private String formatIpv4() {
    return ((low >>> 24) & 0xFF) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "."
        + (low & 0xFF);
  }

  /** RFC 5952: lower case, no leading zeros, the longest run (of at least two) zero groups as ::. */
  private String formatIpv6() {
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
      groups[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
