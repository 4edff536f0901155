package dev.mamori.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddressString;

/**
 * An IPv4 or IPv6 CIDR block. The network address is kept with its host bits cleared, as AWS
 * stores it. {@code 0.0.0.0/0} and {@code ::/0} are ordinary values of this type.
 */
public record Cidr(IpAddress network, int prefixLength) {

  public Cidr {
    if (prefixLength < 0 || prefixLength > network.bitCount()) {
      throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
    }
  }

  /**
   * Parses {@code 10.0.0.0/16}, {@code 2001:db8::/32}; a bare address means a single host.
   *
   * @throws IllegalArgumentException with a message fit for a user when the text is not a CIDR block
   */
  public static Cidr parse(String text) {
    java.util.Optional<Cidr> common = ipv4Block(text);
    if (common.isPresent()) {
      return common.get();
    }
    String t = text.trim();
    try {
      if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
        throw new AddressStringException("empty");
      }
      IPAddressString s = new IPAddressString(t);
      inet.ipaddr.IPAddress a = s.toAddress();
      if (a == null || a.isMultiple() && !a.isPrefixed()) {
        throw new AddressStringException(t);
      }
      int length = a.isPrefixed() ? a.getNetworkPrefixLength() : a.getBitCount();
      IpAddress network = IpAddress.fromLibrary(a.getLower().withoutPrefixLength());
      return new Cidr(mask(network, length), length);
    } catch (AddressStringException | inet.ipaddr.IncompatibleAddressException e) {
      throw new IllegalArgumentException("expected a CIDR block such as 10.0.0.0/16 or 2001:db8::/56, found \"" + text + "\"");
    }
  }

  /** {@code a.b.c.d/n} in the strict form AWS prints, without the general parser; empty for anything else. */
  private static java.util.Optional<Cidr> ipv4Block(String s) {
    int slash = s.indexOf('/');
    if (slash < 0 || slash + 1 >= s.length() || s.length() - slash > 3) {
      return java.util.Optional.empty();
    }
    long address = IpAddress.dottedQuad(s, 0, slash);
    int length = 0;
    for (int i = slash + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return java.util.Optional.empty();
      }
      length = length * 10 + (c - '0');
    }
    if (address < 0 || length > 32 || (s.length() - slash > 2 && s.charAt(slash + 1) == '0')) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Cidr(mask(IpAddress.ofIpv4(address), length), length));
  }

  public static Cidr host(IpAddress a) {
    return new Cidr(a, a.bitCount());
  }

  public boolean ipv6() {
    return network.ipv6();
  }

  public boolean contains(IpAddress a) {
    if (a.ipv6() != ipv6()) {
      return false;
    }
    return mask(a, prefixLength).equals(network);
  }

  /** True when every address of {@code other} is in this block. */
  public boolean contains(Cidr other) {
    return other.ipv6() == ipv6() && other.prefixLength >= prefixLength && contains(other.network);
  }

  /** The last address of the block. */
  public IpAddress last() {
    if (!ipv6()) {
      long hostBits = prefixLength == 0 ? 0xFFFF_FFFFL : (1L << (32 - prefixLength)) - 1;
      return IpAddress.ofIpv4(network.low() | hostBits);
    }
    long hiHost = prefixLength >= 64 ? 0 : (prefixLength == 0 ? -1L : (-1L >>> prefixLength));
    long loHost = prefixLength <= 64 ? -1L : (prefixLength == 128 ? 0 : (-1L >>> (prefixLength - 64)));
    return new IpAddress(true, network.high() | hiHost, network.low() | loHost);
  }

  static IpAddress mask(IpAddress a, int length) {
    if (!a.ipv6()) {
      long m = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
      return IpAddress.ofIpv4(a.low() & m);
    }
    long hiMask = length >= 64 ? -1L : (length == 0 ? 0 : (-1L << (64 - length)));
    long loMask = length <= 64 ? 0 : (length == 128 ? -1L : (-1L << (128 - length)));
    return new IpAddress(true, a.high() & hiMask, a.low() & loMask);
  }

  @Override
  public String toString() {
    return network + "/" + prefixLength;
  }
}
