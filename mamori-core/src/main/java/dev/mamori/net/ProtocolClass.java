package dev.mamori.net;

/**
 * What the layer-4 fields of a packet mean for its protocol. AWS filters ports only for TCP and UDP
 * ("for other protocol numbers traffic on all ports is allowed"), and type/code only for ICMP (IPv4,
 * protocol 1) and ICMPv6 (IPv6, protocol 58).
 */
public enum ProtocolClass {
  /** TCP and UDP: source and destination ports 0-65535. */
  PORTS,
  /** ICMP in IPv4, ICMPv6 in IPv6: type and code 0-255. */
  ICMP,
  /** Every other protocol: no layer-4 fields are filtered. */
  OTHER;

  public static ProtocolClass of(IpFamily family, int protocol) {
    if (protocol == Protocols.TCP || protocol == Protocols.UDP) {
      return PORTS;
    }
    return protocol == Protocols.icmpFor(family) ? ICMP : OTHER;
  }

  /** Largest value of either layer-4 field for this class. */
  int layer4Max() {
    return switch (this) {
      case PORTS -> 65535;
      case ICMP -> 255;
      case OTHER -> 0;
    };
  }
}
