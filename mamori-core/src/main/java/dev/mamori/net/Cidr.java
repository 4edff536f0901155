package dev.mamori.net;

/** A CIDR block; the network address has no host bits set. */
public record Cidr(IpAddress network, int prefixLength) implements Comparable<Cidr> {

  public Cidr {
    int bits = network.family().bits();
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix length " + prefixLength + " out of 0-" + bits);
    }
    if (!masked(network, prefixLength).equals(network)) {
      throw new IllegalArgumentException(network + "/" + prefixLength + " has host bits set");
    }
  }

  /** The block of {@code prefixLength} containing {@code address} (host bits are cleared). */
  public static Cidr of(IpAddress address, int prefixLength) {
    int bits = address.family().bits();
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix length " + prefixLength + " out of 0-" + bits);
    }
    return new Cidr(masked(address, prefixLength), prefixLength);
  }

  /** A single address as a /32 or /128. */
  public static Cidr host(IpAddress address) {
    return new Cidr(address, address.family().bits());
  }

  /**
   * Parses {@code a.b.c.d/n} or {@code x:…/n}; a bare address is a host block. Host bits are cleared,
   * as AWS does when it stores a route or rule.
   */
  public static Cidr parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      return host(IpAddress.parse(trimmed));
    }
    IpAddress address = IpAddress.parse(trimmed.substring(0, slash));
    String length = trimmed.substring(slash + 1);
    if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("invalid prefix length in '" + text + "'");
    }
    return of(address, Integer.parseInt(length));
  }

  public IpFamily family() {
    return network.family();
  }

  /** The last address of the block. */
  public IpAddress lastAddress() {
    int hostBits = family().bits() - prefixLength;
    long highHost = hostBits > 64 ? U128.lowMask(hostBits - 64) : 0;
    long lowHost = U128.lowMask(Math.min(hostBits, 64));
    return new IpAddress(family(), network.high() | highHost, network.low() | lowHost);
  }

  public AddressRange range() {
    return new AddressRange(network, lastAddress());
  }

  public boolean contains(IpAddress address) {
    return range().contains(address);
  }

  private static IpAddress masked(IpAddress address, int prefixLength) {
    int hostBits = address.family().bits() - prefixLength;
    long highHost = hostBits > 64 ? U128.lowMask(hostBits - 64) : 0;
    long lowHost = U128.lowMask(Math.min(hostBits, 64));
    return new IpAddress(address.family(), address.high() & ~highHost, address.low() & ~lowHost);
  }

  @Override
  public int compareTo(Cidr other) {
    int byNetwork = network.compareTo(other.network);
    return byNetwork != 0 ? byNetwork : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public String toString() {
    return network + "/" + prefixLength;
  }
}
