package dev.mamori.net;

import dev.mamori.model.IpAddress;
/** An inclusive range of addresses of one family. */
public record AddressRange(IpAddress first, IpAddress last) implements Comparable<AddressRange> {

  public AddressRange {
    if (first.ipv6() != last.ipv6()) {
      throw new IllegalArgumentException("range mixes IPv4 and IPv6: " + first + "-" + last);
    }
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("empty range " + first + "-" + last);
    }
  }

  public static AddressRange single(IpAddress address) {
    return new AddressRange(address, address);
  }

  /** Every address of the family. */
  public static AddressRange all(IpFamily family) {
    return new AddressRange(Addresses.first(family), Addresses.last(family));
  }

  public IpFamily family() {
    return IpFamily.of(first);
  }

  public boolean contains(IpAddress address) {
    return first.compareTo(address) <= 0 && address.compareTo(last) <= 0;
  }

  @Override
  public int compareTo(AddressRange other) {
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst : last.compareTo(other.last);
  }

  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + "-" + last;
  }
}
