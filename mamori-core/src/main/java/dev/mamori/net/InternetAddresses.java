package dev.mamori.net;

import dev.mamori.model.Cidr;
import java.util.List;

/**
 * What Mamori means by "the internet": every unicast address that is globally reachable, i.e. not
 * in a range the IANA special-purpose registries (RFC 6890 and successors) mark as not globally
 * reachable, and not multicast or reserved.
 *
 * <p>IPv4: everything except 0.0.0.0/8 ("this network"), 10.0.0.0/8, 172.16.0.0/12,
 * 192.168.0.0/16 (private, RFC 1918), 100.64.0.0/10 (shared address space, RFC 6598),
 * 127.0.0.0/8 (loopback), 169.254.0.0/16 (link local), 192.0.0.0/24 (IETF protocol assignments),
 * 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (documentation), 192.88.99.0/24 (deprecated 6to4
 * relay anycast), 198.18.0.0/15 (benchmarking), 224.0.0.0/4 (multicast) and 240.0.0.0/4 (reserved,
 * with the broadcast address).
 *
 * <p>IPv6: the global unicast block 2000::/3, except 2001::/23 (IETF protocol assignments),
 * 2001:db8::/32 and 3fff::/20 (documentation). Everything outside 2000::/3 (loopback, link local,
 * unique local fc00::/7, multicast ff00::/8, IPv4-mapped, …) is not internet.
 */
public final class InternetAddresses {

  private static final List<String> NOT_GLOBAL_IPV4 = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
      "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
      "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");
  private static final List<String> NOT_GLOBAL_IPV6 = List.of("2001::/23", "2001:db8::/32", "3fff::/20");

  private static final AddressSet INTERNET = build();

  private InternetAddresses() {}

  /** Every internet address, IPv4 and IPv6. */
  public static AddressSet all() {
    return INTERNET;
  }

  public static boolean contains(dev.mamori.model.IpAddress address) {
    return INTERNET.contains(address);
  }

  private static AddressSet build() {
    AddressSet v4 = AddressSet.all(IpFamily.IPV4).minus(parse(NOT_GLOBAL_IPV4));
    AddressSet v6 = AddressSet.of(Cidr.parse("2000::/3")).minus(parse(NOT_GLOBAL_IPV6));
    return v4.union(v6);
  }

  private static AddressSet parse(List<String> cidrs) {
    return AddressSet.ofCidrs(cidrs.stream().map(Cidr::parse).toList());
  }
}
