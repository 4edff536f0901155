package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;

/** The two IP versions. AWS evaluates IPv4 and IPv6 rules separately; a packet has exactly one. */
public enum IpFamily {
  IPV4(32),
  IPV6(128);

  private final int bits;

  IpFamily(int bits) {
    this.bits = bits;
  }

  public static IpFamily of(IpAddress address) {
    return address.ipv6() ? IPV6 : IPV4;
  }

  public static IpFamily of(Cidr cidr) {
    return cidr.ipv6() ? IPV6 : IPV4;
  }

  /** Address width in bits: 32 or 128. */
  public int bits() {
    return bits;
  }

  /** The catch-all prefix of this family: {@code 0.0.0.0/0} or {@code ::/0}. */
  public Cidr anyCidr() {
    return new Cidr(Addresses.first(this), 0);
  }
}
