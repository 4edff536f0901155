package dev.mamori.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddressString;

/**
 * One IPv4 or IPv6 address as two unsigned 64-bit halves (IPv4 uses only {@code low}). Small and
 * comparable, so that 100k interfaces with several addresses each stay cheap.
 */
public record IpAddress(boolean ipv6, long high, long low) implements Comparable<IpAddress> {

  public IpAddress {
    if (!ipv6 && (high != 0 || (low >>> 32) != 0)) {
      throw new IllegalArgumentException("IPv4 address out of range");
    }
  }

  public static IpAddress ofIpv4(long value) {
    return new IpAddress(false, 0, value & 0xFFFF_FFFFL);
  }

  /**
   * Parses a literal address such as {@code 10.0.0.1} or {@code 2001:db8::1}.
   *
   * @throws IllegalArgumentException with a message fit for a user when it is not one
   */
  public static IpAddress parse(String text) {
    long v4 = dottedQuad(text, 0, text.length());
    if (v4 >= 0) {
      return ofIpv4(v4);
    }
    try {
      inet.ipaddr.IPAddress a = new IPAddressString(text.trim()).toAddress();
      if (a.isPrefixed() && a.getNetworkPrefixLength() != a.getBitCount()) {
        throw new IllegalArgumentException("expected an IP address, found a CIDR block \"" + text + "\"");
      }
      return fromLibrary(a.withoutPrefixLength());
    } catch (AddressStringException | inet.ipaddr.IncompatibleAddressException e) {
      throw new IllegalArgumentException("expected an IP address, found \"" + text + "\"");
    }
  }

  /**
   * The strict {@code a.b.c.d} form AWS prints (decimal, 0–255, no leading zeros), read without the
   * general parser, which was a visible share of large snapshot loads; -1 for anything else, which
   * the general parser then reads (or rejects) as before.
   */
  static long dottedQuad(String s, int from, int to) {
    long value = 0;
    int octets = 0;
    int i = from;
    while (i < to && octets < 4) {
      int start = i;
      int octet = 0;
      while (i < to && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        octet = octet * 10 + (s.charAt(i) - '0');
        i++;
      }
      int length = i - start;
      if (length == 0 || octet > 255 || (length > 1 && s.charAt(start) == '0')) {
        return -1;
      }
      value = (value << 8) | octet;
      octets++;
      if (octets < 4) {
        if (i >= to || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return octets == 4 && i == to ? value : -1;
  }

  static IpAddress fromLibrary(inet.ipaddr.IPAddress a) {
    if (a.isIPv4()) {
      return ofIpv4(a.getValue().longValue());
    }
    java.math.BigInteger v = a.getValue();
    return new IpAddress(true, v.shiftRight(64).longValue(), v.longValue());
  }

  public int bitCount() {
    return ipv6 ? 128 : 32;
  }

  /**
   * All bits mixed. The record's own hash is almost the IPv4 value itself, which hash tables fold
   * so that addresses of a few /16 blocks pile up in few buckets (45 addresses in one bucket at 10k
   * interfaces): looking interfaces up by address then costs a tree search instead of one probe.
   */
  @Override
  public int hashCode() {
    long h = (high * 0x9E37_79B9_7F4A_7C15L) ^ low ^ (ipv6 ? 0x5DEE_CE66_DL : 0L);
    h *= 0xBF58_476D_1CE4_E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public int compareTo(IpAddress o) {
    if (ipv6 != o.ipv6) {
      return ipv6 ? 1 : -1;
    }
    int c = Long.compareUnsigned(high, o.high);
    return c != 0 ? c : Long.compareUnsigned(low, o.low);
  }

  @Override
  public String toString() {
    if (!ipv6) {
      return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return new inet.ipaddr.ipv6.IPv6Address(bytes).toCompressedString();
  }
}
